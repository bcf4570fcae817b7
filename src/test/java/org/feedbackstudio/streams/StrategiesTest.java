package org.feedbackstudio.streams;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import org.feedbackstudio.runtime.nn.Mlp;
import org.feedbackstudio.runtime.nn.MlpShape;
import org.feedbackstudio.runtime.nn.MlpTrainer;
import org.feedbackstudio.runtime.nn.NeuralRuntime;
import org.feedbackstudio.runtime.nn.OptimizerSpec;
import org.feedbackstudio.runtime.nn.TrainingBatch;
import org.feedbackstudio.streams.data.Dataset;
import org.feedbackstudio.streams.data.DatasetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each strategy puts into a batch, on the split stream, where a sample's label tells its task
 * (task = label / 2 + 1).
 */
class StrategiesTest {
    private static Dataset data;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.bundled();
    }

    private static StreamData split(int tasks, long seed) {
        List<StreamTask> t = StreamBuilder.build(StreamKind.SPLIT, tasks, 0, data, 50, new SplittableRandom(seed));
        return new StreamData(data, t, false, new SplittableRandom(seed + 1));
    }

    private static int taskOf(TrainingBatch b, int row) {
        return b.label(row) / 2 + 1;
    }

    private static double weightSum(TrainingBatch b, int from, int to) {
        double s = 0;
        for (int r = from; r < to; r++) {
            s += b.weight(r);
        }
        return s;
    }

    @Test
    void naiveBatchesHoldOnlyTheCurrentTaskWithEqualWeights() {
        StreamData d = split(3, 1);
        NaiveStrategy s = new NaiveStrategy(d, 16);
        TrainingBatch b = new TrainingBatch(s.maxBatchRows(), Dataset.PIXELS);
        s.fillBatch(b, 2, 0);
        assertEquals(16, b.size());
        for (int r = 0; r < 16; r++) {
            assertEquals(2, taskOf(b, r));
            assertEquals(1.0 / 16, b.weight(r), 1e-7);
        }
    }

    @Test
    void replayMixesNewAndRememberedSamplesWithTheirWeights() {
        StreamData d = split(2, 2);
        ReplayStrategy s = new ReplayStrategy(d, 10, 6, 40, 0.3, new SplittableRandom(3));
        TrainingBatch b = new TrainingBatch(s.maxBatchRows(), Dataset.PIXELS);
        s.fillBatch(b, 1, 0);
        assertEquals(10, b.size(), "the memory is empty on the first batch");
        assertEquals(1.0, weightSum(b, 0, 10), 1e-6);
        for (int i = 1; i < 20; i++) {
            b.clear();
            s.fillBatch(b, 1, i);
        }
        assertEquals(40, s.memorySize(), "200 samples offered to a memory of 40");
        b.clear();
        s.fillBatch(b, 2, 0);
        assertEquals(16, b.size());
        for (int r = 0; r < 10; r++) {
            assertEquals(2, taskOf(b, r), "new samples first");
        }
        for (int r = 10; r < 16; r++) {
            assertEquals(1, taskOf(b, r), "remembered samples of task 1");
        }
        assertEquals(0.3, weightSum(b, 0, 10), 1e-6);
        assertEquals(0.7, weightSum(b, 10, 16), 1e-6);
        List<Integer> perTask = s.memoryPerTask();
        assertEquals(40, perTask.get(0) + perTask.get(1));
        assertTrue(perTask.get(1) <= 10, "at most the 10 task-2 samples offered so far");
    }

    @Test
    void replayOffersOnlyFirstPresentationsToTheReservoir() {
        List<StreamTask> t = List.of(new StreamTask(1, "tiny", new PixelTransform.Identity(), new int[] {0, 1, 2, 3},
                new int[] {0}));
        StreamData d = new StreamData(data, t, false, new SplittableRandom(1));
        ReplayStrategy s = new ReplayStrategy(d, 4, 4, 100, 0.5, new SplittableRandom(3));
        TrainingBatch b = new TrainingBatch(s.maxBatchRows(), Dataset.PIXELS);
        for (int i = 0; i < 5; i++) {
            b.clear();
            s.fillBatch(b, 1, i);
        }
        assertEquals(4, s.memorySize(), "four distinct images, seen five times each");
    }

    @Test
    void replayCanOfferEveryPresentationToTheReservoir() {
        List<StreamTask> t = List.of(new StreamTask(1, "tiny", new PixelTransform.Identity(), new int[] {0, 1, 2, 3},
                new int[] {0}));
        StreamData d = new StreamData(data, t, false, new SplittableRandom(1));
        ReplayStrategy s = new ReplayStrategy(d, 4, 4, 100, 0.5, true, new SplittableRandom(3));
        TrainingBatch b = new TrainingBatch(s.maxBatchRows(), Dataset.PIXELS);
        for (int i = 0; i < 5; i++) {
            b.clear();
            s.fillBatch(b, 1, i);
        }
        assertEquals(20, s.memorySize(), "four images seen five times each, every presentation offered");
        java.util.Map<String, String> described = new java.util.LinkedHashMap<>();
        s.describe(described);
        assertTrue(described.get("memory").contains("every presentation"), described.toString());
    }

    @Test
    void rehearsalDeliversExactlyTheScheduledSamplesPerOldTask() {
        StreamData d = split(4, 4);
        RehearsalSchedule schedule = new RehearsalSchedule.PowerLaw(1.0, 1.0);
        int iterations = 30;
        int batch = 8;
        RehearsalStrategy s = new RehearsalStrategy(d, schedule, "power-law-rehearsal", batch, iterations, 0.5,
                new SplittableRandom(5));
        assertEquals(120, s.budget());
        TrainingBatch b = new TrainingBatch(s.maxBatchRows(), Dataset.PIXELS);
        s.startTask(1);
        s.fillBatch(b, 1, 0);
        assertEquals(batch, b.size(), "nothing to rehearse during task 1");
        s.startTask(4);
        long[] quotas = schedule.quotas(3, 120);
        assertEquals(List.of(quotas[0], quotas[1], quotas[2]), s.rehearsalPlan());
        int[] rows = new int[5];
        for (int i = 0; i < iterations; i++) {
            b.clear();
            s.fillBatch(b, 4, i);
            assertTrue(b.size() == batch + 4, "120 old samples spread evenly over 30 iterations");
            for (int r = 0; r < b.size(); r++) {
                rows[taskOf(b, r)]++;
                assertEquals(1.0 / b.size(), b.weight(r), 1e-7);
            }
        }
        assertEquals(iterations * batch, rows[4]);
        assertArrayEquals(new int[] {(int) quotas[2], (int) quotas[1], (int) quotas[0]}, new int[] {rows[1], rows[2],
                rows[3]}, "age 1 is task 3, age 3 is task 1");
    }

    @Test
    void jointBatchesDrawFromEverySeenTask() {
        StreamData d = split(3, 6);
        JointStrategy s = new JointStrategy(d, 30, new SplittableRandom(7));
        TrainingBatch b = new TrainingBatch(s.maxBatchRows(), Dataset.PIXELS);
        int[] rows = new int[4];
        for (int i = 0; i < 100; i++) {
            b.clear();
            s.fillBatch(b, 3, i);
            for (int r = 0; r < b.size(); r++) {
                rows[taskOf(b, r)]++;
            }
        }
        for (int t = 1; t <= 3; t++) {
            assertEquals(1000, rows[t], 100, "task " + t + " of three equally large tasks");
        }
    }

    @Test
    void ewcPullsTheWeightsBackInProportionToTheFisherInformation() {
        StreamData d = split(2, 8);
        double lambda = 50;
        try (NDManager root = NeuralRuntime.engine().newBaseManager();
             Mlp model = Mlp.create(root, MlpShape.uniform(Dataset.PIXELS, 16, 1, 10), new SplittableRandom(9));
             MlpTrainer trainer = new MlpTrainer(root, model, OptimizerSpec.Adam.of(0.001), 16, 1);
             EwcStrategy s = new EwcStrategy(d, 16, lambda, 20, root, new SplittableRandom(10));
             NDManager scope = root.newSubManager()) {
            List<NDArray> params = model.parameters();
            s.endTask(1, trainer);
            List<float[]> fisher = s.fisherSum();
            assertEquals(params.size(), fisher.size());
            // Right after consolidation θ = θ*: the penalty has no gradient.
            List<NDArray> grads = trainer.zerosLikeParameters(scope);
            s.gradientAdjustment().adjust(params, grads, scope);
            for (NDArray g : grads) {
                for (float f : g.toFloatArray()) {
                    assertEquals(0f, f, 0f);
                }
            }
            // Move every weight by δ = 0.1: the gradient is λ·F·δ.
            JniUtils.setGradMode(false); // parameters are leaves that need grad; move them outside autograd
            for (NDArray p : params) {
                p.addi(scope.create(0.1f));
            }
            List<NDArray> moved = trainer.zerosLikeParameters(scope);
            s.gradientAdjustment().adjust(params, moved, scope);
            for (int i = 0; i < params.size(); i++) {
                float[] g = moved.get(i).toFloatArray();
                float[] f = fisher.get(i);
                for (int j = 0; j < g.length; j++) {
                    assertEquals(lambda * f[j] * 0.1, g[j], 1e-4 * Math.max(1, Math.abs(lambda * f[j] * 0.1)));
                }
            }
            double total = 0;
            for (float[] f : fisher) {
                for (float x : f) {
                    assertTrue(x >= 0);
                    total += x;
                }
            }
            assertTrue(total > 0, "a trained-from-scratch network has non-zero Fisher information");
        }
    }
}
