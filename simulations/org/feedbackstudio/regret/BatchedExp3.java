package org.feedbackstudio.regret;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Batched EXP3 (algorithm 1 of Cheng, Zhou and Ji): EXP3 run over blocks, with the importance-weighted
 * block-average loss of the action played, (1/τ)·Σ_block ℓ_t(X_n) / p_n(X_n), as its estimate. With
 * τ = (λ²·T/(K·ln K))^(1/3) and η = √(ln K/(N·K)) its regret including switching costs is of order
 * (λ·K·ln K)^(1/3)·T^(2/3), the minimax rate under bandit feedback. Bandit feedback only.
 */
public final class BatchedExp3 extends BlockLearner {
    private final String note;
    private double blockSum;

    BatchedExp3(LearnerKind kind, long horizon, long blockLength, LossOracle oracle, SplittableRandom random,
                String note) {
        super(kind, horizon, blockLength, Math.sqrt(Math.log(oracle.actions())
                / ((double) blockCount(horizon, blockLength) * oracle.actions())), oracle, random);
        this.note = note;
    }

    /** Batched EXP3 tuned for K actions, horizon T and switching cost λ. */
    public static BatchedExp3 tuned(LearnerKind kind, long horizon, double switchingCost, LossOracle oracle,
                                    SplittableRandom random, String note) {
        return new BatchedExp3(kind, horizon, blockLength(oracle.actions(), horizon, switchingCost), oracle, random,
                note);
    }

    /** τ = (λ²·T/(K·ln K))^(1/3), rounded, at least 1: it balances √(τ·T·K·ln K) against λ·T/τ. */
    public static long blockLength(int actions, long horizon, double switchingCost) {
        return clampBlock(Math.cbrt(switchingCost * switchingCost * horizon / (actions * Math.log(actions))), horizon);
    }

    @Override
    protected void onBlockStart() {
        blockSum = 0;
    }

    @Override
    protected void observeRound(double loss) {
        blockSum += loss;
    }

    @Override
    protected void onBlockEnd() {
        estimates[action] += blockSum / length / p[action];
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%sτ = %d, N = %d blocks, η = %.3g", note, blockLength, blocks, eta);
    }
}
