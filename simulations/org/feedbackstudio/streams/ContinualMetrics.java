package org.feedbackstudio.streams;

import java.util.Arrays;

/**
 * The continual-evaluation metrics of De Lange, van de Ven and Tuytelaars (ICLR 2023), computed from
 * the accuracies a learner scores on the test subset of every task seen so far.
 *
 * <p>Task k (1-based) is trained during iterations (k−1)·I+1 … k·I, so |T_k| = k·I. An evaluation at
 * iteration t scores tasks 1…k where k is the task that iteration t trains; evaluations at every task
 * end are required (they fill the accuracy matrix). A(E_j, f_t) below is task j's accuracy at the
 * evaluation at iteration t. Values change only at evaluations and are NaN while undefined.
 * <ul>
 * <li>ACC after task k: (1/k) Σ_{j≤k} A(E_j, f_{|T_k|}).</li>
 * <li>Forgetting after task k ≥ 2: (1/(k−1)) Σ_{j<k} [A(E_j, f_{|T_j|}) − A(E_j, f_{|T_k|})].</li>
 * <li>min-ACC at t in task k ≥ 2: (1/(k−1)) Σ_{i<k} min over evaluations |T_i| < n ≤ t of A(E_i, f_n),
 *     defined once every finished task has an evaluation after its end.</li>
 * <li>WC-ACC at t in task k: (1/k)·A(E_k, f_t) + (1 − 1/k)·min-ACC (just A(E_1, f_t) in task 1).</li>
 * <li>WF^w: for each seen task, the largest drop A_m − A_n between two of its evaluations at most
 *     w − 1 evaluations apart (a window of w), maximised over time and floored at 0; then the mean over
 *     seen tasks. WP^w: the same for the largest rise A_n − A_m.</li>
 * <li>LCA^β: for each task, the mean of its first β evaluations while it is being learned (all of them if
 *     the task had fewer); then the mean over tasks that have one.</li>
 * </ul>
 */
public final class ContinualMetrics {
    /** Window sizes of the windowed metrics, in evaluations. */
    public static final int[] WINDOWS = {10, 100};
    /** Evaluations of a new task averaged by the learning-curve area. */
    public static final int LCA_BETA = 10;

    private final int tasks;
    private final long iterationsPerTask;
    private final int beta;
    /** The last {@code maxWindow − 1} evaluations of each task, as ring buffers (enough for every window). */
    private final double[][] recent;
    private final int[] evaluations;
    private final double[][] matrix;
    private final double[] minAfterEnd;
    private final double[][] maxDrop;
    private final double[][] maxRise;
    private final double[] lcaSum;
    private final int[] lcaCount;
    private double[] latest = new double[0];
    private long lastTick;
    private int lastTask;
    private int finishedTasks;

    public ContinualMetrics(int tasks, long iterationsPerTask) {
        this(tasks, iterationsPerTask, LCA_BETA);
    }

    ContinualMetrics(int tasks, long iterationsPerTask, int beta) {
        if (tasks < 1 || iterationsPerTask < 1 || beta < 1) {
            throw new IllegalArgumentException("tasks, iterations per task and β must be positive");
        }
        this.tasks = tasks;
        this.iterationsPerTask = iterationsPerTask;
        this.beta = beta;
        int keep = Arrays.stream(WINDOWS).max().orElse(1);
        recent = new double[tasks][keep];
        evaluations = new int[tasks];
        matrix = new double[tasks][tasks];
        for (double[] row : matrix) {
            Arrays.fill(row, Double.NaN);
        }
        minAfterEnd = new double[tasks];
        Arrays.fill(minAfterEnd, Double.NaN);
        maxDrop = new double[tasks][WINDOWS.length];
        maxRise = new double[tasks][WINDOWS.length];
        lcaSum = new double[tasks];
        lcaCount = new int[tasks];
    }

    /** The task (1-based) that iteration {@code tick} trains. */
    public int taskAt(long tick) {
        return (int) ((tick - 1) / iterationsPerTask) + 1;
    }

    /** The iteration at which task {@code k} (1-based) ends, |T_k|. */
    public long endOf(int k) {
        return k * iterationsPerTask;
    }

    /**
     * Records an evaluation after iteration {@code tick}: {@code accuracies[j]} is task j+1's accuracy,
     * for every task up to the one being learned.
     */
    public void record(long tick, double[] accuracies) {
        if (tick <= lastTick) {
            throw new IllegalArgumentException("evaluations must come in order: " + tick + " after " + lastTick);
        }
        int k = taskAt(tick);
        if (k > tasks) {
            throw new IllegalArgumentException("iteration " + tick + " is past the last task");
        }
        if (accuracies.length != k) {
            throw new IllegalArgumentException("iteration " + tick + " is in task " + k + ", so " + k
                    + " accuracies are needed, not " + accuracies.length);
        }
        if (finishedTasks < k - 1) {
            throw new IllegalStateException("task " + (finishedTasks + 1) + " ended without an evaluation");
        }
        for (int j = 0; j < k; j++) {
            double a = accuracies[j];
            updateWindows(j, a);
            if (j + 1 < k) { // an earlier task, so this evaluation comes after its end
                minAfterEnd[j] = Double.isNaN(minAfterEnd[j]) ? a : Math.min(minAfterEnd[j], a);
            }
        }
        int current = k - 1;
        if (lcaCount[current] < beta) {
            lcaSum[current] += accuracies[current];
            lcaCount[current]++;
        }
        if (tick == endOf(k)) {
            System.arraycopy(accuracies, 0, matrix[current], 0, k);
            finishedTasks = k;
        }
        latest = accuracies.clone();
        lastTick = tick;
        lastTask = k;
    }

