package org.feedbackstudio.app.gui.streams;

import org.feedbackstudio.app.gui.streams.AccuracyMatrix.Kind;
import org.feedbackstudio.streams.StreamsView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccuracyMatrixTest {
    private static final double NAN = Double.NaN;
    private static final List<String> NAMES = List.of("rotated 0°", "rotated 45°", "rotated 90°", "rotated 135°");

    /** Four tasks, two finished; the simulator's rows are "after task k", its columns the task evaluated. */
    private static StreamsView twoFinished(int current) {
        return new StreamsView("rotated", "naive", current, NAMES, List.of(60L, 120L, 180L, 240L),
                List.of(List.of(0.91, NAN, NAN, NAN), List.of(0.62, 0.88, NAN, NAN)),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void rowsAreTheTaskEvaluatedAndColumnsTheTaskTrainedOn() {
        AccuracyMatrix m = new AccuracyMatrix(twoFinished(3), null);
        assertEquals(4, m.tasks());
        assertEquals(2, m.finished());
        assertEquals(0.91, m.accuracy(1, 1));
        assertEquals(0.62, m.accuracy(1, 2), "task 1 after training on task 2");
        assertEquals(0.88, m.accuracy(2, 2));
        assertEquals(Kind.FINISHED, m.kind(1, 2));
        assertEquals(Kind.NOT_SEEN, m.kind(2, 1), "task 2 had not started after task 1");
        assertTrue(Double.isNaN(m.accuracy(2, 1)));
        assertEquals(Kind.TO_COME, m.kind(1, 3), "no latest accuracies given: no live column");
        assertEquals(-1, m.nowColumn());
        assertEquals("0.62", m.label(1, 2));
        assertEquals("", m.label(2, 1));
        assertEquals("", m.label(1, 4));
    }

    @Test
    void theTaskBeingLearnedShowsTheLatestAccuracies() {
        AccuracyMatrix m = new AccuracyMatrix(twoFinished(3), new double[] {0.4, 0.55, 0.7, NAN});
        assertEquals(3, m.nowColumn());
        for (int j = 1; j <= 3; j++) {
            assertEquals(Kind.NOW, m.kind(j, 3));
        }
        assertEquals(Kind.NOT_SEEN, m.kind(4, 3));
        assertEquals(0.4, m.accuracy(1, 3));
        assertEquals(0.7, m.accuracy(3, 3));
        assertEquals("0.55", m.label(2, 3));
        assertEquals(Kind.TO_COME, m.kind(1, 4));
        assertEquals(0.62, m.accuracy(1, 2), "finished columns keep the task-end values");
    }

    @Test
    void latestAccuraciesThatDoNotCoverTheCurrentTaskAreNotShown() {
        // Right after a switch the frames may still be those of the previous task: no column is "now" then.
        AccuracyMatrix m = new AccuracyMatrix(twoFinished(3), new double[] {0.4, 0.55, NAN, NAN});
        assertEquals(-1, m.nowColumn());
        assertEquals(Kind.TO_COME, m.kind(1, 3));
    }

    @Test
    void aRunThatHasEndedHasNoLiveColumn() {
        StreamsView done = new StreamsView("split", "replay", 2, List.of("a", "b"), List.of(10L, 20L),
                List.of(List.of(0.9, NAN), List.of(0.7, 0.95)), List.of(), List.of(), List.of(5, 5), List.of());
        AccuracyMatrix m = new AccuracyMatrix(done, new double[] {0.7, 0.95});
        assertEquals(-1, m.nowColumn());
        assertEquals(Kind.FINISHED, m.kind(2, 2));
    }

    @Test
    void whatATaskLostIsMeasuredFromItsOwnDiagonal() {
        AccuracyMatrix m = new AccuracyMatrix(twoFinished(3), new double[] {0.95, 0.55, 0.7, NAN});
        assertEquals(0.91 - 0.62, m.lostSinceLearned(1, 2), 1e-12);
        assertEquals(0.88 - 0.55, m.lostSinceLearned(2, 3), 1e-12);
        assertEquals(0.91 - 0.95, m.lostSinceLearned(1, 3), 1e-12, "a task can also gain");
        assertTrue(Double.isNaN(m.lostSinceLearned(1, 1)), "the diagonal itself");
        assertTrue(Double.isNaN(m.lostSinceLearned(3, 3)), "task 3 has not ended");
        assertTrue(Double.isNaN(m.lostSinceLearned(1, 4)), "to come");
    }

    @Test
    void theReadoutSaysWhatACellMeans() {
        AccuracyMatrix m = new AccuracyMatrix(twoFinished(3), new double[] {0.95, 0.55, 0.7, NAN});
        assertEquals("Task 1, rotated 0°, right after it was learned: accuracy 0.91.", m.describe(1, 1));
        assertEquals("Task 1, rotated 0°, after training on task 2: accuracy 0.62, 0.29 below its 0.91 right after"
                + " it was learned.", m.describe(1, 2));
        assertEquals("Task 1, rotated 0°, now, while task 3 is being learned: accuracy 0.95, 0.04 above its 0.91 "
                + "right after it was learned.", m.describe(1, 3));
        assertEquals("Task 2, rotated 45°, had not been seen yet while task 1 was learned.", m.describe(2, 1));
        assertEquals("Task 4 has not ended yet: its column fills in at its end.", m.describe(1, 4));
    }
}
