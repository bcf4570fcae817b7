package org.feedbackstudio.spark;

import org.feedbackstudio.app.cli.Cli;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Experiment;
import org.feedbackstudio.core.ExperimentReader;
import org.feedbackstudio.core.ExperimentRunner;
import org.feedbackstudio.core.ThreadsEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spark in this JVM (local[2]) runs the same runs as local threads and writes the same rows. */
class SparkLocalTest {
    /** Spark reads spark.* system properties: keep this JVM's Spark on loopback, without its web UI. */
    private static final Map<String, String> LOOPBACK = Map.of("spark.driver.host", "127.0.0.1",
            "spark.driver.bindAddress", "127.0.0.1", "spark.ui.enabled", "false");

    @TempDir
    Path dir;

    @BeforeAll
    static void loopback() {
        LOOPBACK.forEach(System::setProperty);
    }

    @AfterAll
    static void restore() {
        LOOPBACK.keySet().forEach(System::clearProperty);
    }

    private static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(Catalog.standard(), new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aSweepOnSparkLocalWritesTheRowsTheThreadsEngineWrites() throws Exception {
        List<String> sweep = List.of("sweep", "preset:switching-costs/bandit", "--vary", "horizon=log:1000:100000:3",
                "--vary", "actions=2,5", "--seeds", "3", "--seed", "17");
        List<String> threads = new ArrayList<>(sweep);
        threads.addAll(List.of("--threads", "2", "--out", dir.resolve("threads").toString()));
        String[] t = cli(threads.toArray(String[]::new));
        assertEquals("0", t[0], t[2]);
        List<String> spark = new ArrayList<>(sweep);
        spark.addAll(List.of("--spark", "local[2]", "--out", dir.resolve("spark").toString()));
        String[] s = cli(spark.toArray(String[]::new));
        assertEquals("0", s[0], s[2]);
        assertTrue(s[1].contains("18 runs (0 failed) on Spark local[2]"), s[1]);
        assertTrue(s[2].contains("18 of 18 runs"), "progress is printed: " + s[2]);
        assertEquals(18, SparkFolders.rows(dir.resolve("spark/sweep.csv")));
        SparkFolders.assertSameResults(dir.resolve("threads"), dir.resolve("spark"));
    }

    @Test
    void conditionsAndSeriesComeBackFromSparkTasksUnchanged() throws Exception {
        Experiment e = new ExperimentReader(Catalog.standard()).read("""
                {"base": {"simulator": "switching-costs", "seed": 6, "parameters": {"horizon": 3000}},
                 "vary": {"actions": [2, 3]}, "replicates": 3,
                 "conditions": {"bandit": {"feedback": "bandit"}, "full": {"feedback": "full"}},
                 "keep": {"series": {"every": 500}}}
                """, "study.json", null);
        new ExperimentRunner(e, dir.resolve("threads")).run(new ThreadsEngine(1), p -> { }, new AtomicBoolean());
        List<Integer> progress = new ArrayList<>();
        new ExperimentRunner(e, dir.resolve("spark")).run(new SparkEngine("local[2]", List.of()),
                p -> progress.add(p.done()), new AtomicBoolean());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), progress);
        SparkFolders.assertSameResults(dir.resolve("threads"), dir.resolve("spark"));
        assertEquals(6, SparkFolders.rows(dir.resolve("spark/series/full/point-1-replicate-2.csv")));
    }

    @Test
    void withoutSparkOnTheClassPathSparkExitsTwoSayingHowToRunIt() throws Exception {
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (!name.startsWith("spark-")) {
                classPath.add(entry);
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                String.join(File.pathSeparator, classPath), "org.feedbackstudio.app.Main", "sweep",
                "preset:switching-costs/bandit", "--vary", "actions=2,3", "--spark", "spark://cluster:7077", "--out",
                dir.resolve("none").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), output);
        assertTrue(output.contains("error: --spark: Apache Spark is not on the class path. Run the sweep with "
                + "spark-submit (Spark 4, Scala 2.13): spark-submit --master spark://cluster:7077 --class "
                + "org.feedbackstudio.app.Main target/feedback-studio.jar sweep"), output);
        assertTrue(!dir.resolve("none").toFile().exists(), "nothing written");
    }
}
