package org.feedbackstudio.regret;

import org.feedbackstudio.core.EventSink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterminismTest {

    private static List<double[]> frames(GameSettings game, long seed, int every) {
        SwitchingCostsSimulation sim = SwitchingCostsSimulation.start(game, seed, EventSink.NONE);
        List<double[]> frames = new ArrayList<>();
        while (!sim.isDone()) {
            sim.step();
            if (sim.tick() % every == 0) {
                double[] out = new double[sim.metrics().size()];
                sim.sample(out);
                frames.add(out);
            }
        }
        return frames;
    }

    private static GameSettings game(AdversaryKind adversary, List<LearnerKind> lineup) {
        return new GameSettings(6, 20_000, 1, Feedback.FULL, 0, adversary, 3, 1, 5, lineup);
    }

    @Test
    void sameSeedSameNumbersForEveryAdversaryAndLearner() {
        List<LearnerKind> all = List.of(LearnerKind.EXP3, LearnerKind.BATCHED_EXP3, LearnerKind.HEDGE,
                LearnerKind.LAZY_HEDGE, LearnerKind.BLOCKED_HEDGE);
        for (AdversaryKind adversary : AdversaryKind.values()) {
            List<double[]> a = frames(game(adversary, all), 42, 1000);
            List<double[]> b = frames(game(adversary, all), 42, 1000);
            List<double[]> c = frames(game(adversary, all), 43, 1000);
            assertEquals(a.size(), b.size());
            boolean differs = false;
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.get(i), b.get(i), 0.0, adversary.id() + " frame " + i);
                differs |= !java.util.Arrays.equals(a.get(i), c.get(i));
            }
            assertTrue(differs, adversary.id() + ": seeds 42 and 43 agree");
        }
    }

    /** Streams are split adversary first, then learners in order: a learner added last changes nobody. */
    @Test
    void addingALearnerAtTheEndLeavesTheOthersUnchanged() {
        List<double[]> alone = frames(game(AdversaryKind.RANDOM_WALK, List.of(LearnerKind.BATCHED_EXP3)), 7, 500);
        List<double[]> crowd = frames(game(AdversaryKind.RANDOM_WALK,
                List.of(LearnerKind.BATCHED_EXP3, LearnerKind.EXP3, LearnerKind.HEDGE)), 7, 500);
        for (int i = 0; i < alone.size(); i++) {
            double[] a = alone.get(i);
            double[] c = crowd.get(i);
            assertEquals(a[0], c[0], 0.0, "regret.batched-exp3");
            assertEquals(a[1], c[3], 0.0, "switches.batched-exp3");
            assertEquals(a[2], c[6], 0.0, "rate.theory");
        }
    }
}
