package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times one training step of the creator platform's matrix-factorisation recommender in the embedded
 * runtime ({@link FactorTrainer}), for comparison with the same model in Python PyTorch
 * ({@code bench/torch_factor_step.py}): by default the platform's shape — 1,500 users, an item table of
 * 4,096 rows plus genre (15) and creator (50) tables, 64-dimensional embeddings, batches of 1,024 — with
 * Adam (lr 1e-3) on one intra-op thread, pointwise (binary cross-entropy) or pairwise (BPR).
 *
 * <pre>
 * java -cp "target/feedback-studio.jar:target/lib/*" org.feedbackstudio.runtime.nn.FactorStepBenchmark
 *      [--objective pointwise|pairwise] [--users 1500] [--items 4096] [--genres 15] [--creators 50]
 *      [--dimension 64] [--batch 1024] [--steps 300] [--warmup 50] [--repeats 5]
 * </pre>
 *
 * Each step trains on a fresh batch of uniformly drawn rows from a pool of eight; each repeat reports
 * wall-clock and thread CPU ms per step, and the last line their medians over the repeats.
 */
public final class FactorStepBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(FactorStepBenchmark.class);
    private static final int POOL = 8;

    private FactorStepBenchmark() {
    }

    record Settings(boolean pairwise, int users, int items, int genres, int creators, int dimension, int batch,
                    int steps, int warmup, int repeats) {
        static Settings parse(String[] args) {
            boolean pairwise = false;
            int[] v = {1500, 4096, 15, 50, 64, 1024, 300, 50, 5};
            String[] names = {"--users", "--items", "--genres", "--creators", "--dimension", "--batch", "--steps",
                    "--warmup", "--repeats"};
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                if (args[i].equals("--objective")) {
                    if (!args[i + 1].equals("pointwise") && !args[i + 1].equals("pairwise")) {
                        throw new IllegalArgumentException("--objective is pointwise or pairwise, not " + args[i + 1]);
                    }
                    pairwise = args[i + 1].equals("pairwise");
                    continue;
                }
                int k = java.util.Arrays.asList(names).indexOf(args[i]);
                if (k < 0) {
                    throw new IllegalArgumentException("unknown option " + args[i] + "; known: --objective, "
                            + String.join(", ", names));
                }
                v[k] = Integer.parseInt(args[i + 1]);
                if (v[k] < 1) {
                    throw new IllegalArgumentException(args[i] + " must be positive");
                }
            }
            return new Settings(pairwise, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
        }
    }

    public static void main(String[] args) {
        Settings s = Settings.parse(args);
        NeuralRuntime.useThreads(1);
        LOG.info("{}", NeuralRuntime.describe());
        LOG.info("matrix factorisation, {}: {} users, tables {}/{}/{}, dimension {}, batch {}, Adam",
                s.pairwise() ? "pairwise (BPR)" : "pointwise (cross-entropy)", s.users(), s.items(), s.genres(),
                s.creators(), s.dimension(), s.batch());
        double[][] ms = run(s);
        double median = StepBenchmark.median(ms[0]);
        LOG.info(String.format(Locale.ROOT, "median: %.3f ms/step, %.0f rows/s; cpu %.3f ms/step", median,
                s.batch() * 1000.0 / median, StepBenchmark.median(ms[1])));
    }

    /** Wall-clock [0] and thread CPU [1] ms per step of each repeat. */
    static double[][] run(Settings s) {
        SplittableRandom random = new SplittableRandom(42);
        int[][] users = new int[POOL][s.batch()];
        int[][][] first = new int[POOL][3][s.batch()];
        int[][][] second = new int[POOL][3][s.batch()];
        float[][] labels = new float[POOL][s.batch()];
        int[] sizes = {s.items(), s.genres(), s.creators()};
        for (int b = 0; b < POOL; b++) {
            for (int r = 0; r < s.batch(); r++) {
                users[b][r] = random.nextInt(s.users());
                for (int t = 0; t < 3; t++) {
                    first[b][t][r] = random.nextInt(sizes[t]);
                    second[b][t][r] = random.nextInt(sizes[t]);
                }
                labels[b][r] = random.nextBoolean() ? 1f : 0f;
            }
        }
        try (NDManager root = NeuralRuntime.engine().newBaseManager();
             FactorTrainer trainer = new FactorTrainer(root, s.users(), sizes, s.dimension(), s.batch(), 1e-3, 7, 1)) {
            double[] loss = new double[1];
            return StepBenchmark.timeRepeats(s.warmup(), s.repeats(), s.steps(),
                    i -> loss[0] = step(trainer, s, users, first, second, labels, i % POOL), LOG,
                    (r, ms, cpuMs) -> String.format(Locale.ROOT, "repeat %d: %.3f ms/step (cpu %.3f) (loss %.4f)", r,
                            ms, cpuMs, loss[0]));
        }
    }

    private static double step(FactorTrainer trainer, Settings s, int[][] users, int[][][] first,
                               int[][][] second, float[][] labels, int b) {
        return s.pairwise() ? trainer.pairwiseStep(users[b], first[b], second[b], s.batch())
                : trainer.pointwiseStep(users[b], first[b], labels[b], s.batch());
    }
}
