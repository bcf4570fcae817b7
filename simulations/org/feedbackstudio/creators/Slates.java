package org.feedbackstudio.creators;

/**
 * Choosing a slate from scored candidates: the top k, or a re-ranking of them. Positions refer to the
 * candidate arrays; ties go to the earlier candidate.
 */
final class Slates {
    private Slates() {
    }

    /** The positions of the {@code k} highest scores among {@code scores[0..count)}, best first; answers how many. */
    static int topK(double[] scores, int count, int k, int[] slate) {
        int n = Math.min(k, count);
        boolean[] taken = new boolean[count];
        for (int s = 0; s < n; s++) {
            int best = -1;
            for (int i = 0; i < count; i++) {
                if (!taken[i] && (best < 0 || scores[i] > scores[best])) {
                    best = i;
                }
            }
            taken[best] = true;
            slate[s] = best;
        }
        return n;
    }

    /** Scores rescaled to [0, 1] by the candidates' minimum and maximum (all 1 when they are equal). */
    static void normalise(double[] scores, int count, double[] out) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            lo = Math.min(lo, scores[i]);
            hi = Math.max(hi, scores[i]);
        }
        for (int i = 0; i < count; i++) {
            out[i] = hi > lo ? (scores[i] - lo) / (hi - lo) : 1.0;
        }
    }

    /**
     * Creator-exposure fairness, FairCo-style (Morik et al. 2020): a proportional controller on the exposure
     * gap. Each candidate's normalised relevance r̂ is blended with how far its creator's exposure so far lags
     * the most exposed active creator's, (1 − λ)·r̂ + λ·(E_max − E_c)/(E_max − E_min), and the top k of the
     * blend are shown. With λ = 0 it is the base ranking; exposures equal, it is too.
     *
     * @param creatorOf       each candidate's creator
     * @param creatorExposure exposures so far by creator id
     * @param exposureMin     the least exposure among active creators
     * @param exposureMax     the most exposure among active creators
     */
    static int fairness(double[] scores, int[] creatorOf, int count, int k, double lambda, long[] creatorExposure,
                        long exposureMin, long exposureMax, double[] scratch, int[] slate) {
        normalise(scores, count, scratch);
        double spread = exposureMax - exposureMin;
        for (int i = 0; i < count; i++) {
            double gap = spread > 0 ? (exposureMax - creatorExposure[creatorOf[i]]) / spread : 0;
            scratch[i] = (1 - lambda) * scratch[i] + lambda * gap;
        }
        return topK(scratch, count, k, slate);
    }

    /**
     * Genre diversity by maximal marginal relevance (Carbonell & Goldstein 1998): greedily add the candidate
     * with the highest (1 − λ)·r̂ − λ·max similarity to the items already in the slate, where two items are
     * similar (1) when they share a genre and not (0) otherwise.
     */
    static int diversity(double[] scores, int[] genreOf, int count, int k, double lambda, double[] scratch,
                         int[] slate) {
        normalise(scores, count, scratch);
        int n = Math.min(k, count);
        boolean[] taken = new boolean[count];
        for (int s = 0; s < n; s++) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < count; i++) {
                if (taken[i]) {
                    continue;
                }
                double similar = 0;
                for (int j = 0; j < s; j++) {
                    if (genreOf[slate[j]] == genreOf[i]) {
                        similar = 1;
                        break;
                    }
                }
                double value = (1 - lambda) * scratch[i] - lambda * similar;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            taken[best] = true;
            slate[s] = best;
        }
        return n;
    }
}
