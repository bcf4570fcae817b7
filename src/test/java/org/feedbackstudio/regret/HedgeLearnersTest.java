package org.feedbackstudio.regret;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hedge and its lazy variant against exact quantities computed from a fixed loss table: both must
 * draw X_t with probability p_t(k) ∝ exp(−η·L_{t−1}(k)); plain Hedge switches with probability
 * 1 − Σ_k p_{t−1}(k)·p_t(k), the lazy one at most 1 − W_t/W_{t−1} (Geulen et al.'s bound).
 */
class HedgeLearnersTest {
    private static final int K = 3;
    private static final int T = 30;
    private static final int COPIES = 20_000;

    private static double[][] table() {
        SplittableRandom random = new SplittableRandom(4);
        double[][] table = new double[T][K];
        for (double[] row : table) {
            for (int a = 0; a < K; a++) {
                row[a] = random.nextInt(5) / 4.0;
            }
        }
        return table;
    }

    /** p_t for t = 1..T (index t − 1) and the total weights W_t, straight from the definition. */
    private static double[][] hedgeDistributions(double[][] table, double eta, double[] totals) {
        double[][] p = new double[T][K];
        double[] cumulative = new double[K];
        for (int t = 0; t < T; t++) {
            double sum = 0;
            for (int a = 0; a < K; a++) {
                p[t][a] = Math.exp(-eta * cumulative[a]);
                sum += p[t][a];
            }
            totals[t] = sum;
            for (int a = 0; a < K; a++) {
                p[t][a] /= sum;
            }
            for (int a = 0; a < K; a++) {
                cumulative[a] += table[t][a];
            }
        }
        return p;
    }

    private record Tally(long[][] counts, double meanSwitches, double switchesSd) {
    }

    private static Tally play(boolean lazy, double[][] table) {
        long[][] counts = new long[T][K];
        SplittableRandom seeds = new SplittableRandom(lazy ? 17 : 18);
        double sum = 0;
        double sumSquares = 0;
        for (int r = 0; r < COPIES; r++) {
            LossTableAdversary adversary = new LossTableAdversary(table);
            LossOracle oracle = new LossOracle(adversary);
            Learner learner = lazy ? new LazyHedge(T, 0, oracle, seeds.split()) : new Hedge(T, 0, oracle, seeds.split());
            Scoreboard score = new Scoreboard();
            for (int t = 0; t < T; t++) {
                int action = learner.choose();
                counts[t][action]++;
                score.play(action);
                adversary.advance();
                learner.learn(action, adversary.loss(action));
            }
            sum += score.switches();
            sumSquares += (double) score.switches() * score.switches();
        }
        double mean = sum / COPIES;
        return new Tally(counts, mean, Math.sqrt(sumSquares / COPIES - mean * mean));
    }

    @Test
    void learningRateIsTunedForTheSwitchingCost() {
        // η = √(8 ln K/((1 + 8λ)T)): the textbook √(8 ln K/T) at λ = 0
        assertEquals(Math.sqrt(8 * Math.log(3) / 30), Hedge.learningRate(3, 30, 0), 1e-15);
        assertEquals(0.0045241, Hedge.learningRate(10, 100_000, 1), 1e-7); // √(8·ln 10/(9·10⁵))
    }

    @Test
    void bothDrawFromTheHedgeDistributionAndLazinessCutsSwitches() {
        double[][] table = table();
        double eta = Hedge.learningRate(K, T, 0);
        double[] totals = new double[T];
        double[][] p = hedgeDistributions(table, eta, totals);

        Tally plain = play(false, table);
        Tally lazy = play(true, table);
        for (Tally tally : new Tally[]{plain, lazy}) {
            for (int t = 0; t < T; t++) {
                for (int a = 0; a < K; a++) {
                    double frequency = tally.counts()[t][a] / (double) COPIES;
                    double se = Math.sqrt(p[t][a] * (1 - p[t][a]) / COPIES);
                    assertEquals(p[t][a], frequency, 4.5 * se + 1e-12,
                            (tally == plain ? "hedge" : "lazy-hedge") + " round " + (t + 1) + " action " + a);
                }
            }
        }

        double plainExpected = 0;
        double lazyBound = 0;
        for (int t = 1; t < T; t++) {
            double stay = 0;
            for (int a = 0; a < K; a++) {
                stay += p[t - 1][a] * p[t][a];
            }
            plainExpected += 1 - stay;
            // W_{t+1}/W_t with unnormalised weights anchored at L = 0
            lazyBound += 1 - totals[t] / totals[t - 1];
        }
        assertEquals(plainExpected, plain.meanSwitches(), 4.5 * plain.switchesSd() / Math.sqrt(COPIES));
        assertTrue(lazy.meanSwitches() <= lazyBound + 4.5 * lazy.switchesSd() / Math.sqrt(COPIES),
                "lazy switches " + lazy.meanSwitches() + " above the bound " + lazyBound);
        assertTrue(lazy.meanSwitches() < plain.meanSwitches() / 3,
                "lazy " + lazy.meanSwitches() + " vs plain " + plain.meanSwitches());
    }
}
