package org.feedbackstudio.regret;

import org.feedbackstudio.core.EventSink;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published rates as log–log slopes of final regret against the horizon on the random-walk
 * adversary (defaults: ε = 3·K^(1/3)·T^(−1/3), σ = 1/log₂T), averaged over a few seeds: 2/3 for
 * batched EXP3 under bandit feedback, 1/2 for lazy Hedge under full information, and 2/3 again for
 * Hedge held in fixed blocks. The tolerances are generous because five horizons and a few seeds are
 * few; the slopes they separate are 1/2, 2/3 and (for EXP3) towards 1.
 */
class RegretOrderTest {
    private static final long[] HORIZONS = {10_000, 30_000, 100_000, 300_000, 1_000_000};

    /** Mean final regret of each learner, one row per horizon. */
    private static double[][] finalRegret(Feedback feedback, List<LearnerKind> lineup, int seeds) {
        double[][] regret = new double[HORIZONS.length][lineup.size()];
        for (int h = 0; h < HORIZONS.length; h++) {
            for (int seed = 0; seed < seeds; seed++) {
                GameSettings game = new GameSettings(10, HORIZONS[h], 1, feedback, 0, AdversaryKind.RANDOM_WALK, 3, 1,
                        1, lineup);
                SwitchingCostsSimulation sim = SwitchingCostsSimulation.start(game, 500 + seed, EventSink.NONE);
                while (!sim.isDone()) {
                    sim.step();
                }
                double[] out = new double[2 * lineup.size() + 1];
                sim.sample(out);
                for (int i = 0; i < lineup.size(); i++) {
                    regret[h][i] += out[i] / seeds;
                }
            }
        }
        return regret;
    }

    /** Least-squares slope of log(regret) against log(T). */
    private static double slope(double[][] regret, int learner) {
        int n = HORIZONS.length;
        double mx = 0;
        double my = 0;
        for (int h = 0; h < n; h++) {
            mx += Math.log(HORIZONS[h]) / n;
            my += Math.log(regret[h][learner]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int h = 0; h < n; h++) {
            double dx = Math.log(HORIZONS[h]) - mx;
            sxy += dx * (Math.log(regret[h][learner]) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }

    @Test
    void banditFeedbackCostsTTwoThirds() {
        double[][] regret = finalRegret(Feedback.BANDIT, List.of(LearnerKind.BATCHED_EXP3, LearnerKind.EXP3), 4);
        assertEquals(2.0 / 3, slope(regret, 0), 0.08, "batched EXP3");
        // EXP3 redraws every round: its switching cost grows faster, towards linear as it stays unsure
        assertTrue(slope(regret, 1) > 0.75, "EXP3 slope " + slope(regret, 1));
        assertTrue(regret[HORIZONS.length - 1][0] < regret[HORIZONS.length - 1][1] / 1.5, "batched EXP3 beats EXP3");
    }

    @Test
    void fullInformationCostsRootT() {
        // A lazy learner's regret comes mostly from the few stretches it spends on a wrong action, so it
        // varies a lot from seed to seed: average more seeds.
        double[][] regret = finalRegret(Feedback.FULL, List.of(LearnerKind.LAZY_HEDGE, LearnerKind.BLOCKED_HEDGE), 12);
        assertEquals(0.5, slope(regret, 0), 0.1, "lazy Hedge");
        // fixed blocks pay T^(2/3) even with every loss in view
        assertEquals(2.0 / 3, slope(regret, 1), 0.08, "blocked Hedge");
    }
}
