package org.feedbackstudio.app.gui.streams;

import org.feedbackstudio.app.gui.kit.Numbers;
import org.feedbackstudio.streams.StreamsView;

import java.util.List;

/**
 * The task × task accuracy matrix as the heat map lays it out: row j is the task evaluated, column k
 * the training task after which it was evaluated (the simulator's record has them the other way round).
 * Columns of finished tasks hold the accuracies at their end; the column of the task being learned, if
 * accuracies for it are known, holds the latest ones ("now"); later columns are still to come, and
 * cells above the diagonal are tasks not seen yet at that point.
 */
final class AccuracyMatrix {

    /** What a cell holds. */
    enum Kind {
        /** The accuracy on task j at the end of training task k ≥ j. */
        FINISHED,
        /** The accuracy on task j at the latest evaluation, while task k is being learned. */
        NOW,
        /** Task j comes after task k: it had not been seen then. */
        NOT_SEEN,
        /** Task k has not ended yet. */
        TO_COME
    }

    private final int tasks;
    private final int finished;
    private final int nowColumn;
    private final double[][] value; // [row j−1][column k−1]
    private final List<String> names;

    /**
     * @param view       the simulator's snapshot
     * @param latest     the latest accuracy of each task (index j−1, NaN where not evaluated), or null;
     *                   fills the column of the task being learned
     */
    AccuracyMatrix(StreamsView view, double[] latest) {
        tasks = view.taskNames().size();
        names = view.taskNames();
        List<List<Double>> rows = view.accuracyMatrix();
        finished = rows.size();
        value = new double[tasks][tasks];
        for (int j = 0; j < tasks; j++) {
            for (int k = 0; k < tasks; k++) {
                value[j][k] = k < finished && j <= k ? rows.get(k).get(j) : Double.NaN;
            }
        }
        int current = view.currentTask();
        boolean known = latest != null && current > finished && current <= tasks;
        for (int j = 0; known && j < current; j++) {
            known = j < latest.length && !Double.isNaN(latest[j]);
        }
        nowColumn = known ? current : -1;
        if (known) {
            for (int j = 0; j < current; j++) {
                value[j][current - 1] = latest[j];
            }
        }
    }

    int tasks() {
        return tasks;
    }

    /** Training tasks that have ended, so many columns hold accuracies at task ends. */
    int finished() {
        return finished;
    }

    /** The column (1-based) showing the latest accuracies, or -1 when none does. */
    int nowColumn() {
        return nowColumn;
    }

    String taskName(int task) {
        return names.get(task - 1);
    }

    /** What the cell of task {@code task} after training task {@code after} (both 1-based) holds. */
    Kind kind(int task, int after) {
        if (after == nowColumn) {
            return task <= after ? Kind.NOW : Kind.NOT_SEEN;
        }
        if (after > finished) {
            return Kind.TO_COME;
        }
        return task <= after ? Kind.FINISHED : Kind.NOT_SEEN;
    }

    /** The accuracy in the cell, NaN where it holds none. */
    double accuracy(int task, int after) {
        return value[task - 1][after - 1];
    }

    /** The text written in the cell: the accuracy with two decimals, or nothing. */
    String label(int task, int after) {
        Kind kind = kind(task, after);
        return kind == Kind.FINISHED || kind == Kind.NOW ? Numbers.fixed(accuracy(task, after), 2) : "";
    }

    /**
     * How much task {@code task} lost between the end of its own training and the cell: the diagonal
     * minus the cell (positive is forgetting); NaN where either is unknown.
     */
    double lostSinceLearned(int task, int after) {
        if (after <= task || task > finished) {
            return Double.NaN;
        }
        return accuracy(task, task) - accuracy(task, after);
    }

    /** A sentence about a cell for the readout. */
    String describe(int task, int after) {
        String name = "Task " + task + ", " + taskName(task) + ",";
        double a = accuracy(task, after);
        return switch (kind(task, after)) {
            case NOT_SEEN -> name + " had not been seen yet while task " + after + " was learned.";
            case TO_COME -> "Task " + after + " has not ended yet: its column fills in at its end.";
            case NOW -> name + " now, while task " + after + " is being learned: accuracy " + Numbers.fixed(a, 2)
                    + lost(task, after) + ".";
            case FINISHED -> task == after
                    ? name + " right after it was learned: accuracy " + Numbers.fixed(a, 2) + "."
                    : name + " after training on task " + after + ": accuracy " + Numbers.fixed(a, 2)
                    + lost(task, after) + ".";
        };
    }

    private String lost(int task, int after) {
        double lost = lostSinceLearned(task, after);
        if (Double.isNaN(lost)) {
            return "";
        }
        String was = Numbers.fixed(accuracy(task, task), 2);
        if (Math.abs(lost) < 0.005) {
            return ", as right after it was learned";
        }
        return lost > 0 ? ", " + Numbers.fixed(lost, 2) + " below its " + was + " right after it was learned"
                : ", " + Numbers.fixed(-lost, 2) + " above its " + was + " right after it was learned";
    }
}
