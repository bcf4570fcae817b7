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
        try (NDManager root = NeuralRuntime.engine().newBaseManager();
             Mlp model = Mlp.create(root, shape, random.split());
             MlpTrainer trainer = new MlpTrainer(root, model, s.optimizerSpec(), s.batch(), s.threads())) {
            float[] loss = new float[1];
            return timeRepeats(s.warmup(), s.repeats(), s.steps(),
                    i -> loss[0] = trainer.step(pool.get(i % POOL), GradientAdjustment.NONE), LOG,
                    (r, ms, cpuMs) -> String.format(Locale.ROOT, "repeat %d: %.2f ms/step (cpu %.2f), %.0f samples/s "
                            + "(loss %.4f)", r, ms, cpuMs, s.batch() * 1000.0 / ms, loss[0]));
        }
    }

    /** A line about one timed repeat: its number (from 1), wall-clock and thread CPU ms per step. */
    interface RepeatLine {
        String of(int repeat, double ms, double cpuMs);
    }

    /**
     * Runs {@code step} (given the step's index) {@code warmup} times, then {@code repeats} times
     * {@code steps} times, logging a line per repeat; returns wall-clock [0] and thread CPU [1] ms per step
     * of each repeat. With one intra-op thread all the work runs on the calling thread, so its CPU time is
     * the steadier figure on a shared machine.
     */
    static double[][] timeRepeats(int warmup, int repeats, int steps, java.util.function.IntConsumer step,
                                  Logger log, RepeatLine line) {
        for (int i = 0; i < warmup; i++) {
            step.accept(i);
        }
        double[][] results = new double[2][repeats];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < steps; i++) {
                step.accept(i);
            }
            results[0][r] = (System.nanoTime() - start) / 1e6 / steps;
            results[1][r] = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / steps;
            log.info(line.of(r + 1, results[0][r], results[1][r]));
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
