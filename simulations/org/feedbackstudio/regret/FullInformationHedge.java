package org.feedbackstudio.regret;

import java.util.SplittableRandom;

/**
 * What Hedge and its lazy variant share: both play from p_t ∝ exp(−η·L_{t−1}), where L is every
 * action's true cumulative loss (full information), with the same η; they differ only in when they
 * draw a new action.
 */
abstract sealed class FullInformationHedge extends Learner permits Hedge, LazyHedge {
    protected final double eta;
    protected final double[] p;
    private final double[] cumulative;
    /** The loss of the action played last round. */
    protected double lastLoss;
    private long round;

    FullInformationHedge(LearnerKind kind, long horizon, double switchingCost, LossOracle oracle,
                         SplittableRandom random) {
        super(kind, horizon, oracle, random);
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
    public final void learn(int action, double loss) {
        lastLoss = loss;
        round++;
    }

    @Override
    public final void probabilities(double[] out) {
        for (int k = 0; k < actions; k++) {
            cumulative[k] = oracle.cumulativeLoss(k);
        }
        ExpWeights.probabilities(cumulative, eta, out);
    }

    @Override
    public final double learningRate() {
        return eta;
    }

    @Override
    public final long currentBlock() {
        return round + 1;
    }
}
