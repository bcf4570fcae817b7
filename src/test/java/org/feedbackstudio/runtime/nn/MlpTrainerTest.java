package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training step against a reference computed in plain Java: a linear softmax model (no hidden
 * layer) whose cross-entropy gradient is (p − onehot(y))·xᵀ, so loss, gradients and the optimisers'
 * updates can be checked number by number.
 */
class MlpTrainerTest {
    private static final int IN = 3;
    private static final int OUT = 4;
    private NDManager root;

    @BeforeEach
    void setUp() {
        root = NeuralRuntime.engine().newBaseManager();
    }

    @AfterEach
    void tearDown() {
        root.close();
    }

    private static TrainingBatch batch() {
        float[][] x = {{0.2f, -1.0f, 0.5f}, {1.5f, 0.3f, -0.7f}, {-0.4f, 0.8f, 0.1f}};
        int[] y = {2, 0, 3};
        TrainingBatch b = new TrainingBatch(8, IN);
        for (int r = 0; r < x.length; r++) {
            int row = b.addRow(y[r]);
            System.arraycopy(x[r], 0, b.features(), b.offset(row), IN);
        }
        b.weighGroup(0, 2, 0.7); // two rows share 0.7, the last gets 0.3
        b.weighGroup(2, 3, 0.3);
        return b;
    }

