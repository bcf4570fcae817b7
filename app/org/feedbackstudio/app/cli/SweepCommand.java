package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioReader;
import org.feedbackstudio.core.ScenarioWriter;
import org.feedbackstudio.core.Simulator;
import org.feedbackstudio.core.Sweep;
import org.feedbackstudio.core.SweepCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code sweep}: a parameter grid × replicate seeds in parallel, written to DIR/sweep.csv (one row per
 * run, resumable) and DIR/summary.csv (mean and standard error per grid point).
 */
@Command(name = "sweep", description = "Run a parameter grid x seeds in parallel; resumable; writes sweep.csv and "
        + "summary.csv.")
final class SweepCommand implements Callable<Integer> {
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "the base scenario: a JSON file, or preset:REF; or an "
            + "experiment file (several parameters, conditions, what to keep), or experiment:REF")
    String source;

    @Option(names = "--spark", arity = "0..1", fallbackValue = "", paramLabel = "MASTER",
            description = "run each run as a task on Apache Spark: local[N], spark://HOST:7077, yarn, k8s://...; "
                    + "without MASTER, the one spark-submit was given (needs spark-submit)")
    String spark;

    @Option(names = "--vary", paramLabel = "NAME=VALUES",
            description = "a varied parameter (repeatable): a,b,c  or  log:FROM:TO:COUNT  or  lin:FROM:TO:COUNT")
    List<String> vary = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", description = "replicates per grid point (default ${DEFAULT-VALUE})")
    int seeds = 5;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: processors)")
    Integer threads;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a parameter of the base scenario")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "root seed; replicate seeds derive from it")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "output folder; run again with the same folder to resume")
    Path out;

    SweepCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ExperimentSweep experiments = new ExperimentSweep(catalog, stdout, stderr);
        if (ExperimentSweep.isExperiment(source)) {
            if (!vary.isEmpty() || !sets.isEmpty() || seed != null) {
                throw new ScenarioException(source, null, "an experiment file says what to vary, set and seed; "
                        + "leave out --vary, --set and --seed (or edit the file)");
            }
            return experiments.run(experiments.read(source), out, threads, spark);
        }
        if (vary.isEmpty()) {
            throw new ScenarioException("--vary", null, "missing; say which parameter to vary, e.g. "
                    + "--vary horizon=log:1000:1000000:7 (or give an experiment file)");
        }
        Scenario base = new ScenarioReader(catalog).override(ScenarioSource.load(catalog, source), sets);
        if (seed != null) {
            base = base.withSeed(seed);
        }
        Simulator simulator = catalog.require(base.simulator());
        List<Sweep.Axis> axes = new ArrayList<>();
        for (String v : vary) {
            axes.add(Sweep.parseAxis(simulator, v));
        }
        Sweep sweep = new Sweep(simulator, base, axes, seeds);
        if (spark != null || ExperimentSweep.underSparkSubmit()) {
            return experiments.run(experiments.fromSweep(base, vary, seeds), out, threads, spark);
        }
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (SweepCsv csv = SweepCsv.open(sweep, out)) {
            ScenarioWriter.write(base, out.resolve("base-scenario.json"));
            // What the studio's "Open sweep folder…" reads, and what a later --spark run checks it resumes.
            java.nio.file.Files.writeString(out.resolve("experiment.json"), experiments.fromSweep(base, vary, seeds).json());
            Set<String> done = csv.done();
            int total = sweep.points().size();
            if (!done.isEmpty()) {
                stderr.printf(Locale.ROOT, "resuming: %d of %d runs already in %s%n", done.size(), total,
                        out.resolve("sweep.csv"));
            }
            long[] lastPrint = {System.nanoTime()};
            sweep.run(workers, done, result -> {
                try {
                    csv.add(result);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (result.error() != null) {
                    failed.incrementAndGet();
                    stderr.println("  run " + result.point().key() + " failed: " + result.error());
                }
                int n = finished.incrementAndGet() + done.size();
                if (System.nanoTime() - lastPrint[0] > 3_000_000_000L) {
                    stderr.printf(Locale.ROOT, "  %d of %d runs%n", n, total);
                    stderr.flush();
                    lastPrint[0] = System.nanoTime();
                }
            }, new AtomicBoolean());
            csv.writeSummary(out.resolve("summary.csv"), logAxes(vary));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        stdout.printf(Locale.ROOT, "%s: %d runs (%d failed) on %d threads in %.1f s -> %s, %s%n", simulator.id(),
                finished.get(), failed.get(), workers, seconds, out.resolve("sweep.csv"), out.resolve("summary.csv"));
        return failed.get() == 0 ? Cli.OK : Cli.RUN_FAILED;
    }


    /** The parameters varied over log-spaced values (log:FROM:TO:COUNT): summary.csv fits slopes along them. */
    static Set<String> logAxes(List<String> vary) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq > 0 && v.substring(eq + 1).strip().startsWith("log:")) {
                names.add(v.substring(0, eq).strip());
            }
        }
        return names;
    }
}
