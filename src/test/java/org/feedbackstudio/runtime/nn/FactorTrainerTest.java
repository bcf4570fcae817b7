package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Matrix factorisation in the runtime against plain-Java arithmetic: the loss of a step, the direction of
 * Adam's update, learning a planted preference with either loss, bit-for-bit repeatability, and growth of
 * the item table without losing what was learned.
 */
class FactorTrainerTest {
    private static final int USERS = 12;
    private static final int ITEMS = 8;
    private static final int GENRES = 2;
    private static final int D = 8;
    private NDManager root;

    @BeforeEach
    void setUp() {
        root = NeuralRuntime.engine().newBaseManager();
    }

    @AfterEach
    void tearDown() {
        root.close();
    }

    private FactorTrainer trainer(long seed, int batch) {
        return new FactorTrainer(root, USERS, new int[] {ITEMS, GENRES}, D, batch, 0.01, seed, 1);
    }

    private static int genre(int item) {
        return item % GENRES;
    }

    /** Each user's planted favourite item. */
    private static int planted(int user) {
        return (user * 5 + 3) % ITEMS;
    }

    private static double bce(double s, double y) {
        return Math.log1p(Math.exp(s)) - y * s;
    }

    @Test
    void aPointwiseStepReportsTheBinaryCrossEntropyAndStepsAgainstTheGradient() {
        try (FactorTrainer t = trainer(3, 4)) {
            int[] users = {0, 1, 2, 1};
            int[][] items = {{1, 4, 2, 6}, {genre(1), genre(4), genre(2), genre(6)}};
            float[] labels = {1, 0, 1, 0};
            // item rows start at zero: a step on other users gives them values first
            t.pointwiseStep(new int[] {5, 6, 7, 8}, items, labels, 4);
            FactorWeights before = t.weights();
            double expected = 0;
            double[] gradUser1 = new double[D];
            for (int k = 0; k < 4; k++) {
                double s = before.score(users[k], items[0][k], items[1][k]);
                expected += bce(s, labels[k]) / 4;
                if (users[k] == 1) {
                    double ds = (1 / (1 + Math.exp(-s)) - labels[k]) / 4;
                    for (int j = 0; j < D; j++) {
                        gradUser1[j] += ds * (before.itemTables()[0][items[0][k] * D + j]
                                + before.itemTables()[1][items[1][k] * D + j]);
                    }
                }
            }
            double loss = t.pointwiseStep(users, items, labels, 4);
            assertEquals(expected, loss, 1e-5);
            FactorWeights after = t.weights();
            for (int j = 0; j < D; j++) {
                double moved = after.userTable()[D + j] - before.userTable()[D + j];
                if (Math.abs(gradUser1[j]) > 1e-6) {
                    assertEquals(-Math.signum(gradUser1[j]), Math.signum(moved), "user 1, component " + j);
                }
                assertTrue(Math.abs(moved) <= 0.0101, "Adam moves a value by at most about its step size");
            }
            for (int j = 0; j < D; j++) {
                assertEquals(before.userTable()[3 * D + j], after.userTable()[3 * D + j], "user 3 was not in the batch"
                        + " and had no gradient before, so Adam leaves it");
            }
        }
    }

    @Test
    void pointwiseTrainingLowersTheLossAndRanksThePlantedItemFirst() {
        try (FactorTrainer t = trainer(1, 32)) {
            double first = Double.NaN;
            double last = Double.NaN;
            SplittableRandom random = new SplittableRandom(2);
            int[] users = new int[32];
            int[][] items = new int[2][32];
            float[] labels = new float[32];
            for (int epoch = 0; epoch < 150; epoch++) {
                double sum = 0;
                int steps = 0;
                int n = 0;
                for (int pair = 0; pair < USERS * ITEMS; pair++) {
                    int u = pair / ITEMS;
                    int i = (pair + random.nextInt(ITEMS)) % ITEMS;
                    users[n] = u;
                    items[0][n] = i;
                    items[1][n] = genre(i);
                    labels[n] = i == planted(u) ? 1 : 0;
                    if (++n == 32) {
                        sum += t.pointwiseStep(users, items, labels, n);
                        steps++;
                        n = 0;
                    }
                }
                double mean = sum / steps;
                first = epoch == 0 ? mean : first;
                last = mean;
            }
            assertTrue(last < first / 3, "loss " + first + " → " + last);
            assertPlantedFirst(t.weights());
        }
    }

