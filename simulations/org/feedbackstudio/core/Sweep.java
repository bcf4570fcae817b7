package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A parameter grid × replicate seeds, run in parallel. Replicate r of every grid point uses the seed
 * {@link Seeds#replicate}(root, r): seeds are derived, never reused, and each grid point sees the same
 * replicate seeds (common random numbers make points comparable). Results do not depend on the number of
 * threads. Points already done (e.g. read back from an earlier sweep.csv) can be skipped, so a sweep
 * resumes where it stopped.
 */
public final class Sweep {
    /** The most runs (grid points × replicates) a sweep may hold; larger ones are refused before anything is built. */
    public static final int MAX_RUNS = Experiment.MAX_RUNS;

    /** One varied parameter and its values, in canonical types. */
    public record Axis(String parameter, List<Object> values) {
        public Axis {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an axis needs at least one value");
            }
        }
    }

    /** One run of the sweep. */
    public record Point(int index, int replicate, long seed, Map<String, Object> settings, Scenario scenario) {
        /** The key that identifies the run in sweep.csv. */
        public String key() {
            return index + "/" + replicate;
        }
    }

    /** The final metrics of one run, by metric name; {@code error} set when it failed. */
    public record Result(Point point, long ticks, Map<String, Double> finals, String error) {
    }

    /** Orders results by grid point, then replicate: the order every sum over results runs in. */
    public static final java.util.Comparator<Result> POINT_THEN_REPLICATE = java.util.Comparator
            .<Result>comparingInt(r -> r.point().index()).thenComparingInt(r -> r.point().replicate());

    /**
     * Mean, standard error and 95% interval of one metric's final values over the successful results
     * (a metric a run left undefined is left out), summed in point-then-replicate order so the numbers
     * do not depend on the order runs finished in.
     */
    public static Statistics.Summary summarize(List<Result> results, String metric) {
        List<Result> sorted = new ArrayList<>(results);
        sorted.sort(POINT_THEN_REPLICATE);
        double[] values = new double[sorted.size()];
        int n = 0;
        for (Result r : sorted) {
            Double v = r.error() == null ? r.finals().get(metric) : null;
            values[n++] = v == null ? Double.NaN : v;
        }
        return Statistics.summarize(values);
    }

    /** Parses NAME=a,b,c or NAME=log:FROM:TO:COUNT or NAME=lin:FROM:TO:COUNT. */
    public static Axis parseAxis(Simulator simulator, String text) throws ScenarioException {
        String where = "--vary " + text;
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(where, null, "expected NAME=VALUES, e.g. --vary horizon=log:1000:1000000:7");
        }
        String name = text.substring(0, eq).strip();
        String values = text.substring(eq + 1).strip();
        Parameter p = simulator.parameters().find(name).orElseThrow(() -> new ScenarioException(where, null,
                "unknown parameter for " + simulator.id() + "; known: "
                        + String.join(", ", simulator.parameters().names())));
        List<Object> list = new ArrayList<>();
        try {
            if (values.startsWith("log:") || values.startsWith("lin:")) {
                if (p.type() != ParameterType.INTEGER && p.type() != ParameterType.REAL) {
                    throw new ScenarioException(where, null, name + " is not numeric; list its values instead");
                }
                String[] parts = values.split(":");
                if (parts.length != 4) {
                    throw new ScenarioException(where, null, "expected log:FROM:TO:COUNT or lin:FROM:TO:COUNT");
                }
                double from = Double.parseDouble(parts[1]);
                double to = Double.parseDouble(parts[2]);
                if (!Double.isFinite(from) || !Double.isFinite(to)) {
                    throw new ScenarioException(where, null, "FROM and TO must be finite numbers");
                }
                long count;
                try {
                    count = Long.parseLong(parts[3].strip());
                } catch (NumberFormatException e) {
                    throw new ScenarioException(where, null, "COUNT must be a whole number, got \"" + parts[3] + "\"");
                }
                boolean log = parts[0].equals("log");
                if (count < 1 || (log && (from <= 0 || to <= 0))) {
                    throw new ScenarioException(where, null, "need COUNT >= 1 and, on a log scale, FROM and TO > 0");
                }
                if (count > MAX_RUNS) {
                    throw new ScenarioException(where, null, String.format(java.util.Locale.ROOT, "COUNT %d is more "
                            + "values than a sweep may hold (at most %,d runs in all); use fewer", count, MAX_RUNS));
                }
                Set<Object> distinct = new LinkedHashSet<>();
                for (int i = 0; i < count; i++) {
                    double f = count == 1 ? 0 : (double) i / (count - 1);
                    double v = log ? Math.exp(Math.log(from) + f * (Math.log(to) - Math.log(from)))
                            : from + f * (to - from);
                    distinct.add(p.type() == ParameterType.INTEGER ? (Object) Math.round(v) : (Object) v);
                }
                for (Object v : distinct) {
                    String problem = p.problemWith(v);
                    if (problem != null) {
                        throw new ScenarioException(where, null, problem);
                    }
                    list.add(v);
                }
            } else {
                // A list parameter's values are separated by ';' so that ',' can still separate its items.
                String separator = p.type() == ParameterType.CHOICE_LIST ? ";" : ",";
                for (String token : values.split(separator, -1)) {
                    Object v = p.parse(token.strip());
                    if (list.contains(v)) {
                        throw new ScenarioException(where, null, p.format(v) + " is listed twice");
                    }
                    list.add(v);
                    if (list.size() > MAX_RUNS) {
                        throw new ScenarioException(where, null, "more values than a sweep may hold");
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new ScenarioException(where, null, "not a number: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(where, null, e.getMessage());
        }
        return new Axis(name, list);
    }

    private final Simulator simulator;
    private final List<Axis> axes;
    private final List<Point> points = new ArrayList<>();
    private final List<String> metricNames;

    /**
     * @throws ScenarioException when a grid point is invalid (the message names the point)
     */
    public Sweep(Simulator simulator, Scenario base, List<Axis> axes, int replicates) throws ScenarioException {
        if (replicates < 1) {
            throw new ScenarioException("--seeds", null, "expected at least 1 replicate, got " + replicates);
        }
        long runs = runs(axes, replicates);
        if (runs > MAX_RUNS) {
            StringBuilder sizes = new StringBuilder();
            for (Axis a : axes) {
                sizes.append(a.values().size()).append(" × ");
            }
            throw new ScenarioException("--seeds", null, String.format(java.util.Locale.ROOT, "the sweep would hold "
                    + "%s%d replicates = %s runs; the most is %,d; use fewer values or seeds, or split the sweep",
                    sizes, replicates, runs == Long.MAX_VALUE ? "too many" : String.format(java.util.Locale.ROOT,
                            "%,d", runs), MAX_RUNS));
        }
        Set<String> seenAxes = new java.util.HashSet<>();
        for (Axis a : axes) {
            if (!seenAxes.add(a.parameter())) {
                throw new ScenarioException("--vary " + a.parameter(), null, "given twice; put all its values in "
                        + "one --vary");
            }
        }
        this.simulator = simulator;
        this.axes = List.copyOf(axes);
        List<Map<String, Object>> grid = new ArrayList<>();
        grid.add(new LinkedHashMap<>());
        for (Axis axis : axes) {
            Parameter p = simulator.parameters().find(axis.parameter()).orElseThrow(() -> new ScenarioException(
                    "--vary " + axis.parameter(), null, "unknown parameter for " + simulator.id() + "; known: "
                            + String.join(", ", simulator.parameters().names())));
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> settings : grid) {
                for (Object v : axis.values()) {
                    String problem = p.problemWith(v);
                    if (problem != null) {
                        throw new ScenarioException("--vary " + p.name(), null, problem);
                    }
                    Map<String, Object> s = new LinkedHashMap<>(settings);
                    s.put(p.name(), v);
                    next.add(s);
                }
            }
            grid = next;
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < grid.size(); i++) {
            ParameterValues values = base.parameters();
            for (Map.Entry<String, Object> e : grid.get(i).entrySet()) {
                values = values.with(e.getKey(), e.getValue());
            }
            try {
                simulator.check(values);
            } catch (ScenarioException e) {
                throw new ScenarioException("sweep point " + grid.get(i), e.field(), e.problem());
            }
            simulator.metrics(values).forEach(m -> names.add(m.name()));
            for (int r = 0; r < replicates; r++) {
                long seed = Seeds.replicate(base.seed(), r);
                Scenario s = base.withParameters(values).withSeed(seed);
                points.add(new Point(i, r, seed, Map.copyOf(grid.get(i)), s));
            }
        }
        metricNames = List.copyOf(names);
    }

    /** Grid points × replicates, or Long.MAX_VALUE when that overflows. */
    public static long runs(List<Axis> axes, long replicates) {
        long runs = Math.max(0, replicates);
        for (Axis a : axes) {
            runs = multiply(runs, a.values().size());
        }
        return runs;
    }

    private static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    public Simulator simulator() {
        return simulator;
    }

    public List<Axis> axes() {
        return axes;
    }

    /** Every run, grid-major then replicate, in a fixed order. */
    public List<Point> points() {
        return List.copyOf(points);
    }

    /** The union of the metric names over the grid, in first-seen order. */
    public List<String> metricNames() {
        return metricNames;
    }

    /**
     * Runs the points not in {@code done}, on {@code threads} threads, handing each result to
     * {@code onResult} (called from worker threads, one at a time) as it completes. Returns when all are
     * done or {@code cancel} is set; runs in flight when cancelled finish their current step and stop.
     */
    public void run(int threads, Set<String> done, Consumer<Result> onResult, AtomicBoolean cancel)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        Object lock = new Object();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Point p : points) {
                if (done.contains(p.key())) {
                    continue;
                }
                futures.add(pool.submit(() -> {
                    if (cancel.get()) {
                        return;
                    }
                    Result r = runOne(p, cancel);
                    if (r != null) {
                        synchronized (lock) {
                            onResult.accept(r);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a sweep worker failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs one point to its stop condition on the calling thread: the sweep's unit of work. A run that
     * cannot start or fails midway gives a result with its error; null when cancelled.
     */
    public Result runOne(Point p, AtomicBoolean cancel) {
        Simulation sim;
        try {
            sim = simulator.start(p.scenario(), EventSink.NONE);
        } catch (ScenarioException | RuntimeException e) {
            return new Result(p, 0, Map.of(), message(e));
        }
        try (sim) {
            long stop = HeadlessRun.stopTick(sim, p.scenario());
            while (!sim.isDone() && sim.tick() < stop) {
                if ((sim.tick() & 1023) == 0 && cancel.get()) {
                    return null;
                }
                sim.step();
            }
            double[] values = new double[sim.metrics().size()];
            sim.sample(values);
            Map<String, Double> finals = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                finals.put(sim.metrics().get(i).name(), values[i]);
            }
            return new Result(p, sim.tick(), finals, null);
        } catch (RuntimeException e) {
            return new Result(p, sim.tick(), Map.of(), "stopped at tick " + (sim.tick() + 1) + ": " + message(e));
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
