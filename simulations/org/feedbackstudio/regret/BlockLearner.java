package org.feedbackstudio.regret;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The batching framework: split the horizon into N blocks of τ rounds (the last one may be shorter),
 * draw X_n ∝ exp(−η·L̂) at the start of block n, play it for the whole block, and at its end add an
 * estimate of every action's block-average loss to L̂. A block learner switches at most N − 1 times.
 * Subclasses differ in what they observe during a block and how they estimate.
 */
public abstract sealed class BlockLearner extends Learner permits BatchedExp3, BlockedHedge, BudgetedObservations {
    protected final long blockLength;
    protected final long blocks;
    protected final double eta;
    /** L̂: summed estimates of the block-average losses of past blocks. */
    protected final double[] estimates;
    /** The distribution the current block's action was drawn from. */
    protected final double[] p;
    /** The exponents and weights behind {@link #p}, kept to skip unchanged ones (see {@link ExpWeights}). */
    private final double[] exponents;
    private final double[] weights;
    protected int action = -1;
    /** Rounds played so far in the current block. */
    protected long offset;
    /** Length of the current block. */
    protected long length;
    private long completedBlocks;

    protected BlockLearner(LearnerKind kind, long horizon, long blockLength, double eta, LossOracle oracle,
                           SplittableRandom random) {
        super(kind, horizon, oracle, random);
        if (blockLength < 1 || blockLength > horizon) {
            throw new IllegalArgumentException("block length must lie in 1..T, got " + blockLength);
        }
        this.blockLength = blockLength;
        this.blocks = (horizon + blockLength - 1) / blockLength;
        this.eta = eta;
        this.estimates = new double[actions];
        this.p = new double[actions];
        Arrays.fill(p, 1.0 / actions);
        this.exponents = new double[actions];
        Arrays.fill(exponents, Double.NaN);
        this.weights = new double[actions];
    }

    /** N = ⌈T/τ⌉. */
    static long blockCount(long horizon, long blockLength) {
        return (horizon + blockLength - 1) / blockLength;
    }

    /** τ = max(1, min(T, round(x))). */
    static long clampBlock(double x, long horizon) {
        return Math.max(1, Math.min(horizon, Math.round(x)));
    }

    @Override
    public final int choose() {
        if (offset == 0) {
            long left = horizon - completedBlocks * blockLength;
            length = left > 0 ? Math.min(blockLength, left) : blockLength;
            ExpWeights.probabilities(estimates, eta, p, exponents, weights);
            action = ExpWeights.draw(p, random.nextDouble());
            onBlockStart();
        }
        return action;
    }

    @Override
    public final void learn(int played, double loss) {
        observeRound(loss);
        if (++offset == length) {
            onBlockEnd();
            offset = 0;
            completedBlocks++;
        }
    }

    /** Called once the block's action is drawn, before its first round. */
    protected abstract void onBlockStart();

    /** Called after each round of the block with the loss of the action played. */
    protected abstract void observeRound(double loss);

    /** Called after the block's last round: add the block's estimates to {@link #estimates}. */
    protected abstract void onBlockEnd();

    @Override
    public void probabilities(double[] out) {
        System.arraycopy(p, 0, out, 0, actions);
    }

    @Override
    public double learningRate() {
        return eta;
    }

    @Override
    public long blockLength() {
        return blockLength;
    }

    @Override
    public long blocks() {
        return blocks;
    }

    @Override
    public long currentBlock() {
        return completedBlocks + 1;
    }

    /** The summed block-average estimates L̂ (a copy). */
    public double[] estimates() {
        return estimates.clone();
    }
}
