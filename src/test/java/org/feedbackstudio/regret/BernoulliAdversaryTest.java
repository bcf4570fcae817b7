package org.feedbackstudio.regret;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BernoulliAdversaryTest {

    @Test
    void stationaryLossesHaveTheirMeans() {
        int rounds = 40_000;
        int k = 5; // odd: the last action draws from a random number of its own
        BernoulliAdversary adversary = BernoulliAdversary.stationary(k, new SplittableRandom(12));
        double[] sums = new double[k];
        for (int t = 0; t < rounds; t++) {
            adversary.advance();
            for (int a = 0; a < k; a++) {
                double loss = adversary.loss(a);
                assertTrue(loss == 0.0 || loss == 1.0);
                sums[a] += loss;
            }
        }
        for (int a = 0; a < k; a++) {
            double mu = adversary.mean(a);
            assertEquals(sums[a], adversary.cumulativeLoss(a), 0.0);
            assertEquals(mu, sums[a] / rounds, 4.5 * Math.sqrt(mu * (1 - mu) / rounds) + 1e-9, "action " + a);
        }
        assertEquals(0, adversary.segment());
    }

    @Test
    void piecewiseRedrawsTheMeansAtEachSegmentStart() {
        // T = 103 in 10 segments: ⌈103/10⌉ = 11 rounds each, the last one 4 rounds
        BernoulliAdversary adversary = BernoulliAdversary.piecewise(3, 103, 10, new SplittableRandom(5));
        assertEquals(11, adversary.segmentLength());
        double previous = adversary.mean(0);
        for (int t = 1; t <= 103; t++) {
            adversary.advance();
            long segment = (t - 1) / 11;
            assertEquals(segment, adversary.segment(), "round " + t);
            if (t > 1 && (t - 1) % 11 == 0) {
                assertNotEquals(previous, adversary.mean(0), "fresh means at round " + t);
            } else {
                assertEquals(previous, adversary.mean(0), 0.0, "means held within a segment, round " + t);
            }
            previous = adversary.mean(0);
        }
        assertEquals(9, adversary.segment());
    }
}
