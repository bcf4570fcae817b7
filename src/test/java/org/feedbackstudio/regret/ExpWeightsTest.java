package org.feedbackstudio.regret;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpWeightsTest {

    @Test
    void rememberedWeightsGiveTheSameDistributionBitForBit() {
        SplittableRandom random = new SplittableRandom(4);
        int k = 10;
        double eta = 0.05;
        double[] cumulative = new double[k];
        double[] exponents = new double[k];
        Arrays.fill(exponents, Double.NaN);
        double[] weights = new double[k];
        double[] plain = new double[k];
        double[] remembered = new double[k];
        int reused = 0;
        for (int block = 0; block < 20_000; block++) {
            // as under bandit feedback: one action's summed loss grows per block, sometimes the minimum's
            cumulative[random.nextInt(k)] += random.nextDouble() * 30.0;
            double[] before = exponents.clone();
            ExpWeights.probabilities(cumulative, eta, plain);
            ExpWeights.probabilities(cumulative, eta, remembered, exponents, weights);
            assertArrayEquals(plain, remembered, 0.0, "block " + block);
            for (int a = 0; a < k; a++) {
                reused += before[a] == exponents[a] ? 1 : 0;
                assertEquals(Math.exp(exponents[a]), weights[a], 0.0);
            }
        }
        assertTrue(reused > 20_000 * k / 2, "most weights were reused: " + reused);
    }
}