    @Test
    void bprLowersItsLossAndRanksThePlantedItemFirst() {
        try (FactorTrainer t = trainer(4, USERS)) {
            SplittableRandom random = new SplittableRandom(5);
            double first = Double.NaN;
            double last = Double.NaN;
            int[] users = new int[USERS];
            int[][] good = new int[2][USERS];
            int[][] bad = new int[2][USERS];
            for (int epoch = 0; epoch < 300; epoch++) {
                for (int u = 0; u < USERS; u++) {
                    users[u] = u;
                    good[0][u] = planted(u);
                    good[1][u] = genre(planted(u));
                    int other = (planted(u) + 1 + random.nextInt(ITEMS - 1)) % ITEMS;
                    bad[0][u] = other;
                    bad[1][u] = genre(other);
                }
                double loss = t.pairwiseStep(users, good, bad, USERS);
                first = epoch == 0 ? loss : first;
                last = loss;
            }
            assertEquals(Math.log(2), first, 0.1, "scores start nearly equal: −log σ(0) = log 2");
            assertTrue(last < first / 3, "loss " + first + " → " + last);
            assertPlantedFirst(t.weights());
        }
    }

    private static void assertPlantedFirst(FactorWeights w) {
        for (int u = 0; u < USERS; u++) {
            int best = -1;
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < ITEMS; i++) {
                double s = w.score(u, i, genre(i));
                if (s > top) {
                    top = s;
                    best = i;
                }
            }
            assertEquals(planted(u), best, "user " + u);
        }
    }

    private static float[] train(FactorTrainer t) {
        SplittableRandom random = new SplittableRandom(9);
        int[] users = new int[16];
        int[][] items = new int[2][16];
        float[] labels = new float[16];
        for (int step = 0; step < 40; step++) {
            for (int k = 0; k < 16; k++) {
                users[k] = random.nextInt(USERS);
                items[0][k] = random.nextInt(ITEMS);
                items[1][k] = genre(items[0][k]);
                labels[k] = random.nextBoolean() ? 1 : 0;
            }
            t.pointwiseStep(users, items, labels, 16);
        }
        FactorWeights w = t.weights();
        float[] all = new float[w.userTable().length + w.itemTables()[0].length];
        System.arraycopy(w.userTable(), 0, all, 0, w.userTable().length);
        System.arraycopy(w.itemTables()[0], 0, all, w.userTable().length, w.itemTables()[0].length);
        return all;
    }

    @Test
    void theSameSeedTrainsTheSameModelBitForBit() {
        float[] a;
        float[] b;
        float[] c;
        try (FactorTrainer t = trainer(7, 16)) {
            a = train(t);
        }
        try (FactorTrainer t = trainer(7, 16)) {
            b = train(t);
        }
        try (FactorTrainer t = trainer(8, 16)) {
            c = train(t);
        }
        assertArrayEquals(a, b, 0f);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void growingTheItemTableKeepsWhatWasLearnedAndTrainsOn() {
        try (FactorTrainer t = trainer(2, 16)) {
            train(t);
            FactorWeights before = t.weights();
            t.ensureItems(ITEMS + 1);
            assertEquals(2 * ITEMS, t.itemCapacity());
            FactorWeights after = t.weights();
            for (int i = 0; i < ITEMS * D; i++) {
                assertEquals(before.itemTables()[0][i], after.itemTables()[0][i]);
            }
            for (int i = ITEMS * D; i < 2 * ITEMS * D; i++) {
                assertEquals(0f, after.itemTables()[0][i]);
            }
            int[][] items = {{ITEMS + 3}, {1}};
            double loss = t.pointwiseStep(new int[] {0}, items, new float[] {1}, 1);
            assertEquals(bce(after.score(0, ITEMS + 3, 1), 1), loss, 1e-5);
            assertTrue(t.weights().itemTables()[0][(ITEMS + 3) * D] != 0f, "the new row learns");
        }
    }
}
