package org.feedbackstudio.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The driver's side of an experiment: it owns the output folder, works out which runs are still to do,
 * hands them to a {@link SweepEngine}, writes each record as it arrives, and writes the summaries at the
 * end. The folder:
 * <ul>
 *   <li>experiment.json — the resolved experiment; a folder holding another experiment is refused;</li>
 *   <li>sweep.csv, summary.csv — as a local sweep writes them (summary.csv with log–log slopes along
 *       log-spaced parameters); with conditions, one pair per condition in a subfolder named after it;</li>
 *   <li>comparison.csv — with conditions: each condition against the first, paired by seed;</li>
 *   <li>series/ — when the experiment keeps series: one CSV per run (tick, then the metrics).</li>
 * </ul>
 * A run's series file is written before its row, so a row always has its series. Running again on the
 * same folder skips the runs whose rows are there (resume), whatever engine ran them.
 */
public final class ExperimentRunner {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Progress after each record: how many runs are done out of all, and the record that just came. */
    public record Progress(int done, int total, RunRecord record) {
    }

    /** How it went: runs done before this call, runs done now, of which failed, and the total. */
    public record Outcome(int resumed, int ran, int failed, int total) {
    }

    /** What the folder already holds: runs that will be kept, and damaged rows whose runs will be done again. */
    public record Resume(int kept, int damaged, int total) {
    }

    private final Experiment experiment;
    private final Path dir;

    public ExperimentRunner(Experiment experiment, Path dir) {
        this.experiment = experiment;
        this.dir = dir;
    }

    /** The folder of condition {@code c}'s sweep.csv and summary.csv. */
    public Path conditionFolder(int c) {
        return experiment.conditions().isEmpty() ? dir : dir.resolve(experiment.conditions().get(c).folder());
    }

    /** The series file of one run. */
    public Path seriesFile(RunTask task) {
        Path series = dir.resolve("series");
        if (!experiment.conditions().isEmpty()) {
            series = series.resolve(experiment.conditions().get(task.condition()).folder());
        }
        return series.resolve("point-" + task.point() + "-replicate-" + task.replicate() + ".csv");
    }

    /**
     * Checks, without writing anything, that the folder holds nothing or this same experiment, and says
     * how much of it is done.
     *
     * @throws ScenarioException when the folder holds another experiment or another sweep (the message
     *                           names what differs), or cannot be read
     */
    public Resume check() throws ScenarioException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ScenarioException(dir.toString(), null, "is a file, not a folder; choose a folder for --out");
        }
        checkSameExperiment();
        int kept = 0;
        int damaged = 0;
        List<Sweep> sweeps = experiment.sweeps();
        for (int c = 0; c < sweeps.size(); c++) {
            SweepCsv.Existing e = SweepCsv.read(sweeps.get(c), conditionFolder(c), SweepCsv.fingerprint(experiment, c));
            kept += e.kept().size();
            damaged += e.damaged();
        }
        return new Resume(kept, damaged, experiment.tasks().size());
    }

    /**
     * Runs what is left of the experiment on {@code engine}.
     *
     * @throws ScenarioException when the folder holds another experiment or another sweep
     */
    public Outcome run(SweepEngine engine, Consumer<Progress> progress, AtomicBoolean cancel)
            throws IOException, ScenarioException, InterruptedException, SweepEngine.SweepEngineException {
        check();
        Files.createDirectories(dir);
        write(dir.resolve("experiment.json"), experiment.json());
        List<Sweep> sweeps = experiment.sweeps();
        List<SweepCsv> files = new ArrayList<>();
        try {
            List<RunTask> todo = new ArrayList<>();
            int resumed = 0;
            for (int c = 0; c < sweeps.size(); c++) {
                SweepCsv csv = SweepCsv.open(sweeps.get(c), conditionFolder(c), SweepCsv.fingerprint(experiment, c));
                files.add(csv);
                Set<String> done = csv.done();
                resumed += done.size();
                for (Sweep.Point p : sweeps.get(c).points()) {
                    RunTask t = new RunTask(c, p.index(), p.replicate());
                    if (!done.contains(t.key())) {
                        todo.add(t);
                    }
                }
            }
            int total = resumed + todo.size();
            int[] counts = {resumed, 0, 0};
            List<Map<String, Sweep.Point>> points = new ArrayList<>();
            for (Sweep s : sweeps) {
                Map<String, Sweep.Point> byKey = new HashMap<>();
                s.points().forEach(p -> byKey.put(p.key(), p));
                points.add(byKey);
            }
            engine.run(experiment, todo, record -> {
                RunTask t = record.task();
                try {
                    if (record.series() != null) {
                        writeSeries(seriesFile(t), record.series());
                    }
                    files.get(t.condition()).add(record.toResult(points.get(t.condition()).get(t.key())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                counts[0]++;
                counts[1]++;
                if (record.error() != null) {
                    counts[2]++;
                }
                progress.accept(new Progress(counts[0], total, record));
            }, cancel);
            List<List<Sweep.Result>> results = new ArrayList<>();
            for (SweepCsv f : files) {
                f.finish();
            }
            for (int c = 0; c < sweeps.size(); c++) {
                files.get(c).writeSummary(conditionFolder(c).resolve("summary.csv"), experiment.logAxes());
                results.add(files.get(c).results());
            }
            if (experiment.conditions().size() > 1) {
                ConditionComparison.write(experiment, results, dir.resolve("comparison.csv"));
            }
            return new Outcome(resumed, counts[1], counts[2], total);
        } finally {
            for (SweepCsv f : files) {
                f.close();
            }
        }
    }

    private void checkSameExperiment() throws ScenarioException {
        Path file = dir.resolve("experiment.json");
        if (!Files.isRegularFile(file)) {
            return;
        }
        JsonNode there;
        try {
            there = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), null, "cannot be read ("
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException ? "not a whole JSON document"
                    : Outputs.reason(e)) + "); choose another --out folder to start a new sweep");
        }
        JsonNode here;
        try {
            here = MAPPER.readTree(experiment.json());
        } catch (IOException e) {
            throw new IllegalStateException("an experiment's own JSON always reads", e);
        }
        if (there == null || !there.isObject()) {
            throw new ScenarioException(file.toString(), null, "is not an experiment; choose another --out folder");
        }
        List<String> differences = ExperimentIdentity.differences(there, here);
        if (!differences.isEmpty()) {
            throw new ScenarioException(dir.toString(), null, "holds a different sweep, so it cannot be resumed ("
                    + String.join("; ", differences) + "); choose another --out folder, or run the sweep it was "
                    + "started with (its experiment.json)");
        }
    }

    /** The same text as a run's metrics.csv: a header of tick and the metrics, one row per kept tick. */
    static String seriesText(RunRecord.Series series) {
        StringBuilder sb = new StringBuilder("tick");
        series.metrics().forEach(m -> sb.append(',').append(ConditionComparison.field(m)));
        sb.append('\n');
        for (int i = 0; i < series.ticks().length; i++) {
            sb.append(series.ticks()[i]);
            for (double v : series.rows()[i]) {
                sb.append(',');
                MetricsCsvWriter.appendNumber(sb, v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void writeSeries(Path file, RunRecord.Series series) throws IOException {
        Files.createDirectories(file.getParent());
        write(file, seriesText(series));
    }

    /** Writes to a temporary file, then renames, so a file is never seen half written. */
    private static void write(Path file, String text) throws IOException {
        Outputs.writeAtomically(file, text);
    }
}
