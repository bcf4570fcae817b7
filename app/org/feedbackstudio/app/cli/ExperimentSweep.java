package org.feedbackstudio.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Experiment;
import org.feedbackstudio.core.ExperimentReader;
import org.feedbackstudio.core.ExperimentRunner;
import org.feedbackstudio.core.Experiments;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioWriter;
import org.feedbackstudio.core.SweepEngine;
import org.feedbackstudio.core.ThreadsEngine;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The part of {@code sweep} that runs experiments: an experiment file (several parameters, conditions,
 * what to keep), or any sweep on Apache Spark ({@code --spark MASTER}, or under spark-submit). Both go
 * through {@link ExperimentRunner}, so the folder holds the same sweep.csv and summary.csv whichever
 * engine ran it.
 */
final class ExperimentSweep {
    /** Shipped experiments: {@code experiment:ID/NAME} is assets/experiments/ID/NAME.json. */
    static final String PREFIX = Experiments.PREFIX;

    private static final String SPARK_CONTEXT = "org.apache.spark.SparkContext";

    private final Catalog catalog;
    private final PrintWriter stdout;
    private final PrintWriter stderr;

    ExperimentSweep(Catalog catalog, PrintWriter stdout, PrintWriter stderr) {
        this.catalog = catalog;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Whether {@code sweep SOURCE} names an experiment rather than a scenario. */
    static boolean isExperiment(String source) {
        if (source.startsWith(PREFIX)) {
            return true;
        }
        if (source.startsWith("preset:")) {
            return false;
        }
        try {
            return ExperimentReader.isExperiment(Files.readString(Path.of(source), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return false; // the scenario reader reports what is wrong with the file
        }
    }

    /** Spark's spark-submit sets spark.master as a system property for the program it starts. */
    static boolean underSparkSubmit() {
        return System.getProperty("spark.master") != null;
    }

    Experiment read(String source) throws ScenarioException {
        if (source.startsWith(PREFIX)) {
            return Experiments.read(catalog, source.substring(PREFIX.length()));
        }
        return new ExperimentReader(catalog).read(ScenarioSource.path(source));
    }

    /** The experiment a plain sweep (a scenario and --vary options) stands for. */
    Experiment fromSweep(Scenario base, List<String> vary, int seeds) throws ScenarioException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.set("base", ScenarioWriter.toTree(base));
        ObjectNode axes = root.putObject("vary");
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioException("--vary " + v, null, "expected NAME=VALUES, e.g. --vary horizon=log:1000:1000000:7");
            }
            String name = v.substring(0, eq).strip();
            if (axes.has(name)) {
                throw new ScenarioException("--vary " + v, null, "given twice; put all its values in one --vary");
            }
            axes.put(name, v.substring(eq + 1).strip());
        }
        root.put("replicates", seeds);
        try {
            return new ExperimentReader(catalog).read(root.toString(), "--vary", null);
        } catch (ScenarioException e) {
            // Say it in the command line's words: "--vary horizon: …" rather than a JSON path.
            String field = e.field() == null ? null : e.field().replace("vary.", "--vary ");
            throw new ScenarioException(null, field, e.problem());
        }
    }

