package org.feedbackstudio.regret;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The multi-scale random walk of Dekel, Ding, Koren and Peres (2014), the adversary behind the
 * T^(2/3) lower bound for bandits with switching costs. A hidden best action χ is drawn uniformly;
 * W_0 = 0 and W_t = W_ρ(t) + ξ_t with ξ_t ~ N(0, σ²) and ρ(t) = t with its lowest set bit cleared.
 * Round t's loss is clip(W_t + 1/2 − ε) for χ and clip(W_t + 1/2) for every other action, clipped
 * to [0, 1]. All actions move together, so a learner only learns about the gap ε by comparing losses
 * seen at different times, and the walk makes such comparisons noisy at every time scale.
 *
 * <p>All non-best actions share one loss, so the state is O(1) per round: two running sums, and the
 * most recent W at each lowest-set-bit level (that is exactly the ancestor W_ρ(t) the next round needs).
 */
public final class RandomWalkAdversary implements Adversary {
    private final int actions;
    private final int best;
    private final double gap;
    private final double noise;
    private final SplittableRandom random;
    /** walkAtLevel[j] = W_s for the latest s whose lowest set bit is j; slot 64 is W_0 = 0. */
    private final double[] walkAtLevel = new double[65];
    private long round;
    private double walk;
    private double commonLoss;
    private double bestLoss;
    private double commonCumulative;
    private double bestCumulative;

    /**
     * @param gap   ε, how much less the best action loses each round
     * @param noise σ, the standard deviation of each step of the walk
     */
    public RandomWalkAdversary(int actions, double gap, double noise, SplittableRandom random) {
        if (actions < 2) {
            throw new IllegalArgumentException("need at least 2 actions");
        }
        this.actions = actions;
        this.gap = gap;
        this.noise = noise;
        this.random = random;
        this.best = random.nextInt(actions);
    }

    @Override
    public int actions() {
        return actions;
    }

    @Override
    public long rounds() {
        return round;
    }

    @Override
    public void advance() {
        long t = ++round;
        double ancestor = walkAtLevel[Long.numberOfTrailingZeros(t & (t - 1))];
        walk = ancestor + noise * random.nextGaussian();
        walkAtLevel[Long.numberOfTrailingZeros(t)] = walk;
        commonLoss = clip(walk + 0.5);
        bestLoss = clip(walk + 0.5 - gap);
        commonCumulative += commonLoss;
        bestCumulative += bestLoss;
    }

    /**
     * Clips to [0, 1] without branches: the walk crosses the bounds at random, so a branch here is
     * mispredicted often. Same value as the comparisons for every number the walk produces (never NaN,
     * never −0: W + 1/2 rounds to +0 when W = −1/2).
     */
    private static double clip(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }

    @Override
    public double loss(int action) {
        return action == best ? bestLoss : commonLoss;
    }

    @Override
    public double cumulativeLoss(int action) {
        return action == best ? bestCumulative : commonCumulative;
    }

    @Override
    public int bestAction() {
        return best;
    }

    @Override
    public double bestCumulativeLoss() {
        return bestCumulative;
    }

    /** W_t of the round drawn last (W_0 = 0 before the first round). */
    public double walk() {
        return walk;
    }

    public double gap() {
        return gap;
    }

    public double noise() {
        return noise;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "multi-scale random walk, gap ε = %.4g, noise σ = %.4g, best action %d",
                gap, noise, best);
    }
}
