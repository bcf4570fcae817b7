package org.feedbackstudio.regret;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * EXP3 for losses: draw X_t ∝ exp(−η·L̂), then add ℓ_t(X_t)/p_t(X_t) to the estimate of the action
 * played. η = √(2·ln K/(T·K)) gives regret √(2·T·K·ln K) without switching costs — but it redraws
 * every round, so it switches in a constant fraction of rounds and its switching cost grows like T.
 */
public final class Exp3 extends Learner {
    /** Below this total weight all weights are rescaled, so they never underflow together. */
    private static final double RESCALE_BELOW = 1e-200;

    private final double eta;
    private final double[] estimates;
    private final double[] weights;
    private double reference;
    private long round;
    private double playedProbability;

    public Exp3(long horizon, LossOracle oracle, SplittableRandom random) {
        super(LearnerKind.EXP3, horizon, oracle, random);
        this.eta = Math.sqrt(2 * Math.log(actions) / ((double) horizon * actions));
        this.estimates = new double[actions];
        this.weights = new double[actions];
        Arrays.fill(weights, 1.0);
    }

    @Override
    public int choose() {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total < RESCALE_BELOW) {
            total = rescale();
        }
        int action = ExpWeights.drawWeighted(weights, total, random.nextDouble());
        playedProbability = weights[action] / total;
        return action;
    }

    /** Re-anchors the weights at the smallest estimate: w_k = exp(−η·(L̂_k − min L̂)). */
    private double rescale() {
        double min = Double.POSITIVE_INFINITY;
        for (double e : estimates) {
            min = Math.min(min, e);
        }
        reference = min;
        double total = 0;
        for (int k = 0; k < actions; k++) {
            weights[k] = Math.exp(-eta * (estimates[k] - reference));
            total += weights[k];
        }
        return total;
    }

    @Override
    public void learn(int action, double loss) {
        estimates[action] += loss / playedProbability;
        weights[action] = Math.exp(-eta * (estimates[action] - reference));
        round++;
    }

    @Override
    public void probabilities(double[] out) {
        ExpWeights.probabilities(estimates, eta, out);
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
