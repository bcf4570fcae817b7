package org.feedbackstudio.regret;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Hedge under full information: each round draw X_t afresh from p_t ∝ exp(−η·L_{t−1}), where L is
 * every action's true cumulative loss. Its loss regret is O(√(T·ln K)), but drawing independently
 * each round switches often, so its switching cost grows like T: the contrast to {@link LazyHedge},
 * which uses the same η and the same distributions.
 */
public final class Hedge extends FullInformationHedge {

    public Hedge(long horizon, double switchingCost, LossOracle oracle, SplittableRandom random) {
        super(LearnerKind.HEDGE, horizon, switchingCost, oracle, random);
    }

    @Override
    public int choose() {
        probabilities(p);
        return ExpWeights.draw(p, random.nextDouble());
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "redraws every round, η = %.3g", eta);
    }
}
