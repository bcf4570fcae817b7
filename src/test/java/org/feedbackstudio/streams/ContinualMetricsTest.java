package org.feedbackstudio.streams;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every continual-evaluation metric on a hand-built table: 3 tasks of 2 iterations, evaluated every
 * iteration, LCA with β = 2.
 *
 * <pre>
 * tick task  A(E1)  A(E2)  A(E3)
 *  1    1    0.5
 *  2    1    0.8                  end of task 1
 *  3    2    0.4    0.1
 *  4    2    0.6    0.9           end of task 2
 *  5    3    0.5    0.2    0.1
 *  6    3    0.7    0.8    0.9    end of task 3
 * </pre>
 */
class ContinualMetricsTest {
    private static final double EPS = 1e-12;
    private ContinualMetrics m;

    @BeforeEach
    void setUp() {
        m = new ContinualMetrics(3, 2, 2);
    }

    private void upTo(int tick) {
        double[][] table = {
                {0.5},
                {0.8},
                {0.4, 0.1},
                {0.6, 0.9},
                {0.5, 0.2, 0.1},
                {0.7, 0.8, 0.9}};
        for (int t = (int) m.lastEvaluation() + 1; t <= tick; t++) {
            m.record(t, table[t - 1]);
        }
    }

    @Test
    void everythingIsUndefinedBeforeTheFirstEvaluation() {
        assertTrue(Double.isNaN(m.accuracy(1)));
        assertTrue(Double.isNaN(m.averageAccuracy()));
        assertTrue(Double.isNaN(m.acc()));
        assertTrue(Double.isNaN(m.forgetting()));
        assertTrue(Double.isNaN(m.minAcc()));
        assertTrue(Double.isNaN(m.wcAcc()));
        assertTrue(Double.isNaN(m.windowedForgetting(10)));
        assertTrue(Double.isNaN(m.lca()));
    }

    @Test
    void perTaskAccuracyIsTheLatestEvaluationAndUndefinedBeforeTheTaskStarts() {
        upTo(3);
        assertEquals(0.4, m.accuracy(1), EPS);
        assertEquals(0.1, m.accuracy(2), EPS);
        assertTrue(Double.isNaN(m.accuracy(3)));
        assertEquals(0.25, m.averageAccuracy(), EPS);
    }

    @Test
    void accIsTheMeanOverSeenTasksAtEachTaskEnd() {
        upTo(1);
        assertTrue(Double.isNaN(m.acc()), "no task has ended");
        upTo(2);
        assertEquals(0.8, m.acc(), EPS);
        upTo(3);
        assertEquals(0.8, m.acc(), EPS, "ACC keeps its value between task ends");
        upTo(4);
        assertEquals((0.6 + 0.9) / 2, m.acc(), EPS);
        upTo(6);
        assertEquals((0.7 + 0.8 + 0.9) / 3, m.acc(), EPS);
    }

    @Test
    void forgettingComparesEachFinishedTaskWithItsOwnEnd() {
        upTo(2);
        assertTrue(Double.isNaN(m.forgetting()), "needs two tasks");
        upTo(4);
        assertEquals(0.8 - 0.6, m.forgetting(), EPS);
        upTo(6);
        assertEquals(((0.8 - 0.7) + (0.9 - 0.8)) / 2, m.forgetting(), EPS);
    }

    @Test
    void minAccCountsOnlyEvaluationsAfterATaskIsDone() {
        upTo(2);
        assertTrue(Double.isNaN(m.minAcc()), "no finished task yet while task 1 is learned");
        upTo(3);
        assertEquals(0.4, m.minAcc(), EPS);
        upTo(4);
        assertEquals(0.4, m.minAcc(), EPS);
        upTo(5);
        // Task 2's 0.1 at tick 3 was scored while it was being learned: it does not count.
        assertEquals((0.4 + 0.2) / 2, m.minAcc(), EPS);
        upTo(6);
        assertEquals((0.4 + 0.2) / 2, m.minAcc(), EPS);
    }

    @Test
    void worstCaseAccuracyMixesTheCurrentTaskWithMinAcc() {
        upTo(1);
        assertEquals(0.5, m.wcAcc(), EPS);
        upTo(3);
        assertEquals(0.1 / 2 + 0.4 / 2, m.wcAcc(), EPS);
        upTo(4);
        assertEquals(0.9 / 2 + 0.4 / 2, m.wcAcc(), EPS);
        upTo(5);
        assertEquals(0.1 / 3 + (2.0 / 3) * 0.3, m.wcAcc(), EPS);
        upTo(6);
        assertEquals(0.9 / 3 + (2.0 / 3) * 0.3, m.wcAcc(), EPS);
    }

