package org.feedbackstudio.regret;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The O(1)-per-round walk against its definition computed directly, W_t = W_{t − 2^δ(t)} + ξ_t. */
class RandomWalkAdversaryTest {

    /** ρ(t) = t − 2^δ(t), δ(t) the largest i with 2^i dividing t, written out without bit tricks. */
    private static long parent(long t) {
        long power = 1;
        while (t % (power * 2) == 0) {
            power *= 2;
        }
        return t - power;
    }

    @Test
    void parentFollowsTheDefinition() {
        assertEquals(0, parent(1));
        assertEquals(0, parent(8));
        assertEquals(8, parent(12));
        assertEquals(6, parent(7));
        assertEquals(4, parent(6));
        assertEquals(96, parent(100));
    }

    @Test
    void walkMatchesADirectComputation() {
        int k = 5;
        int rounds = 5000;
        double gap = 0.05;
        double noise = 0.3; // large enough that clipping happens
        RandomWalkAdversary adversary = new RandomWalkAdversary(k, gap, noise, new SplittableRandom(77));
        // The same stream, read in the documented order: first χ, then one Gaussian step per round.
        SplittableRandom twin = new SplittableRandom(77);
        int chi = twin.nextInt(k);
        double[] w = new double[rounds + 1];
        double[] cumulative = new double[k];
        boolean clipped = false;
        for (int t = 1; t <= rounds; t++) {
            w[t] = w[(int) parent(t)] + noise * twin.nextGaussian();
            adversary.advance();
            assertEquals(w[t], adversary.walk(), 0.0, "W at round " + t);
            for (int a = 0; a < k; a++) {
                double raw = w[t] + 0.5 - (a == chi ? gap : 0);
                double expected = Math.max(0, Math.min(1, raw));
                clipped |= raw != expected;
                assertEquals(expected, adversary.loss(a), 0.0, "loss of " + a + " at round " + t);
                cumulative[a] += expected;
            }
        }
        assertTrue(clipped, "the test should exercise clipping");
        assertEquals(chi, adversary.bestAction());
        for (int a = 0; a < k; a++) {
            assertEquals(cumulative[a], adversary.cumulativeLoss(a), 1e-9);
        }
        double min = Double.POSITIVE_INFINITY;
        for (double c : cumulative) {
            min = Math.min(min, c);
        }
        assertEquals(min, adversary.bestCumulativeLoss(), 1e-9);
    }

    @Test
    void stepsAreGaussianWithTheRequestedSpread() {
        // W_t − W_ρ(t) = σ·ξ_t: over many rounds the increments have mean 0 and standard deviation σ.
        double noise = 0.02;
        int rounds = 200_000;
        RandomWalkAdversary adversary = new RandomWalkAdversary(3, 0.01, noise, new SplittableRandom(3));
        double[] w = new double[rounds + 1];
        double sum = 0;
        double sumSquares = 0;
        for (int t = 1; t <= rounds; t++) {
            adversary.advance();
            w[t] = adversary.walk();
            double step = w[t] - w[(int) parent(t)];
            sum += step;
            sumSquares += step * step;
        }
        double mean = sum / rounds;
        double sd = Math.sqrt(sumSquares / rounds - mean * mean);
        assertEquals(0, mean, 5 * noise / Math.sqrt(rounds));
        // the sample standard deviation has standard error about σ/√(2n)
        assertEquals(noise, sd, 5 * noise / Math.sqrt(2.0 * rounds));
    }

    @Test
    void bestActionAlwaysLosesLeastSoRegretAboveSwitchingCostIsTheGapTimesRoundsAway() {
        // Unclipped, every round off χ costs exactly ε more than χ.
        RandomWalkAdversary adversary = new RandomWalkAdversary(4, 0.125, 0.001, new SplittableRandom(9));
        int chi = adversary.bestAction();
        Scoreboard score = new Scoreboard();
        int away = 0;
        for (int t = 1; t <= 1000; t++) {
            int action = t % 3 == 0 ? chi : (chi + 1) % 4;
            score.play(action);
            adversary.advance();
            score.incur(adversary.loss(action));
            if (action != chi) {
                away++;
            }
        }
        assertEquals(0.125 * away, score.regret(0, adversary.bestCumulativeLoss()), 1e-9);
    }
}