    /**
     * Runs an experiment into {@code out} on local threads, or on Spark when {@code sparkMaster} is set
     * (an empty master: the one spark-submit gave). Everything that can be checked is checked before the
     * folder is created: the folder itself, that it holds nothing or this same sweep, and that the first
     * run of each condition starts, so a sweep that cannot run is refused like a run that cannot start.
     *
     * @param base the base scenario to write as base-scenario.json (a plain sweep), or null
     * @param note a line to print once every check has passed (how the root seed was chosen), or null
     */
    int run(Experiment experiment, String source, OutputFolder folder, Integer threads, String sparkMaster,
            Scenario base, String note) throws Exception {
        if (threads != null && threads < 1) {
            throw new ScenarioException("--threads", null, "expected a whole number >= 1, got " + threads);
        }
        boolean spark = sparkMaster != null || underSparkSubmit();
        if (spark) {
            sparkAvailable(sparkMaster == null || sparkMaster.isEmpty() ? null : sparkMaster);
        }
        checkFirstRunsStart(experiment, source);
        Path out = folder.path();
        ExperimentRunner runner = new ExperimentRunner(experiment, out);
        ExperimentRunner.Resume resume = runner.check();
        if (note != null) {
            stderr.println(note);
        }
        if (resume.kept() > 0 || resume.damaged() > 0) {
            stderr.printf(Locale.ROOT, "resuming: %d of %d runs already in %s%s%n", resume.kept(), resume.total(), out,
                    resume.damaged() == 0 ? "" : "; " + resume.damaged() + " damaged or incomplete row"
                            + (resume.damaged() == 1 ? "" : "s") + " will run again");
        }
        SweepEngine engine = spark ? sparkEngine(sparkMaster == null || sparkMaster.isEmpty() ? null : sparkMaster)
                : new ThreadsEngine(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        folder.create();
        long t0 = System.nanoTime();
        long[] lastPrint = {System.nanoTime()};
        stderr.printf(Locale.ROOT, "%s%s on %s%n", experiment.name().isEmpty() ? "" : experiment.name() + ": ",
                experiment.size(), engine.describe());
        stderr.flush();
        ExperimentRunner.Outcome outcome;
        try {
            if (base != null) {
                ScenarioWriter.write(base, out.resolve("base-scenario.json"));
            }
            outcome = runner.run(engine, p -> {
                if (p.record().error() != null) {
                    stderr.println("  run " + describe(experiment, p.record().task()) + " failed: " + p.record().error());
                }
                long now = System.nanoTime();
                if (now - lastPrint[0] > 3_000_000_000L || p.done() == p.total()) {
                    stderr.printf(Locale.ROOT, "  %d of %d runs%n", p.done(), p.total());
                    stderr.flush();
                    lastPrint[0] = now;
                }
            }, new AtomicBoolean());
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException io = e instanceof IOException x ? x : ((java.io.UncheckedIOException) e).getCause();
            stderr.println("error: writing to " + out + " failed: " + org.feedbackstudio.core.Outputs.reason(io)
                    + "; the runs written so far are kept, and running the same command again resumes");
            return Cli.RUN_FAILED;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        stdout.printf(Locale.ROOT, "%s: %d runs (%d failed%s) on %s in %.1f s -> %s%n",
                experiment.base().simulator(), outcome.ran(), outcome.failed(),
                outcome.resumed() > 0 ? ", " + outcome.resumed() + " done before" : "", engine.describe(), seconds, out);
        if (outcome.failed() > 0) {
            stderr.println("note: failed runs are in sweep.csv with their error; running the same command again "
                    + "runs them again");
        }
        return outcome.failed() == 0 ? Cli.OK : Cli.RUN_FAILED;
    }

    /**
     * Starts (and closes) the first run of each condition: a base scenario that cannot start is bad input,
     * refused before anything is written, as {@code run} refuses it.
     */
    static void checkFirstRunsStart(Experiment experiment, String source) throws ScenarioException {
        for (int c = 0; c < experiment.sweeps().size(); c++) {
            org.feedbackstudio.core.Sweep sweep = experiment.sweeps().get(c);
            org.feedbackstudio.core.Sweep.Point first = sweep.points().get(0);
            List<String> settings = new ArrayList<>();
            for (org.feedbackstudio.core.Sweep.Axis a : sweep.axes()) {
                Object v = first.settings().get(a.parameter());
                settings.add(a.parameter() + "=" + sweep.simulator().parameters().find(a.parameter())
                        .map(p -> p.format(v)).orElse(String.valueOf(v)));
            }
            String which = (experiment.conditions().isEmpty() ? "" : "condition \""
                    + experiment.conditions().get(c).name() + "\", ") + "the first run"
                    + (settings.isEmpty() ? "" : " (" + String.join(", ", settings) + ")");
            try (org.feedbackstudio.core.Simulation sim = sweep.simulator().start(first.scenario(),
                    org.feedbackstudio.core.EventSink.NONE)) {
                sim.tick(); // started: nothing more to check
            } catch (ScenarioException e) {
                throw new ScenarioException(e.source() == null ? source : e.source(), null, e.line(), e.column(),
                        which + " cannot start: " + (e.field() == null ? "" : e.field() + ": ") + e.problem());
            } catch (RuntimeException e) {
                throw new ScenarioException(source, null, which + " cannot start: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
    }

    private static String describe(Experiment e, org.feedbackstudio.core.RunTask t) {
        return (e.conditions().isEmpty() ? "" : e.conditions().get(t.condition()).name() + " ") + t.key();
    }

    private SweepEngine sparkEngine(String master) throws ScenarioException {
        sparkAvailable(master);
        return SparkEngines.create(master, applicationJars());
    }

    private static void sparkAvailable(String master) throws ScenarioException {
        try {
            Class.forName(SPARK_CONTEXT, false, ExperimentSweep.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ScenarioException("--spark", null, "Apache Spark is not on the class path. Run the sweep with "
                    + "spark-submit (Spark 4, Scala 2.13): spark-submit --master " + (master == null ? "MASTER" : master)
                    + " --class org.feedbackstudio.app.Main target/feedback-studio.jar sweep ... ; "
                    + "or leave out --spark to run on this machine's threads");
        }
    }

    /**
     * The jars executors need: this program's jar (unless spark-submit already ships it) and the engine's
     * libraries beside it in lib/ — not the studio's (JavaFX, charts) nor what every Spark has (Jackson,
     * SLF4J).
     */
    static List<String> applicationJars() {
        List<String> jars = new ArrayList<>();
        Path self;
        try {
            self = Path.of(ExperimentSweep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return jars;
        }
        if (!self.toString().endsWith(".jar")) {
            return jars; // classes folders: a development run, whose executors share this class path
        }
        if (!underSparkSubmit()) {
            jars.add(self.toUri().toString());
        }
        File[] libs = self.resolveSibling("lib").toFile().listFiles();
        if (libs != null) {
            java.util.Arrays.sort(libs);
            for (File lib : libs) {
                String n = lib.getName();
                if (n.endsWith(".jar") && !n.startsWith("javafx-") && !n.startsWith("controlsfx")
                        && !n.startsWith("jfree") && !n.startsWith("org.jfree") && !n.startsWith("slf4j-")
                        && !n.startsWith("jackson-")) {
                    jars.add(lib.toURI().toString());
                }
            }
        }
        return jars;
    }
}
