package org.feedbackstudio.regret;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Online learning with a budget of B observations (algorithm 2 of Cheng, Zhou and Ji). Blocks of
 * τ = max(⌈T/B⌉, ⌈√(B/K)⌉) rounds; in a block of length ℓ it looks at m = ⌊B·ℓ/T⌋ (round, action)
 * pairs drawn uniformly at random, with replacement, from the block's ℓ·K pairs, and estimates every
 * action's block-average loss by (K/m)·Σ (observed losses of that action) — unbiased, since each draw
 * hits a given pair with probability 1/(ℓ·K). Hedge over blocks with η = √(m·ln K/(N·K)). Regret of
 * order T·√(K·ln K/B) + λ·T·√(K/B); the played action's loss is not used, so the B observations are
 * all it ever sees. The blocks sum to at most B observations.
 */
public final class BudgetedObservations extends BlockLearner {
    private final long budget;
    private final double[] blockSums;
    private final String note;
    private long samples;
    /** Draws still to make in this block, and the last drawn order statistic (uniform on [0, 1)). */
    private long remaining;
    private double position;
    private long nextRound;
    private int nextAction;

    public BudgetedObservations(long horizon, long budget, LossOracle oracle, SplittableRandom random, String note) {
        super(LearnerKind.BUDGETED, horizon, blockLength(oracle.actions(), horizon, budget),
                learningRate(oracle.actions(), horizon, budget), oracle, random);
        this.budget = budget;
        this.blockSums = new double[actions];
        this.note = note;
    }

    /** τ = max(⌈T/B⌉, ⌈√(B/K)⌉): at least one observation per block, and at most T·√(K/B) blocks. */
    public static long blockLength(int actions, long horizon, long budget) {
        if (budget < 1 || budget > (long) actions * horizon) {
            throw new IllegalArgumentException("budget must lie in 1..K·T, got " + budget);
        }
        long perObservation = (horizon + budget - 1) / budget;
        long root = (long) Math.ceil(Math.sqrt((double) budget / actions));
        return Math.max(1, Math.min(horizon, Math.max(perObservation, root)));
    }

    /** m = ⌊B·ℓ/T⌋ observations for a block of ℓ rounds. */
    public static long observationsPerBlock(long horizon, long budget, long length) {
        return Math.multiplyExact(budget, length) / horizon;
    }

    static double learningRate(int actions, long horizon, long budget) {
        long tau = blockLength(actions, horizon, budget);
        long m = observationsPerBlock(horizon, budget, tau);
        return Math.sqrt(m * Math.log(actions) / ((double) blockCount(horizon, tau) * actions));
    }

    @Override
    protected void onBlockStart() {
        Arrays.fill(blockSums, 0);
        samples = observationsPerBlock(horizon, budget, length);
        remaining = samples;
        position = 0;
        drawNext();
    }

    /**
     * Draws the next of the block's sample pairs in increasing order, so they can be looked up as the
     * rounds go by without storing them: given the previous order statistic x of the uniforms still
     * to come, the smallest of the r left is 1 − (1 − x)·V^(1/r) with V uniform.
     */
    private void drawNext() {
        if (remaining == 0) {
            nextRound = -1;
            return;
        }
        double v = 1.0 - random.nextDouble(); // in (0, 1]
        position = 1.0 - (1.0 - position) * Math.pow(v, 1.0 / remaining);
        remaining--;
        long span = length * actions;
        long pair = Math.min(span - 1, (long) (position * span));
        nextRound = pair / actions;
        nextAction = (int) (pair % actions);
    }

    @Override
    protected void observeRound(double loss) {
        while (nextRound == offset) {
            blockSums[nextAction] += oracle.observe(nextAction);
            drawNext();
        }
    }

    @Override
    protected void onBlockEnd() {
        if (samples == 0) {
            return; // a short last block may get no observation: nothing to learn from it
        }
        double scale = (double) actions / samples;
        for (int k = 0; k < actions; k++) {
            estimates[k] += scale * blockSums[k];
        }
    }

    /** The estimate of every action's block-average loss from the block just completed (a copy). */
    double[] lastBlockEstimate() {
        double[] out = new double[actions];
        double scale = samples == 0 ? 0 : (double) actions / samples;
        for (int k = 0; k < actions; k++) {
            out[k] = scale * blockSums[k];
        }
        return out;
    }

    public long budget() {
        return budget;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%sB = %d, τ = %d, m = %d per block, N = %d blocks, η = %.3g", note,
                budget, blockLength, observationsPerBlock(horizon, budget, blockLength), blocks, eta);
    }
}
