package org.feedbackstudio.spark;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Experiment;
import org.feedbackstudio.core.ExperimentReader;
import org.feedbackstudio.core.ExperimentRunner;
import org.feedbackstudio.core.SweepEngine;
import org.feedbackstudio.core.ThreadsEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Throughput of one sweep of short runs on each engine: local threads (1 and 2), Spark local[2] in this
 * JVM, and a loopback standalone cluster of two one-core workers. The engines take turns (A B C D, then
 * again) so that load from other work on the machine falls on all of them alike; medians are printed.
 * Run with {@code sh bench/sweep-engines.sh [ROUNDS]}.
 */
public final class SweepEnginesBenchmark {
    private SweepEnginesBenchmark() {
    }

    /** 200 runs: 8 horizons × 25 seeds of the bandit preset, a few milliseconds each. */
    static final String EXPERIMENT = """
            {"base": "preset:switching-costs/bandit",
             "vary": {"horizon": {"log": [10000, 100000, 8]}}, "replicates": 25}
            """;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Experiment experiment = new ExperimentReader(Catalog.standard()).read(EXPERIMENT, "benchmark", null);
        int runs = experiment.tasks().size();
        Path folder = Files.createTempDirectory("sweep-engines");
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        System.setProperty("spark.ui.enabled", "false");
        try (LoopbackCluster cluster = LoopbackCluster.start(folder.resolve("cluster"), 2)) {
            Map<String, Supplier<SweepEngine>> engines = new LinkedHashMap<>();
            engines.put("threads 1", () -> new ThreadsEngine(1));
            engines.put("threads 2", () -> new ThreadsEngine(2));
            engines.put("Spark local[2]", () -> new SparkEngine("local[2]", List.of()));
            engines.put("Spark cluster, 2 workers", () -> new SparkEngine(cluster.masterUrl(),
                    List.of(cluster.applicationJar().toUri().toString())));
            Map<String, List<double[]>> times = new LinkedHashMap<>();
            engines.keySet().forEach(k -> times.put(k, new ArrayList<>()));
            for (int round = 0; round <= rounds; round++) { // round 0 warms the JIT and is not counted
                for (Map.Entry<String, Supplier<SweepEngine>> e : engines.entrySet()) {
                    SweepEngine engine = e.getValue().get();
                    Path out = folder.resolve("r" + round + "-" + times.get(e.getKey()).size() + "-"
                            + e.getKey().replaceAll("[^a-z0-9]", ""));
                    long t0 = System.nanoTime();
                    long[] first = {0};
                    new ExperimentRunner(experiment, out).run(engine, p -> {
                        if (p.done() == 1) {
                            first[0] = System.nanoTime();
                        }
                    }, new AtomicBoolean());
                    double wall = (System.nanoTime() - t0) / 1e9;
                    double toFirst = (first[0] - t0) / 1e9;
                    double context = engine instanceof SparkEngine s ? s.startupMillis() / 1e3 : 0;
                    if (round > 0) {
                        times.get(e.getKey()).add(new double[] {wall, toFirst, context});
                    }
                    System.out.printf(Locale.ROOT, "round %d  %-26s %6.2f s, first result after %.2f s (context %.2f s)%n",
                            round, e.getKey(), wall, toFirst, context);
                }
            }
            System.out.printf(Locale.ROOT, "%n%d runs, median of %d rounds:%n", runs, rounds);
            // Start-up: until the first run's result is back (context, executors, the first task); the
            // steady rate is the other runs over the rest of the time.
            System.out.printf(Locale.ROOT, "%-26s %8s %8s %12s %10s %14s%n", "engine", "wall s", "runs/s",
                    "to first s", "context s", "steady runs/s");
            for (Map.Entry<String, List<double[]>> e : times.entrySet()) {
                double wall = median(e.getValue(), 0);
                double toFirst = median(e.getValue(), 1);
                System.out.printf(Locale.ROOT, "%-26s %8.2f %8.1f %12.2f %10.2f %14.1f%n", e.getKey(), wall, runs / wall,
                        toFirst, median(e.getValue(), 2), (runs - 1) / (wall - toFirst));
            }
        }
    }

    private static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