    /** Reference loss Σ wᵢ·(−log softmax(W xᵢ + b)[yᵢ]) and its gradient, in double precision. */
    private static double lossAndGradient(double[] w, double[] bias, TrainingBatch batch, double[] gw, double[] gb) {
        java.util.Arrays.fill(gw, 0);
        java.util.Arrays.fill(gb, 0);
        double loss = 0;
        for (int r = 0; r < batch.size(); r++) {
            double[] z = new double[OUT];
            double max = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < OUT; o++) {
                z[o] = bias[o];
                for (int i = 0; i < IN; i++) {
                    z[o] += w[o * IN + i] * batch.features()[batch.offset(r) + i];
                }
                max = Math.max(max, z[o]);
            }
            double sum = 0;
            for (int o = 0; o < OUT; o++) {
                sum += Math.exp(z[o] - max);
            }
            double weight = batch.weight(r);
            loss += weight * -(z[batch.label(r)] - max - Math.log(sum));
            for (int o = 0; o < OUT; o++) {
                double dz = weight * (Math.exp(z[o] - max) / sum - (o == batch.label(r) ? 1 : 0));
                gb[o] += dz;
                for (int i = 0; i < IN; i++) {
                    gw[o * IN + i] += dz * batch.features()[batch.offset(r) + i];
                }
            }
        }
        return loss;
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static void assertClose(double[] expected, float[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, "element " + i);
        }
    }

    @Test
    void lossAndPlainSgdStepMatchTheHandComputedGradient() {
        try (Mlp model = Mlp.create(root, new MlpShape(IN, List.of(), OUT), new SplittableRandom(3));
             MlpTrainer trainer = new MlpTrainer(root, model, new OptimizerSpec.Sgd(0.1, 0.0), 8, 1)) {
            double[] w = toDouble(model.parameterValues().get(0));
            double[] b = toDouble(model.parameterValues().get(1));
            double[] gw = new double[w.length];
            double[] gb = new double[b.length];
            TrainingBatch batch = batch();
            double expectedLoss = lossAndGradient(w, b, batch, gw, gb);
            float loss = trainer.step(batch, GradientAdjustment.NONE);
            assertEquals(expectedLoss, loss, 1e-5);
            for (int i = 0; i < w.length; i++) {
                w[i] -= 0.1 * gw[i];
            }
            for (int o = 0; o < b.length; o++) {
                b[o] -= 0.1 * gb[o];
            }
            assertClose(w, model.parameterValues().get(0), 1e-6);
            assertClose(b, model.parameterValues().get(1), 1e-6);
        }
    }

    @Test
    void sgdWithMomentumFollowsPyTorchsRule() {
        double lr = 0.05;
        double mu = 0.9;
        try (Mlp model = Mlp.create(root, new MlpShape(IN, List.of(), OUT), new SplittableRandom(4));
             MlpTrainer trainer = new MlpTrainer(root, model, new OptimizerSpec.Sgd(lr, mu), 8, 1)) {
            double[] w = toDouble(model.parameterValues().get(0));
            double[] b = toDouble(model.parameterValues().get(1));
            double[] bufW = new double[w.length];
            double[] bufB = new double[b.length];
            double[] gw = new double[w.length];
            double[] gb = new double[b.length];
            TrainingBatch batch = batch();
            for (int step = 0; step < 4; step++) {
                lossAndGradient(w, b, batch, gw, gb);
                for (int i = 0; i < w.length; i++) {
                    bufW[i] = mu * bufW[i] + gw[i];
                    w[i] -= lr * bufW[i];
                }
                for (int o = 0; o < b.length; o++) {
                    bufB[o] = mu * bufB[o] + gb[o];
                    b[o] -= lr * bufB[o];
                }
                trainer.step(batch, GradientAdjustment.NONE);
            }
            assertClose(w, model.parameterValues().get(0), 1e-5);
            assertClose(b, model.parameterValues().get(1), 1e-5);
            assertEquals(4, trainer.steps());
        }
    }

    @Test
    void adamFollowsTorchOptimAdam() {
        double lr = 0.01;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        try (Mlp model = Mlp.create(root, new MlpShape(IN, List.of(), OUT), new SplittableRandom(5));
             MlpTrainer trainer = new MlpTrainer(root, model, new OptimizerSpec.Adam(lr, b1, b2, eps), 8, 1)) {
            double[][] theta = {toDouble(model.parameterValues().get(0)), toDouble(model.parameterValues().get(1))};
            double[][] m = {new double[theta[0].length], new double[theta[1].length]};
            double[][] v = {new double[theta[0].length], new double[theta[1].length]};
            double[][] g = {new double[theta[0].length], new double[theta[1].length]};
            TrainingBatch batch = batch();
            for (int t = 1; t <= 5; t++) {
                lossAndGradient(theta[0], theta[1], batch, g[0], g[1]);
                for (int p = 0; p < 2; p++) {
                    for (int i = 0; i < theta[p].length; i++) {
                        m[p][i] = b1 * m[p][i] + (1 - b1) * g[p][i];
                        v[p][i] = b2 * v[p][i] + (1 - b2) * g[p][i] * g[p][i];
                        double mHat = m[p][i] / (1 - Math.pow(b1, t));
                        double vHat = v[p][i] / (1 - Math.pow(b2, t));
                        theta[p][i] -= lr * mHat / (Math.sqrt(vHat) + eps);
                    }
                }
                trainer.step(batch, GradientAdjustment.NONE);
            }
            assertClose(theta[0], model.parameterValues().get(0), 1e-5);
            assertClose(theta[1], model.parameterValues().get(1), 1e-5);
        }
    }

    @Test
    void aGradientAdjustmentIsAppliedBeforeTheUpdate() {
        try (Mlp model = Mlp.create(root, new MlpShape(IN, List.of(), OUT), new SplittableRandom(3));
             MlpTrainer trainer = new MlpTrainer(root, model, new OptimizerSpec.Sgd(0.1, 0.0), 8, 1)) {
            float[] before = model.parameterValues().get(1);
            double[] gw = new double[IN * OUT];
            double[] gb = new double[OUT];
            lossAndGradient(toDouble(model.parameterValues().get(0)), toDouble(before), batch(), gw, gb);
            // Add 1 to the bias gradient: the bias moves by an extra −0.1.
            trainer.step(batch(), (parameters, gradients, scope) -> gradients.get(1).addi(scope.ones(
                    gradients.get(1).getShape())));
            float[] after = model.parameterValues().get(1);
            for (int o = 0; o < OUT; o++) {
                assertEquals(before[o] - 0.1 * (gb[o] + 1), after[o], 1e-6);
            }
        }
    }

    @Test
    void squaredGradientsAreSummedOneRowAtATime() {
        try (Mlp model = Mlp.create(root, new MlpShape(IN, List.of(), OUT), new SplittableRandom(6));
             MlpTrainer trainer = new MlpTrainer(root, model, OptimizerSpec.Adam.of(0.01), 2, 1);
             NDManager scope = root.newSubManager()) {
            double[] w = toDouble(model.parameterValues().get(0));
            double[] b = toDouble(model.parameterValues().get(1));
            TrainingBatch all = batch();
            double[] expectW = new double[w.length];
            double[] expectB = new double[b.length];
            for (int r = 0; r < all.size(); r++) {
                TrainingBatch one = new TrainingBatch(1, IN);
                one.addRow(all.label(r));
                System.arraycopy(all.features(), all.offset(r), one.features(), 0, IN);
                one.weighEqually();
                double[] gw = new double[w.length];
                double[] gb = new double[b.length];
                lossAndGradient(w, b, one, gw, gb);
                for (int i = 0; i < w.length; i++) {
                    expectW[i] += gw[i] * gw[i];
                }
                for (int o = 0; o < b.length; o++) {
                    expectB[o] += gb[o] * gb[o];
                }
            }
            List<NDArray> acc = trainer.zerosLikeParameters(scope);
            float[] wBefore = model.parameterValues().get(0);
            trainer.accumulateSquaredGradients(all, acc);
            assertClose(expectW, acc.get(0).toFloatArray(), 1e-6);
            assertClose(expectB, acc.get(1).toFloatArray(), 1e-6);
            assertArrayEquals(wBefore, model.parameterValues().get(0), "the parameters do not move");
            assertEquals(0, trainer.steps());
        }
    }

    @Test
    void countCorrectMatchesAJavaForwardPassThroughHiddenLayers() {
        MlpShape shape = new MlpShape(IN, List.of(5, 4), OUT);
        try (Mlp model = Mlp.create(root, shape, new SplittableRandom(11));
             MlpTrainer trainer = new MlpTrainer(root, model, OptimizerSpec.Adam.of(0.01), 4, 1)) {
            SplittableRandom r = new SplittableRandom(12);
            int rows = 60;
            float[] x = new float[rows * IN];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) (r.nextDouble() * 4 - 2);
            }
            List<float[]> p = model.parameterValues();
            int[] predicted = new int[rows];
            int[] labels = new int[rows];
            for (int row = 0; row < rows; row++) {
                double[] h = new double[IN];
                for (int i = 0; i < IN; i++) {
                    h[i] = x[row * IN + i];
                }
                int[] widths = shape.widths();
                for (int layer = 0; layer + 1 < widths.length; layer++) {
                    double[] next = new double[widths[layer + 1]];
                    for (int o = 0; o < next.length; o++) {
                        double z = p.get(2 * layer + 1)[o];
                        for (int i = 0; i < h.length; i++) {
                            z += p.get(2 * layer)[o * h.length + i] * h[i];
                        }
                        next[o] = layer + 2 < widths.length ? Math.max(0, z) : z;
                    }
                    h = next;
                }
                int best = 0;
                for (int o = 1; o < OUT; o++) {
                    best = h[o] > h[best] ? o : best;
                }
                predicted[row] = best;
                // Labels: right for rows divisible by 3, a different class otherwise.
                labels[row] = row % 3 == 0 ? best : (best + 1) % OUT;
            }
            try (EvaluationSet set = EvaluationSet.create(root, x, labels, IN, 3)) {
                long[] correct = trainer.countCorrect(set);
                long[] expected = new long[3];
                for (int row = 0; row < rows; row++) {
                    expected[row / 20] += labels[row] == predicted[row] ? 1 : 0;
                }
                assertArrayEquals(expected, correct);
                assertEquals(20, java.util.Arrays.stream(correct).sum());
            }
        }
    }

    @Test
    void stepsAndEvaluationsLeaveNoNativeArraysBehind() {
        try (Mlp model = Mlp.create(root, MlpShape.uniform(IN, 16, 2, OUT), new SplittableRandom(1));
             MlpTrainer trainer = new MlpTrainer(root, model, OptimizerSpec.Adam.of(0.01), 8, 1);
             EvaluationSet set = EvaluationSet.create(root, new float[6 * IN], new int[6], IN, 2)) {
            trainer.step(batch(), GradientAdjustment.NONE);
            trainer.countCorrect(set);
            int open = root.getManagedArrays().size();
            for (int i = 0; i < 300; i++) {
                trainer.step(batch(), GradientAdjustment.NONE);
                trainer.countCorrect(set);
            }
            assertEquals(open, root.getManagedArrays().size());
        }
        assertEquals(0, root.getManagedArrays().size(), "closing the model, trainer and set frees everything");
    }

    @Test
    void initialisationIsSeededAndBoundedLikePyTorchsLinear() {
        MlpShape shape = MlpShape.uniform(20, 8, 1, 3);
        try (Mlp a = Mlp.create(root, shape, new SplittableRandom(9));
             Mlp b = Mlp.create(root, shape, new SplittableRandom(9));
             Mlp c = Mlp.create(root, shape, new SplittableRandom(10))) {
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(a.parameterValues().get(i), b.parameterValues().get(i));
            }
            assertTrue(!java.util.Arrays.equals(a.parameterValues().get(0), c.parameterValues().get(0)));
            double bound = 1 / Math.sqrt(20);
            float max = 0;
            for (float f : a.parameterValues().get(0)) {
                assertTrue(Math.abs(f) <= bound);
                max = Math.max(max, Math.abs(f));
            }
            assertTrue(max > 0.8 * bound, "uniform over the whole range");
            assertEquals(20 * 8 + 8 + 8 * 3 + 3, shape.parameterCount());
            assertEquals("20-8-3", shape.toString());
        }
    }

    @Test
    void badBatchesAreRefused() {
        try (Mlp model = Mlp.create(root, new MlpShape(IN, List.of(), OUT), new SplittableRandom(3));
             MlpTrainer trainer = new MlpTrainer(root, model, OptimizerSpec.Adam.of(0.01), 2, 1)) {
            assertThrows(IllegalArgumentException.class, () -> trainer.step(batch(), GradientAdjustment.NONE),
                    "3 rows for a trainer of 2");
            assertThrows(IllegalArgumentException.class,
                    () -> trainer.step(new TrainingBatch(2, 5), GradientAdjustment.NONE));
        }
    }
}
