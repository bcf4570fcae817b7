package org.feedbackstudio.spark;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Experiment;
import org.feedbackstudio.core.ExperimentReader;
import org.feedbackstudio.core.ExperimentRunner;
import org.feedbackstudio.core.ThreadsEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real Spark standalone cluster on loopback — a Master and two Workers, separate JVMs started from the
 * Spark jars on the test class path — runs sweeps end to end. One cluster serves the whole class; runs are
 * short, so the class costs about a minute, most of it the cluster starting.
 */
class SparkClusterTest {
    @TempDir
    static Path folder;

    private static LoopbackCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LoopbackCluster.start(folder, 2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Experiment experiment(String json) throws Exception {
        return new ExperimentReader(Catalog.standard()).read(json, "study.json", null);
    }

    private static SparkEngine clusterEngine() {
        return new SparkEngine(cluster.masterUrl(), List.of(cluster.applicationJar().toUri().toString()))
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false");
    }

    @Test
    void theClusterWritesTheThreadsEnginesRowsEvenWhenAnExecutorIsLost() throws Exception {
        Experiment e = experiment("""
                {"base": {"simulator": "switching-costs", "seed": 12, "parameters": {"learners": ["batched-exp3"]}},
                 "vary": {"horizon": {"log": [100000, 1000000, 3]}, "actions": [2, 8]}, "replicates": 3}
                """);
        Path threads = folder.resolve("threads-a");
        new ExperimentRunner(e, threads).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());

        Path spark = folder.resolve("cluster-a");
        AtomicInteger killed = new AtomicInteger();
        AtomicInteger records = new AtomicInteger();
        new ExperimentRunner(e, spark).run(clusterEngine(), p -> {
            records.incrementAndGet();
            // After the first result, take one executor away: Spark must run its tasks again elsewhere.
            if (p.done() == 1) {
                cluster.executors().stream().findFirst().ifPresent(x -> {
                    x.destroyForcibly();
                    killed.incrementAndGet();
                });
            }
        }, new AtomicBoolean());
        assertEquals(1, killed.get(), "an executor was running and was killed");
        assertEquals(18, records.get(), "each run delivered once");
        SparkFolders.assertSameResults(threads, spark);
    }

    @Test
    void aDriverKilledMidwayResumesWithoutDuplicatesOrLosses() throws Exception {
        String json = """
                {"base": {"simulator": "switching-costs", "seed": 31, "parameters": {"horizon": 3000000,
                          "learners": ["batched-exp3"]}},
                 "vary": {"actions": [2, 3, 4, 6, 8, 12]}, "replicates": 4}
                """;
        Path file = folder.resolve("resume.json");
        Files.writeString(file, json);
        Path out = folder.resolve("cluster-b");
        Process first = driver(file, out, "first");
        Path rows = out.resolve("sweep.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (SparkFolders.rows(rows) < 2 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        int before = SparkFolders.rows(rows);
        assertTrue(first.isAlive(), "the driver was still running when killed (" + before + " rows)");
        first.destroyForcibly().waitFor();
        assertTrue(before >= 2 && before < 24, "killed midway: " + before + " of 24 rows");

        Process second = driver(file, out, "second");
        assertTrue(second.waitFor(240, TimeUnit.SECONDS), "the second driver finished");
        String log = Files.readString(folder.resolve("driver-second.log"));
        assertEquals(0, second.exitValue(), log);
        int resumed = Integer.parseInt(log.replaceAll("(?s).*, (\\d+) done before\\).*", "$1"));
        assertTrue(resumed >= before, log);
        assertTrue(log.contains((24 - resumed) + " runs (0 failed, " + resumed + " done before) on Spark "
                + cluster.masterUrl()), log);

        Path threads = folder.resolve("threads-b");
        new ExperimentRunner(experiment(json), threads).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());
        SparkFolders.assertSameResults(threads, out);
    }

    /** The command line as its own JVM, as a user would start it on the cluster's edge node. */
    private static Process driver(Path experiment, Path out, String name) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LoopbackCluster.jvmFlags());
        command.addAll(List.of("-Dspark.jars=" + cluster.applicationJar().toUri(), "-Dspark.driver.host=127.0.0.1",
                "-Dspark.driver.bindAddress=127.0.0.1", "-Dspark.ui.enabled=false",
                "-cp", System.getProperty("java.class.path"), "org.feedbackstudio.app.Main", "sweep",
                experiment.toString(), "--spark", cluster.masterUrl(), "--out", out.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("driver-" + name + ".log").toFile()).start();
    }

}
