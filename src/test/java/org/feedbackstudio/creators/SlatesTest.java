package org.feedbackstudio.creators;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SlatesTest {

    private static int[] slate(int n, int[] s) {
        return Arrays.copyOf(s, n);
    }

    @Test
    void topKTakesTheHighestScoresBestFirstAndTiesToTheEarlier() {
        int[] s = new int[3];
        int n = Slates.topK(new double[] {0.2, 0.9, 0.5, 0.9, 0.1}, 5, 3, s);
        assertArrayEquals(new int[] {1, 3, 2}, slate(n, s));
        assertEquals(2, Slates.topK(new double[] {1, 2}, 2, 3, s), "fewer candidates than slots");
    }

    @Test
    void fairnessBlendsRelevanceWithTheCreatorsExposureGap() {
        // candidates 0..3 by creators 0, 0, 1, 2; relevance 1, 0.8, 0.2, 0 once rescaled (scores 10, 8, 2, 0)
        double[] scores = {10, 8, 2, 0};
        int[] creatorOf = {0, 0, 1, 2};
        long[] exposure = {100, 50, 0}; // creator 0 most exposed: gap 0; creator 1: 0.5; creator 2: 1
        double[] scratch = new double[4];
        int[] s = new int[2];
        // λ = 0: the base ranking
        Slates.fairness(scores, creatorOf, 4, 2, 0.0, exposure, 0, 100, scratch, s);
        assertArrayEquals(new int[] {0, 1}, s);
        // λ = 0.5: 0.5, 0.4, 0.1 + 0.25 = 0.35, 0 + 0.5 = 0.5 → candidates 0 and 3 tie at 0.5, the earlier first
        Slates.fairness(scores, creatorOf, 4, 2, 0.5, exposure, 0, 100, scratch, s);
        assertArrayEquals(new int[] {0, 3}, s);
        // λ = 0.8: 0.2, 0.16, 0.04 + 0.4 = 0.44, 0.8 → the least exposed creator first, then creator 1
        Slates.fairness(scores, creatorOf, 4, 2, 0.8, exposure, 0, 100, scratch, s);
        assertArrayEquals(new int[] {3, 2}, s);
        // equal exposures: no gap, the base ranking whatever λ
        Slates.fairness(scores, creatorOf, 4, 2, 0.9, new long[] {5, 5, 5}, 5, 5, scratch, s);
        assertArrayEquals(new int[] {0, 1}, s);
    }

    @Test
    void diversityAvoidsRepeatingAGenreByMarginalRelevance() {
        // relevance 1, 0.9, 0.5, 0 (scores 20, 18, 10, 0); genres A, A, B, A
        double[] scores = {20, 18, 10, 0};
        int[] genreOf = {0, 0, 1, 0};
        double[] scratch = new double[4];
        int[] s = new int[3];
        Slates.diversity(scores, genreOf, 4, 3, 0.0, scratch, s);
        assertArrayEquals(new int[] {0, 1, 2}, s, "λ = 0: by relevance");
        // λ = 0.5: first 0 (0.5); then 1: 0.45 − 0.5 < 2: 0.25 → 2; then 1: −0.05 > 3: −0.5 → 1
        Slates.diversity(scores, genreOf, 4, 3, 0.5, scratch, s);
        assertArrayEquals(new int[] {0, 2, 1}, s);
        // λ = 0.05: second pick 1: 0.855 − 0.05 = 0.805 > 2: 0.475 → relevance still wins
        Slates.diversity(scores, genreOf, 4, 3, 0.05, scratch, s);
        assertArrayEquals(new int[] {0, 1, 2}, s);
    }

    @Test
    void normalisingRescalesToTheUnitInterval() {
        double[] out = new double[3];
        Slates.normalise(new double[] {2, 4, 3}, 3, out);
        assertArrayEquals(new double[] {0, 1, 0.5}, out, 1e-12);
        Slates.normalise(new double[] {7, 7, 7}, 3, out);
        assertArrayEquals(new double[] {1, 1, 1}, out, 1e-12);
    }
}
