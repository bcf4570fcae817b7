package org.feedbackstudio.regret;

/** Exponential weights: the distribution p_k ∝ exp(−η·L_k) over actions, and drawing from it. */
final class ExpWeights {
    private ExpWeights() {
    }

    /**
     * Fills {@code p} with p_k ∝ exp(−η·L_k). Shifting by min L keeps the largest weight at 1, so no
     * weight overflows and the sum is at least 1 however large the cumulative losses grow.
     */
    static void probabilities(double[] cumulative, double eta, double[] p) {
        double min = minimum(cumulative);
        double sum = 0;
        for (int k = 0; k < cumulative.length; k++) {
            double w = Math.exp(-eta * (cumulative[k] - min));
            p[k] = w;
            sum += w;
        }
        normalise(p, sum);
    }

    /**
     * {@link #probabilities(double[], double, double[])}, remembering each action's last exponent −η·(L_k −
     * min L) and its weight, so that an exponent seen before is not exponentiated again. Under bandit
     * feedback a block changes one action's L, so while the minimum stays put most weights are reused;
     * the numbers are those of the plain version, since an equal exponent gives an equal weight.
     *
     * @param exponents the last exponents, NaN where none (never equal to a fresh one)
     * @param weights   their weights
     */
    static void probabilities(double[] cumulative, double eta, double[] p, double[] exponents, double[] weights) {
        double min = minimum(cumulative);
        double sum = 0;
        for (int k = 0; k < cumulative.length; k++) {
            double x = -eta * (cumulative[k] - min);
            if (x != exponents[k]) { // −0 and +0 compare equal, and exp gives 1 for both
                exponents[k] = x;
                weights[k] = Math.exp(x);
            }
            double w = weights[k];
            p[k] = w;
            sum += w;
        }
        normalise(p, sum);
    }

    private static double minimum(double[] cumulative) {
        double min = Double.POSITIVE_INFINITY;
        for (double c : cumulative) {
            // a plain comparison: summed losses are never NaN nor −0, and Math.min's checks for them cost
            min = c < min ? c : min;
        }
        return min;
    }

    private static void normalise(double[] p, double sum) {
        double inverse = 1.0 / sum;
        for (int k = 0; k < p.length; k++) {
            p[k] *= inverse;
        }
    }

    /** The action whose cumulative probability first exceeds u (u uniform in [0, 1)). */
    static int draw(double[] p, double u) {
        double acc = 0;
        for (int k = 0; k < p.length; k++) {
            acc += p[k];
            if (u < acc) {
                return k;
            }
        }
        return lastPositive(p);
    }

    /** Same as {@link #draw} for unnormalised weights summing to {@code total}. */
    static int drawWeighted(double[] w, double total, double u) {
        double target = u * total;
        double acc = 0;
        for (int k = 0; k < w.length; k++) {
            acc += w[k];
            if (target < acc) {
                return k;
            }
        }
        return lastPositive(w);
    }

    /** Rounding can leave the running sum just short of u; fall back on the last action that can be drawn. */
    private static int lastPositive(double[] w) {
        for (int k = w.length - 1; k > 0; k--) {
            if (w[k] > 0) {
                return k;
            }
        }
        return 0;
    }
}
