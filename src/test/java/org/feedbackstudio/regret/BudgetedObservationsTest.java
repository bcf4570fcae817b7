package org.feedbackstudio.regret;

import org.feedbackstudio.core.EventSink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetedObservationsTest {

    @Test
    void blockLengthAndObservationsPerBlockFollowTheSpec() {
        // τ = max(⌈T/B⌉, ⌈√(B/K)⌉), m = ⌊B·τ/T⌋
        assertEquals(5, BudgetedObservations.blockLength(4, 100, 100)); // max(1, 5)
        assertEquals(100, BudgetedObservations.blockLength(10, 100_000, 1000)); // max(100, 10)
        assertEquals(71, BudgetedObservations.blockLength(10, 100_000, 50_000)); // max(2, ⌈70.7⌉)
        assertEquals(35, BudgetedObservations.observationsPerBlock(100_000, 50_000, 71));
        assertEquals(1, BudgetedObservations.observationsPerBlock(100_000, 1000, 100));
    }

    /** Counts every look-up through the oracle; the total never exceeds B and equals Σ_n ⌊B·ℓ_n/T⌋. */
    @Test
    void neverSpendsMoreThanItsBudget() {
        long[][] cases = {
                // K, T, B
                {10, 100_000, 50_000},
                {10, 99_991, 7},      // T prime, tiny budget: one huge block
                {3, 1_000, 3_000},    // B = K·T: everything
                {7, 12_345, 4_321},   // nothing divides anything
                {2, 50, 1},
        };
        for (long[] c : cases) {
            int k = (int) c[0];
            long horizon = c[1];
            long budget = c[2];
            GameSettings game = new GameSettings(k, horizon, 1, Feedback.BUDGET, budget, AdversaryKind.BERNOULLI, 1, 1,
                    1, List.of(LearnerKind.BUDGETED));
            SwitchingCostsSimulation sim = SwitchingCostsSimulation.start(game, 2024, EventSink.NONE);
            while (!sim.isDone()) {
                sim.step();
            }
            long spent = sim.learner(0).oracle().observations();
            long tau = BudgetedObservations.blockLength(k, horizon, budget);
            long expected = 0;
            for (long start = 0; start < horizon; start += tau) {
                long length = Math.min(tau, horizon - start);
                expected += budget * length / horizon;
            }
            String label = "K=" + k + ", T=" + horizon + ", B=" + budget;
            assertEquals(expected, spent, label);
            assertTrue(spent <= budget, label + " spent " + spent);
            long blocks = (horizon + tau - 1) / tau;
            assertTrue(spent > budget - blocks, label + " left too much unspent: " + spent);
        }
    }

    /**
     * E[(K/m)·Σ observed losses of action k] equals action k's block-average loss. Many independent
     * copies each estimate the same block; the mean estimate must land within a few standard errors,
     * the variance worked out exactly for m draws with replacement from the τ·K pairs.
     */
    @Test
    void blockEstimateIsUnbiased() {
        int k = 4;
        long horizon = 100;
        long budget = 100; // τ = 5, m = 5
        int tau = (int) BudgetedObservations.blockLength(k, horizon, budget);
        long m = BudgetedObservations.observationsPerBlock(horizon, budget, tau);
        assertEquals(5, tau);
        assertEquals(5, m);
        double[][] table = new double[tau][k];
        for (int s = 0; s < tau; s++) {
            for (int a = 0; a < k; a++) {
                table[s][a] = ((s * k + a) * 7 % 20) / 19.0; // distinct values, so a skewed draw would show
            }
        }
        double[] truth = new double[k];
        double[] variance = new double[k];
        for (int a = 0; a < k; a++) {
            double mean = 0;
            double meanSquare = 0;
            for (int s = 0; s < tau; s++) {
                truth[a] += table[s][a] / tau;
                mean += table[s][a] / (tau * k);
                meanSquare += table[s][a] * table[s][a] / (tau * k);
            }
            // ĝ = (K/m)·Σ_i Z_i with Z_i i.i.d., E Z = mean, E Z² = meanSquare
            variance[a] = (double) k * k / (m * m) * m * (meanSquare - mean * mean);
        }
        int copies = 40_000;
        double[] sum = new double[k];
        SplittableRandom seeds = new SplittableRandom(31);
        for (int r = 0; r < copies; r++) {
            LossTableAdversary adversary = new LossTableAdversary(table);
            BudgetedObservations learner = new BudgetedObservations(horizon, budget, new LossOracle(adversary),
                    seeds.split(), "");
            for (int s = 0; s < tau; s++) {
                int action = learner.choose();
                adversary.advance();
                learner.learn(action, adversary.loss(action));
            }
            assertEquals(m, learner.oracle().observations());
            double[] estimate = learner.lastBlockEstimate();
            double[] accumulated = learner.estimates();
            for (int a = 0; a < k; a++) {
                assertEquals(estimate[a], accumulated[a], 1e-12);
                sum[a] += estimate[a];
            }
        }
        for (int a = 0; a < k; a++) {
            double standardError = Math.sqrt(variance[a] / copies);
            assertEquals(truth[a], sum[a] / copies, 4.5 * standardError, "action " + a);
        }
    }
}
