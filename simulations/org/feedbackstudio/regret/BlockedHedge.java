package org.feedbackstudio.regret;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Hedge with blocked switching under full information: Hedge over blocks, fed the true block-average
 * loss of every action. Holding the action for τ = (λ²·T/ln K)^(1/3) rounds caps the switches at
 * N = T/τ, but fixed blocks cost √(τ·T·ln K) in loss regret, so the total is of order T^(2/3) —
 * fixed blocks are the right tool under bandit feedback, not under full information, where
 * {@link LazyHedge} reaches √T.
 */
public final class BlockedHedge extends BlockLearner {
    private final double[] atBlockStart;

    public BlockedHedge(long horizon, double switchingCost, LossOracle oracle, SplittableRandom random) {
        this(horizon, blockLength(oracle.actions(), horizon, switchingCost), oracle, random);
    }

    BlockedHedge(long horizon, long blockLength, LossOracle oracle, SplittableRandom random) {
        super(LearnerKind.BLOCKED_HEDGE, horizon, blockLength,
                Math.sqrt(8 * Math.log(oracle.actions()) / blockCount(horizon, blockLength)), oracle, random);
        this.atBlockStart = new double[actions];
    }

    /** τ = (λ²·T/ln K)^(1/3), rounded, at least 1. */
    public static long blockLength(int actions, long horizon, double switchingCost) {
        return clampBlock(Math.cbrt(switchingCost * switchingCost * horizon / Math.log(actions)), horizon);
    }

    @Override
    protected void onBlockStart() {
        for (int k = 0; k < actions; k++) {
            atBlockStart[k] = oracle.cumulativeLoss(k);
        }
    }

    @Override
    protected void observeRound(double loss) {
        // full information: the block's losses are read from the cumulative sums at its end
    }

    @Override
    protected void onBlockEnd() {
        for (int k = 0; k < actions; k++) {
            estimates[k] += (oracle.cumulativeLoss(k) - atBlockStart[k]) / length;
        }
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "τ = %d, N = %d blocks, η = %.3g", blockLength, blocks, eta);
    }
}
