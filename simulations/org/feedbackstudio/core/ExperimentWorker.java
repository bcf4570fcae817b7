package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one task of an experiment on the calling thread: the same work whether the thread is a local
 * sweep worker or a task on a cluster executor, so the rows are the same whatever runs them. A run that
 * keeps final values is {@link Sweep#runOne}; one that keeps window means or series is driven here,
 * sampling the metrics after every step it needs.
 */
public final class ExperimentWorker {
    private final Experiment experiment;

    public ExperimentWorker(Experiment experiment) {
        this.experiment = experiment;
    }

    /** The task's record; null when cancelled before it finished. */
    public RunRecord run(RunTask task, AtomicBoolean cancel) {
        Sweep sweep = experiment.sweeps().get(task.condition());
        Sweep.Point point = experiment.point(task);
        Keep keep = experiment.keep();
        if (keep instanceof Keep.Final) {
            Sweep.Result r = sweep.runOne(point, cancel);
            return r == null ? null : new RunRecord(task, r.ticks(), r.finals(), r.error(), null);
        }
        Simulation sim;
        try {
            sim = sweep.simulator().start(point.scenario(), EventSink.NONE);
        } catch (ScenarioException | RuntimeException e) {
            return new RunRecord(task, 0, Map.of(), message(e), null);
        }
        try (sim) {
            long stop = HeadlessRun.stopTick(sim, point.scenario());
            List<MetricSpec> metrics = sim.metrics();
            int width = metrics.size();
            double[] sample = new double[width];
            double[] sums = new double[width];
            long[] counts = new long[width];
            List<Long> seriesTicks = new ArrayList<>();
            List<double[]> seriesRows = new ArrayList<>();
            while (!sim.isDone() && sim.tick() < stop) {
                if ((sim.tick() & 1023) == 0 && cancel.get()) {
                    return null;
                }
                sim.step();
                long t = sim.tick();
                boolean last = sim.isDone() || t >= stop;
                if (keep instanceof Keep.Series s && (t % s.every() == 0 || last)) {
                    sim.sample(sample);
                    seriesTicks.add(t);
                    seriesRows.add(sample.clone());
                } else if (inWindow(keep, t, stop)) {
                    sim.sample(sample);
                    for (int i = 0; i < width; i++) {
                        if (!Double.isNaN(sample[i])) {
                            sums[i] += sample[i];
                            counts[i]++;
                        }
                    }
                }
            }
            Map<String, Double> values = new LinkedHashMap<>();
            if (keep instanceof Keep.Series) {
                sim.sample(sample);
                for (int i = 0; i < width; i++) {
                    values.put(metrics.get(i).name(), sample[i]);
                }
                long[] ticks = seriesTicks.stream().mapToLong(Long::longValue).toArray();
                List<String> names = metrics.stream().map(MetricSpec::name).toList();
                return new RunRecord(task, sim.tick(), values, null,
                        new RunRecord.Series(names, ticks, seriesRows.toArray(new double[0][])));
            }
            for (int i = 0; i < width; i++) {
                values.put(metrics.get(i).name(), counts[i] == 0 ? Double.NaN : sums[i] / counts[i]);
            }
            return new RunRecord(task, sim.tick(), values, null, null);
        } catch (RuntimeException e) {
            return new RunRecord(task, sim.tick(), Map.of(), "stopped at tick " + (sim.tick() + 1) + ": "
                    + message(e), null);
        }
    }

    private static boolean inWindow(Keep keep, long tick, long stop) {
        if (keep instanceof Keep.MeanBetween m) {
            return m.covers(tick);
        }
        if (keep instanceof Keep.MeanOfLast m) {
            return tick > stop - m.ticks();
        }
        return false;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
