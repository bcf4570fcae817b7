package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterType;
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
import java.util.LinkedHashSet;
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

    @Parameters(paramLabel = "SCENARIO", description = "the base scenario: a JSON file, or preset:REF")
    String source;

    @Option(names = "--vary", paramLabel = "NAME=VALUES", required = true,
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
        Scenario base = new ScenarioReader(catalog).override(ScenarioSource.load(catalog, source), sets);
        if (seed != null) {
            base = base.withSeed(seed);
        }
        Simulator simulator = catalog.require(base.simulator());
        List<Sweep.Axis> axes = new ArrayList<>();
        for (String v : vary) {
            axes.add(axis(simulator, v));
        }
        Sweep sweep = new Sweep(simulator, base, axes, seeds);
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (SweepCsv csv = SweepCsv.open(sweep, out)) {
            ScenarioWriter.write(base, out.resolve("base-scenario.json"));
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
            csv.writeSummary(out.resolve("summary.csv"));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        stdout.printf(Locale.ROOT, "%s: %d runs (%d failed) on %d threads in %.1f s -> %s, %s%n", simulator.id(),
                finished.get(), failed.get(), workers, seconds, out.resolve("sweep.csv"), out.resolve("summary.csv"));
        return failed.get() == 0 ? Cli.OK : Cli.RUN_FAILED;
    }

    /** Parses NAME=a,b,c or NAME=log:FROM:TO:COUNT or NAME=lin:FROM:TO:COUNT. */
    static Sweep.Axis axis(Simulator simulator, String text) throws ScenarioException {
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
                int count = Integer.parseInt(parts[3]);
                boolean log = parts[0].equals("log");
                if (count < 1 || (log && (from <= 0 || to <= 0))) {
                    throw new ScenarioException(where, null, "need COUNT >= 1 and, on a log scale, FROM and TO > 0");
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
                for (String token : values.split(separator)) {
                    list.add(p.parse(token));
                }
            }
        } catch (NumberFormatException e) {
            throw new ScenarioException(where, null, "not a number: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(where, null, e.getMessage());
        }
        return new Sweep.Axis(name, list);
    }
}
