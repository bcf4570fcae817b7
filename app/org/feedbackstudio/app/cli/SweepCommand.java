package org.feedbackstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioReader;
import org.feedbackstudio.core.Simulator;
import org.feedbackstudio.core.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

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
        PrintWriter stderr = spec.commandLine().getErr();
        ExperimentSweep experiments = new ExperimentSweep(catalog, spec.commandLine().getOut(), stderr);
        if (threads != null && threads < 1) {
            throw new ScenarioException("--threads", null, "expected a whole number >= 1, got " + threads);
        }
        OutputFolder folder = OutputFolder.check(out);
        if (ExperimentSweep.isExperiment(source)) {
            if (!vary.isEmpty() || !sets.isEmpty() || seed != null) {
                throw new ScenarioException(source, null, "an experiment file says what to vary, set and seed; "
                        + "leave out --vary, --set and --seed (or edit the file)");
            }
            return experiments.run(experiments.read(source), source, folder, threads, spark, null, null);
        }
        if (vary.isEmpty()) {
            throw new ScenarioException("--vary", null, "missing; say which parameter to vary, e.g. "
                    + "--vary horizon=log:1000:1000000:7 (or give an experiment file)");
        }
        Scenario base = new ScenarioReader(catalog).override(ScenarioSource.load(catalog, source), sets);
        if (seed != null) {
            base = base.withSeed(seed);
        }
        String note = null;
        if (seed == null && !ScenarioSource.namesSeed(source)) {
            Long earlier = rootSeedIn(folder.path());
            if (earlier != null) {
                base = base.withSeed(earlier);
                note = "note: the scenario names no seed; using the root seed of the sweep in " + out + " (" + earlier
                        + ")";
            } else {
                note = "note: the scenario names no seed; drew root seed " + base.seed() + " (give --seed "
                        + base.seed() + " to repeat this sweep)";
            }
        }
        Simulator simulator = catalog.require(base.simulator());
        List<Sweep.Axis> axes = new ArrayList<>();
        for (String v : vary) {
            axes.add(Sweep.parseAxis(simulator, v));
        }
        new Sweep(simulator, base, axes, seeds); // checks the size, repeated parameters and every grid point
        return experiments.run(experiments.fromSweep(base, vary, seeds), source, folder, threads, spark, base, note);
    }

    /** The root seed of the sweep a folder already holds (its experiment.json), or null. */
    static Long rootSeedIn(Path dir) {
        Path file = dir.resolve("experiment.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode seed = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8))
                    .path("base").path("seed");
            return seed.isIntegralNumber() && seed.canConvertToLong() ? seed.asLong() : null;
        } catch (IOException | RuntimeException e) {
            return null; // the folder check reports what is wrong with it
        }
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