    /** Compares the new evaluation {@code a} of task j with the ones at most w − 1 evaluations before it. */
    private void updateWindows(int j, double a) {
        int n = evaluations[j];
        int keep = recent[j].length;
        for (int w = 0; w < WINDOWS.length; w++) {
            for (int m = Math.max(0, n - WINDOWS[w] + 1); m < n; m++) {
                double earlier = recent[j][m % keep];
                maxDrop[j][w] = Math.max(maxDrop[j][w], earlier - a);
                maxRise[j][w] = Math.max(maxRise[j][w], a - earlier);
            }
        }
        recent[j][n % keep] = a;
        evaluations[j] = n + 1;
    }

    /** Iteration of the last evaluation, 0 before any. */
    public long lastEvaluation() {
        return lastTick;
    }

    /** Tasks whose end has been evaluated. */
    public int finishedTasks() {
        return finishedTasks;
    }

    /** Task j's (1-based) accuracy at the last evaluation, NaN if it was not yet seen. */
    public double accuracy(int j) {
        return j <= latest.length ? latest[j - 1] : Double.NaN;
    }

    /** Mean accuracy over the tasks seen at the last evaluation. */
    public double averageAccuracy() {
        return latest.length == 0 ? Double.NaN : Arrays.stream(latest).average().orElse(Double.NaN);
    }

    /** ACC after the last finished task. */
    public double acc() {
        if (finishedTasks == 0) {
            return Double.NaN;
        }
        double[] row = matrix[finishedTasks - 1];
        double sum = 0;
        for (int j = 0; j < finishedTasks; j++) {
            sum += row[j];
        }
        return sum / finishedTasks;
    }

    /** Forgetting after the last finished task (NaN until two tasks are done). */
    public double forgetting() {
        int k = finishedTasks;
        if (k < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int j = 0; j < k - 1; j++) {
            sum += matrix[j][j] - matrix[k - 1][j];
        }
        return sum / (k - 1);
    }

    /** min-ACC at the last evaluation. */
    public double minAcc() {
        int k = lastTask;
        if (k < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < k - 1; i++) {
            if (Double.isNaN(minAfterEnd[i])) {
                return Double.NaN;
            }
            sum += minAfterEnd[i];
        }
        return sum / (k - 1);
    }

    /** WC-ACC at the last evaluation. */
    public double wcAcc() {
        int k = lastTask;
        if (k == 0) {
            return Double.NaN;
        }
        double current = latest[k - 1];
        if (k == 1) {
            return current;
        }
        double min = minAcc();
        return Double.isNaN(min) ? Double.NaN : current / k + (1.0 - 1.0 / k) * min;
    }

    /** WF^w for {@code window} one of {@link #WINDOWS}. */
    public double windowedForgetting(int window) {
        return meanOverSeen(maxDrop, windowIndex(window));
    }

    /** WP^w for {@code window} one of {@link #WINDOWS}. */
    public double windowedPlasticity(int window) {
        return meanOverSeen(maxRise, windowIndex(window));
    }

    /** LCA^β over the tasks that have one. */
    public double lca() {
        double sum = 0;
        int n = 0;
        for (int j = 0; j < tasks; j++) {
            boolean complete = lcaCount[j] == beta || (lcaCount[j] > 0 && j < finishedTasks);
            if (complete) {
                sum += lcaSum[j] / lcaCount[j];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** A(E_j, f_{|T_k|}) at row k−1, column j−1; NaN where task k has not ended or j &gt; k. */
    public double[][] accuracyMatrix() {
        double[][] copy = new double[tasks][];
        for (int k = 0; k < tasks; k++) {
            copy[k] = matrix[k].clone();
        }
        return copy;
    }

    private double meanOverSeen(double[][] extremes, int w) {
        int seen = latest.length;
        if (seen == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int j = 0; j < seen; j++) {
            sum += extremes[j][w];
        }
        return sum / seen;
    }

    private static int windowIndex(int window) {
        for (int i = 0; i < WINDOWS.length; i++) {
            if (WINDOWS[i] == window) {
                return i;
            }
        }
        throw new IllegalArgumentException("window " + window + " is not one of " + Arrays.toString(WINDOWS));
    }
}
