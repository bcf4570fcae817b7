package org.feedbackstudio.regret;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Hedge with lazy switching (the Shrinking Dartboard of Geulen, Vöcking and Winkler, 2010). It keeps
 * last round's action X with probability w_t(X)/w_{t−1}(X) = exp(−η·ℓ_{t−1}(X)) and otherwise redraws
 * from p_t ∝ exp(−η·L_{t−1}). By induction X_t is still distributed exactly as p_t, so its expected
 * loss equals Hedge's, but it switches only when the dart misses the shrinking board: at most
 * η·(cumulative loss) times in expectation, O(√(T·ln K)) in all. Full information.
 */
public final class LazyHedge extends FullInformationHedge {
    private int current = -1;

    public LazyHedge(long horizon, double switchingCost, LossOracle oracle, SplittableRandom random) {
        super(LearnerKind.LAZY_HEDGE, horizon, switchingCost, oracle, random);
    }

    @Override
    public int choose() {
        if (current < 0) {
            current = random.nextInt(actions); // p_1 is uniform
        } else if (random.nextDouble() >= Math.exp(-eta * lastLoss)) {
            probabilities(p);
            current = ExpWeights.draw(p, random.nextDouble());
        }
        return current;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "keeps its action with probability exp(−η·ℓ), η = %.3g", eta);
    }
}
