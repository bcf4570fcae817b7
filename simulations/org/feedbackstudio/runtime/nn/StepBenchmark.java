package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times one training step of an MLP in the embedded runtime, for comparison with the same step in
 * Python PyTorch ({@code bench/torch_mlp_step.py}): by default a 784-400-400-10 ReLU network, softmax
 * cross-entropy, Adam (lr 1e-3), batch 256 of random inputs in [0, 1), one intra-op thread.
 *
 * <pre>
 * java -cp "target/feedback-studio.jar:target/lib/*" org.feedbackstudio.runtime.nn.StepBenchmark
 *      [--batch 256] [--hidden 400] [--layers 2] [--steps 200] [--warmup 50] [--repeats 5]
 *      [--threads 1] [--optimizer adam|sgd]
 * </pre>
 *
 * Each repeat times {@code steps} steps after the warm-up, in wall-clock time and in CPU time of the
 * training thread (steadier on a shared machine: with one intra-op thread all the work runs on it);
 * the last line gives the medians over repeats.
 */
public final class StepBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(StepBenchmark.class);
    private static final int INPUTS = 784;
    private static final int CLASSES = 10;
    private static final int POOL = 8;

    private StepBenchmark() {
    }

    /** The benchmark's settings. */
    record Settings(int batch, int hidden, int layers, int steps, int warmup, int repeats, int threads,
                    String optimizer) {
        static Settings parse(String[] args) {
            int batch = 256;
            int hidden = 400;
            int layers = 2;
            int steps = 200;
            int warmup = 50;
            int repeats = 5;
            int threads = 1;
            String optimizer = "adam";
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                String value = args[++i];
                switch (flag) {
                    case "--batch" -> batch = Integer.parseInt(value);
                    case "--hidden" -> hidden = Integer.parseInt(value);
                    case "--layers" -> layers = Integer.parseInt(value);
                    case "--steps" -> steps = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--repeats" -> repeats = Integer.parseInt(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--optimizer" -> optimizer = value;
                    default -> throw new IllegalArgumentException("unknown option " + flag + "; known: --batch, "
                            + "--hidden, --layers, --steps, --warmup, --repeats, --threads, --optimizer");
                }
            }
            if (!optimizer.equals("adam") && !optimizer.equals("sgd")) {
                throw new IllegalArgumentException("--optimizer is adam or sgd, not " + optimizer);
            }
            return new Settings(batch, hidden, layers, steps, warmup, repeats, threads, optimizer);
        }

        OptimizerSpec optimizerSpec() {
            return optimizer.equals("adam") ? OptimizerSpec.Adam.of(1e-3) : new OptimizerSpec.Sgd(0.01, 0.9);
        }
    }

    public static void main(String[] args) {
        Settings s = Settings.parse(args);
        NeuralRuntime.useThreads(s.threads());
        LOG.info("{}", NeuralRuntime.describe());
        MlpShape shape = MlpShape.uniform(INPUTS, s.hidden(), s.layers(), CLASSES);
        LOG.info("MLP {}, batch {}, {}", shape, s.batch(), s.optimizerSpec());
        double[][] msPerStep = run(s, shape);
        double median = median(msPerStep[0]);
        LOG.info(String.format(Locale.ROOT, "median: %.2f ms/step, %.0f samples/s; cpu %.2f ms/step", median,
                s.batch() * 1000.0 / median, median(msPerStep[1])));
    }

    /** Runs the benchmark and returns wall-clock [0] and thread CPU [1] ms per step of each repeat. */
    static double[][] run(Settings s, MlpShape shape) {
        SplittableRandom random = new SplittableRandom(42);
        List<TrainingBatch> pool = new ArrayList<>();
        for (int b = 0; b < POOL; b++) {
            TrainingBatch batch = new TrainingBatch(s.batch(), INPUTS);
            for (int r = 0; r < s.batch(); r++) {
                int row = batch.addRow(random.nextInt(CLASSES));
                float[] f = batch.features();
                for (int j = 0; j < INPUTS; j++) {
                    f[batch.offset(row) + j] = (float) random.nextDouble();
                }
            }
            batch.weighEqually();
            pool.add(batch);
        }
        double[][] results = new double[2][s.repeats()];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (NDManager root = NeuralRuntime.engine().newBaseManager();
             Mlp model = Mlp.create(root, shape, random.split());
             MlpTrainer trainer = new MlpTrainer(root, model, s.optimizerSpec(), s.batch(), s.threads())) {
            float loss = 0;
            for (int i = 0; i < s.warmup(); i++) {
                loss = trainer.step(pool.get(i % POOL), GradientAdjustment.NONE);
            }
            for (int r = 0; r < s.repeats(); r++) {
                long start = System.nanoTime();
                long cpuStart = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < s.steps(); i++) {
                    loss = trainer.step(pool.get(i % POOL), GradientAdjustment.NONE);
                }
                double ms = (System.nanoTime() - start) / 1e6 / s.steps();
                double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / s.steps();
                results[0][r] = ms;
                results[1][r] = cpuMs;
                LOG.info(String.format(Locale.ROOT, "repeat %d: %.2f ms/step (cpu %.2f), %.0f samples/s (loss %.4f)",
                        r + 1, ms, cpuMs, s.batch() * 1000.0 / ms, loss));
            }
        }
        return results;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
