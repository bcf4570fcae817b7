package org.feedbackstudio.regret;

import org.feedbackstudio.core.EventSink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regret and switches against numbers worked out by hand or recomputed from the raw loss table. */
class RegretBookkeepingTest {
    /** Six rounds, three actions; action 1 is best overall (cumulative 2.0 against 3.0 and 3.0). */
    private static final double[][] TABLE = {
            {0.5, 0.25, 1.0},
            {0.0, 0.5, 0.75},
            {1.0, 0.0, 0.5},
            {0.25, 0.25, 0.0},
            {0.5, 1.0, 0.25},
            {0.75, 0.0, 0.5},
    };

    @Test
    void fixedActionSequenceOnHandWrittenTable() {
        int[] played = {0, 0, 1, 1, 2, 1};
        double lambda = 0.5;
        // By hand: best-so-far cumulative loss after each round is 0.25, 0.5, 0.75, 1.0, 2.0, 2.0; the
        // learner's loss 0.5, 0.5, 0.5, 0.75, 1.0, 1.0; switches 0, 0, 1, 1, 2, 3.
        double[] expectedRegret = {0.25, 0.0, 0.25, 0.25, 0.0, 0.5};
        long[] expectedSwitches = {0, 0, 1, 1, 2, 3};
        LossTableAdversary adversary = new LossTableAdversary(TABLE);
        Scoreboard score = new Scoreboard();
        for (int t = 0; t < played.length; t++) {
            score.play(played[t]);
            adversary.advance();
            score.incur(adversary.loss(played[t]));
            assertEquals(expectedSwitches[t], score.switches(), "switches after round " + (t + 1));
            assertEquals(expectedRegret[t], score.regret(lambda, adversary.bestCumulativeLoss()), 1e-12,
                    "regret after round " + (t + 1));
        }
        assertEquals(1, adversary.bestAction());
        assertEquals(2.0, adversary.bestCumulativeLoss(), 0.0);
        assertEquals(1.0, score.loss(), 0.0);
    }

    @Test
    void theFirstActionIsNotASwitchAndRepeatsAreFree() {
        Scoreboard score = new Scoreboard();
        assertFalse(score.play(4));
        assertFalse(score.play(4));
        assertTrue(score.play(2));
        assertFalse(score.play(2));
        assertTrue(score.play(4));
        assertEquals(2, score.switches());
        assertEquals(4, score.current());
    }

    /**
     * The simulation's reported regret and switches, for real learners side by side, against a
     * recomputation from the raw table and the sequence of actions each learner played.
     */
    @Test
    void simulationMetricsMatchARecomputationFromTheTable() {
        int k = 4;
        int rounds = 60;
        SplittableRandom tableRandom = new SplittableRandom(11);
        double[][] table = new double[rounds][k];
        for (double[] row : table) {
            for (int a = 0; a < k; a++) {
                row[a] = tableRandom.nextInt(5) / 4.0; // quarters: sums are exact in binary
            }
        }
        double lambda = 1.5;
        GameSettings game = new GameSettings(k, rounds, lambda, Feedback.FULL, 0, AdversaryKind.BERNOULLI, 1, 1, 1,
                List.of(LearnerKind.EXP3, LearnerKind.BATCHED_EXP3, LearnerKind.HEDGE, LearnerKind.LAZY_HEDGE,
                        LearnerKind.BLOCKED_HEDGE));
        LossTableAdversary adversary = new LossTableAdversary(table);
        SplittableRandom root = new SplittableRandom(5);
        List<Learner> lineup = new ArrayList<>();
        for (LearnerKind kind : game.lineup()) {
            lineup.add(game.newLearner(kind, new LossOracle(adversary), root.split()));
        }
        SwitchingCostsSimulation sim = new SwitchingCostsSimulation(game, adversary, lineup, EventSink.NONE);
        int n = lineup.size();
        List<List<Integer>> actions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            actions.add(new ArrayList<>());
        }
        double[] out = new double[2 * n + 1];
        while (!sim.isDone()) {
            sim.step();
            for (int i = 0; i < n; i++) {
                actions.get(i).add(sim.score(i).current());
            }
            sim.sample(out);
            int t = (int) sim.tick();
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < k; a++) {
                double sum = 0;
                for (int s = 0; s < t; s++) {
                    sum += table[s][a];
                }
                best = Math.min(best, sum);
            }
            for (int i = 0; i < n; i++) {
                List<Integer> seq = actions.get(i);
                double loss = 0;
                long switches = 0;
                for (int s = 0; s < t; s++) {
                    loss += table[s][seq.get(s)];
                    if (s > 0 && !seq.get(s).equals(seq.get(s - 1))) {
                        switches++;
                    }
                }
                assertEquals(loss + lambda * switches - best, out[i], 1e-9, "regret of learner " + i + " at " + t);
                assertEquals(switches, out[n + i], 0.0, "switches of learner " + i + " at " + t);
            }
        }
        assertEquals(rounds, sim.tick());
    }
}
