package org.feedbackstudio.regret;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Hedge under full information: each round draw X_t afresh from p_t ∝ exp(−η·L_{t−1}), where L is
 * every action's true cumulative loss. Its loss regret is O(√(T·ln K)), but drawing independently
 * each round switches often, so its switching cost grows like T: the contrast to {@link LazyHedge},
 * which uses the same η and the same distributions.
 */
public final class Hedge extends Learner {
    private final double eta;
    private final double[] cumulative;
    private final double[] p;
    private long round;

    public Hedge(long horizon, double switchingCost, LossOracle oracle, SplittableRandom random) {
        super(LearnerKind.HEDGE, horizon, oracle, random);
        this.eta = learningRate(actions, horizon, switchingCost);
        this.cumulative = new double[actions];
        this.p = new double[actions];
    }

    /**
     * η = √(8·ln K/((1 + 8λ)·T)): it balances ln K/η against η·T/8 (the loss regret of Hedge) plus
     * λ·η·T, a bound on the switching cost of the lazy variant. With λ = 0 it is the textbook √(8·ln K/T).
     */
    static double learningRate(int actions, long horizon, double switchingCost) {
        return Math.sqrt(8 * Math.log(actions) / ((1 + 8 * switchingCost) * horizon));
    }

    @Override
    public int choose() {
        probabilities(p);
        return ExpWeights.draw(p, random.nextDouble());
    }

    @Override
    public void learn(int action, double loss) {
        round++;
    }

    @Override
    public void probabilities(double[] out) {
        for (int k = 0; k < actions; k++) {
            cumulative[k] = oracle.cumulativeLoss(k);
        }
        ExpWeights.probabilities(cumulative, eta, out);
    }

    @Override
    public double learningRate() {
        return eta;
    }

    @Override
    public long currentBlock() {
        return round + 1;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "redraws every round, η = %.3g", eta);
    }
}
