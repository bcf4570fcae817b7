package org.feedbackstudio.regret;

import org.feedbackstudio.core.EventSink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockLearnersTest {

    @Test
    void batchedExp3TuningMatchesTheFormulas() {
        // τ = round((λ²T/(K ln K))^(1/3)) = round(16.315) = 16; N = ⌈10⁵/16⌉ = 6250; η = √(ln 10/(6250·10))
        LossOracle oracle = new LossOracle(new LossTableAdversary(new double[10][10]));
        BatchedExp3 learner = BatchedExp3.tuned(LearnerKind.BATCHED_EXP3, 100_000, 1.0, oracle,
                new SplittableRandom(1), "");
        assertEquals(16, learner.blockLength());
        assertEquals(6250, learner.blocks());
        assertEquals(0.0060697085, learner.learningRate(), 1e-10);
        // λ enters as λ^(2/3): λ = 8 quadruples τ; λ = 0 leaves blocks of one round
        assertEquals(65, BatchedExp3.blockLength(10, 100_000, 8.0));
        assertEquals(1, BatchedExp3.blockLength(10, 100_000, 0.0));
        // blocked Hedge: τ = round((λ²T/ln K)^(1/3)) = round(35.15) = 35
        assertEquals(35, BlockedHedge.blockLength(10, 100_000, 1.0));
    }

    @Test
    void batchedExp3ImportanceWeightsTheBlockAverageOfThePlayedAction() {
        double[] row = {0.5, 0.25, 1.0, 0.75};
        LossTableAdversary adversary = new LossTableAdversary(new double[][]{row});
        BatchedExp3 learner = new BatchedExp3(LearnerKind.BATCHED_EXP3, 40, 4, new LossOracle(adversary),
                new SplittableRandom(8), "");
        int first = -1;
        for (int s = 0; s < 4; s++) {
            int action = learner.choose();
            if (s == 0) {
                first = action;
            }
            assertEquals(first, action, "an action is held for the whole block");
            adversary.advance();
            learner.learn(action, adversary.loss(action));
        }
        double[] expected = new double[4];
        expected[first] = row[first] / 0.25; // block average over p = 1/K
        assertArrayEquals(expected, learner.estimates(), 1e-12);
    }

    @Test
    void blockedHedgeAddsEveryActionsBlockAverage() {
        double[][] table = {{0.0, 1.0, 0.5}, {1.0, 1.0, 0.25}, {0.5, 0.0, 0.0}};
        LossTableAdversary adversary = new LossTableAdversary(table);
        BlockedHedge learner = new BlockedHedge(9, 3, new LossOracle(adversary), new SplittableRandom(2));
        for (int s = 0; s < 3; s++) {
            int action = learner.choose();
            adversary.advance();
            learner.learn(action, adversary.loss(action));
        }
        assertArrayEquals(new double[]{0.5, 2.0 / 3, 0.25}, learner.estimates(), 1e-12);
        assertEquals(2, learner.currentBlock());
    }

    /** Over a whole run the action changes only at block starts, so at most N − 1 times. */
    @Test
    void blockLearnersSwitchOnlyAtBlockStarts() {
        for (Feedback feedback : List.of(Feedback.BANDIT, Feedback.FULL, Feedback.BUDGET)) {
            LearnerKind kind = switch (feedback) {
                case BANDIT -> LearnerKind.BATCHED_EXP3;
                case FULL -> LearnerKind.BLOCKED_HEDGE;
                default -> LearnerKind.BUDGETED;
            };
            for (AdversaryKind adversary : AdversaryKind.values()) {
                GameSettings game = new GameSettings(6, 30_001, 1, feedback, 20_000, adversary, 3, 1, 7,
                        List.of(kind));
                SwitchingCostsSimulation sim = SwitchingCostsSimulation.start(game, 99, EventSink.NONE);
                Learner learner = sim.learner(0);
                long tau = learner.blockLength();
                int previous = -1;
                while (!sim.isDone()) {
                    sim.step();
                    int action = sim.score(0).current();
                    long t = sim.tick();
                    if (previous >= 0 && action != previous) {
                        assertEquals(0, (t - 1) % tau, kind.id() + " switched inside a block at round " + t);
                    }
                    previous = action;
                }
                long switches = sim.score(0).switches();
                assertTrue(switches <= learner.blocks() - 1,
                        kind.id() + " on " + adversary.id() + ": " + switches + " switches, N = " + learner.blocks());
                assertTrue(switches > 0, kind.id() + " on " + adversary.id() + " never switched");
            }
        }
    }
}