    @Test
    void windowedForgettingAndPlasticityTakeTheLargestDropAndRisePerTask() {
        upTo(6);
        // task 1: 0.5 0.8 0.4 0.6 0.5 0.7; task 2: 0.1 0.9 0.2 0.8; task 3: 0.1 0.9
        double wf = (0.4 + 0.7 + 0.0) / 3;
        double wp = (0.3 + 0.8 + 0.8) / 3;
        assertEquals(wf, m.windowedForgetting(10), EPS);
        assertEquals(wf, m.windowedForgetting(100), EPS);
        assertEquals(wp, m.windowedPlasticity(10), EPS);
        assertEquals(wp, m.windowedPlasticity(100), EPS);
    }

    @Test
    void windowsLimitHowFarApartTheTwoEvaluationsMayBe() {
        ContinualMetrics slow = new ContinualMetrics(2, 200);
        for (int t = 1; t <= 50; t++) {
            slow.record(t, new double[] {1.0 - 0.01 * (t - 1)});
        }
        // Within 10 evaluations the accuracy falls by 9 steps of 0.01; within 100, by all 49.
        assertEquals(0.09, slow.windowedForgetting(10), 1e-9);
        assertEquals(0.49, slow.windowedForgetting(100), 1e-9);
        assertEquals(0.0, slow.windowedPlasticity(10), EPS);
        assertThrows(IllegalArgumentException.class, () -> slow.windowedForgetting(20));
    }

    @Test
    void windowsReachBackExactlyFarEnoughLongAfterTheStart() {
        ContinualMetrics long_ = new ContinualMetrics(2, 1000);
        for (int t = 1; t <= 260; t++) {
            double a = t < 150 ? 0.5 : 1.0 - 0.005 * (t - 150);
            long_.record(t, new double[] {a});
        }
        // The peak at evaluation 150 is 99 evaluations before evaluation 249 (a window of 100) but 100
        // before evaluation 250 (outside it).
        assertEquals(0.005 * 99, long_.windowedForgetting(100), 1e-9);
        assertEquals(0.005 * 9, long_.windowedForgetting(10), 1e-9);
        assertEquals(0.5, long_.windowedPlasticity(10), 1e-9);
    }

    @Test
    void learningCurveAreaAveragesTheFirstBetaEvaluationsOfEachNewTask() {
        upTo(1);
        assertTrue(Double.isNaN(m.lca()), "task 1 has 1 of β = 2 evaluations and is not finished");
        upTo(2);
        assertEquals(0.65, m.lca(), EPS);
        upTo(3);
        assertEquals(0.65, m.lca(), EPS, "task 2 has one evaluation so far");
        upTo(6);
        assertEquals((0.65 + 0.5 + 0.5) / 3, m.lca(), EPS);
    }

    @Test
    void aTaskThatEndsBeforeBetaEvaluationsUsesTheOnesItHas() {
        ContinualMetrics sparse = new ContinualMetrics(2, 2, 10);
        sparse.record(2, new double[] {0.6});
        assertEquals(0.6, sparse.lca(), EPS);
    }

    @Test
    void theAccuracyMatrixHoldsEachTaskEnd() {
        upTo(6);
        double[][] r = m.accuracyMatrix();
        assertArrayEquals(new double[] {0.8, Double.NaN, Double.NaN}, r[0], EPS);
        assertArrayEquals(new double[] {0.6, 0.9, Double.NaN}, r[1], EPS);
        assertArrayEquals(new double[] {0.7, 0.8, 0.9}, r[2], EPS);
        assertEquals(3, m.finishedTasks());
    }

    @Test
    void sparseEvaluationKeepsTheValuesOfTheLastEvaluation() {
        ContinualMetrics sparse = new ContinualMetrics(2, 4);
        sparse.record(4, new double[] {0.9});
        assertTrue(Double.isNaN(sparse.minAcc()), "the last evaluation was still in task 1");
        assertEquals(0.9, sparse.wcAcc(), EPS);
        sparse.record(6, new double[] {0.3, 0.5});
        assertEquals(0.3, sparse.minAcc(), EPS);
        assertEquals(0.5 / 2 + 0.3 / 2, sparse.wcAcc(), EPS);
    }

    @Test
    void malformedEvaluationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> m.record(3, new double[] {0.5}),
                "tick 3 is in task 2, which needs two accuracies");
        m.record(1, new double[] {0.5});
        assertThrows(IllegalArgumentException.class, () -> m.record(1, new double[] {0.5}), "ticks must increase");
        assertThrows(IllegalStateException.class, () -> m.record(3, new double[] {0.5, 0.5}),
                "task 1 ended at tick 2 without an evaluation");
        assertThrows(IllegalArgumentException.class, () -> m.record(7, new double[] {0, 0, 0, 0}));
    }

    @Test
    void taskBoundariesFollowFromTheIterationsPerTask() {
        assertEquals(1, m.taskAt(1));
        assertEquals(1, m.taskAt(2));
        assertEquals(2, m.taskAt(3));
        assertEquals(6, m.endOf(3));
    }
}
