package org.feedbackstudio.app.gui.regret;

import org.feedbackstudio.regret.SwitchingCostsDetail;
import org.feedbackstudio.regret.SwitchingCostsDetail.LearnerState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words beside each learner, from hand-made snapshots. */
class LearnerTextTest {

    private static LearnerState state(long block, long blocks, long tau, long observations, long budget) {
        return new LearnerState("budgeted", 3, tau, block, blocks, 0.03, 12, 100.0, 40.0, List.of(0.5, 0.5),
                observations, budget, "B = 20000, τ = 45");
    }

    @Test
    void blockProgressCountsCompletedBlocks() {
        assertEquals("block 12 of 2,223 · τ = 45 rounds", LearnerCard.blockText(state(12, 2223, 45, 0, 0)));
        assertEquals(11.0 / 2223, LearnerCard.blockProgress(state(12, 2223, 45, 0, 0)), 1e-15);
        // after the last round the learner points past the last block
        assertEquals("all 2,223 blocks played · τ = 45 rounds", LearnerCard.blockText(state(2224, 2223, 45, 0, 0)));
        assertEquals(1.0, LearnerCard.blockProgress(state(2224, 2223, 45, 0, 0)), 0.0);
        assertEquals("block 1 of 100 · τ = 1 round", LearnerCard.blockText(state(1, 100, 1, 0, 0)));
    }

    @Test
    void budgetSpent() {
        assertEquals("12,034 of B_ex = 20,000 observations spent (60%)",
                LearnerCard.budgetText(state(5, 10, 45, 12_034, 20_000), "B_ex"));
    }

    @Test
    void headerNamesTheBestActionAndItsLead() {
        SwitchingCostsDetail d = new SwitchingCostsDetail(2_000, "i.i.d. Bernoulli", 2, List.of(900.0, 1_100.5, 850.0),
                List.of());
        assertEquals("Round 2,000 of 100,000 · best action in hindsight: 2, 50.0 less loss than the runner-up,"
                + " action 0 · adversary: i.i.d. Bernoulli", LearnersView.headerText(d, 100_000));
        SwitchingCostsDetail start = new SwitchingCostsDetail(0, "x", 0, List.of(0.0, 0.0), List.of());
        assertEquals("Round 0 of 10 · no round played yet, so every action is as good as any other · adversary: x",
                LearnersView.headerText(start, 10));
    }
}
