package org.feedbackstudio.donor;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrategyTest {

    @Test
    void sentencesReadInThePapersForm() {
        assertEquals("My strategy will be to give 60% of my resources to every recipient, whatever they did before.",
                RuleStrategy.unconditional(0.6).sentence());
        assertEquals("My strategy will be to give all of my resources to every recipient, whatever they did before.",
                RuleStrategy.unconditional(1.0).sentence());
        assertEquals("My strategy will be to give nothing to anyone, whatever they did before.",
                RuleStrategy.unconditional(0.0).sentence());
        assertEquals("My strategy will be to give 50% of my resources to recipients whose last donation was at least "
                        + "30% of their resources or whose record I cannot see, and to give nothing to the others.",
                new RuleStrategy(Norm.IMAGE_SCORING, 0.5, 0.3, 1, 0.0).sentence());
        assertEquals("My strategy will be to give 50% of my resources to recipients whose last donation was at least "
                        + "30% of their resources or whose record I cannot see, and to spend 10% of my resources "
                        + "punishing the others.",
                new RuleStrategy(Norm.IMAGE_SCORING, 0.5, 0.3, 1, 0.1).sentence());
        assertEquals("My strategy will be to give 70% of my resources to recipients in good standing or whose record "
                        + "I cannot see, and to give nothing to the others; a recipient is in good standing if their "
                        + "last donation was at least 40% of their resources, or if they gave less only to someone in "
                        + "bad standing (I follow the record up to 3 donations back).",
                new RuleStrategy(Norm.STANDING, 0.7, 0.4, 3, 0.0).sentence());
        assertEquals("My strategy will be to give nothing to anyone.",
                new RuleStrategy(Norm.STANDING, 0.001, 0.4, 3, 0.0).sentence());
        assertTrue(new RuleStrategy(Norm.STANDING, 0.5, 0.4, 1, 0.0).sentence()
                .contains("(I look only at their last donation)"));
        for (Norm n : Norm.values()) {
            assertTrue(new RuleStrategy(n, 0.37, 0.21, 2, 0.33).sentence().startsWith("My strategy will be "));
        }
    }

    @Test
    void strategiesRefuseValuesOutsideTheirDomain() {
        assertThrows(IllegalArgumentException.class, () -> new RuleStrategy(Norm.STANDING, 1.2, 0.3, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new RuleStrategy(Norm.STANDING, 0.5, -0.1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new RuleStrategy(Norm.STANDING, 0.5, 0.3, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RuleStrategy(Norm.STANDING, Double.NaN, 0.3, 1, 0));
        assertEquals(Double.NaN, new WrittenStrategy("My strategy will be kind.").generosity());
    }

    /**
     * Six seats, paper schedule: round 1 0→3 1→4 2→5, round 2 3→1 4→2 5→0, round 3 0→4 1→5 2→3; in round 4
     * seat 3 meets seat 0, whose record reads 0→4 (round 3), 4→2 (round 2), 2→5 (round 1).
     */
    private static RoundView roundFour(double zeroGave, double fourGave, double twoGave, boolean zeroPunished) {
        Pairings p = Schedule.PAPER.pair(6, 6);
        TraceBook book = new TraceBook(6, p.size());
        book.startGame();
        double[] shares = new double[6];
        shares[0] = zeroGave;
        shares[4] = fourGave;
        shares[2] = twoGave;
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < 3; i++) {
                int a = p.index(0, r, i);
                int d = p.donor(a);
                book.record(a, d, p.recipient(a), d == 0 && zeroPunished, shares[d], shares[d] * 10);
            }
        }
        RoundView view = new RoundView(p, book, 3, 2.0, 2.0, true);
        Member[] seats = new Member[6];
        for (int s = 0; s < 6; s++) {
            seats[s] = Member.of(1, s + 1, RuleStrategy.unconditional(0.5), null);
        }
        view.begin(seats, new double[]{10, 10, 10, 10, 10, 10}, 1, 0, 3);
        view.set(0, 3, 0, true);
        assertEquals(3, view.traceLength(0));
        return view;
    }

    private static boolean judge(Norm norm, int depth, RoundView view) {
        return RuleAgents.judgesGood(view, 0, new RuleStrategy(norm, 0.5, 0.3, depth, 0.0));
    }

    @Test
    void imageScoringJudgesTheLastDonationOnly() {
        assertTrue(judge(Norm.IMAGE_SCORING, 3, roundFour(0.3, 0.0, 0.0, false)), "30% meets a 30% threshold");
        assertFalse(judge(Norm.IMAGE_SCORING, 3, roundFour(0.29, 1.0, 1.0, false)));
        assertFalse(judge(Norm.IMAGE_SCORING, 3, roundFour(0.9, 1.0, 1.0, true)), "a punishment is not cooperative");
    }

    @Test
    void standingForgivesRefusingSomeoneInBadStanding() {
        // 0 refused 4; 4 had refused 2; 2 had given to 5 (presumed good): 2 good, 4 bad, so 0 is good.
        RoundView view = roundFour(0.0, 0.0, 0.5, false);
        assertTrue(judge(Norm.STANDING, 3, view));
        assertFalse(judge(Norm.STANDING, 1, view), "reading one entry, standing is image scoring");
        assertFalse(judge(Norm.IMAGE_SCORING, 3, view));
        // Reading two entries, 4's target 2 is presumed good, so 4 is bad and 0's refusal is justified.
        assertTrue(judge(Norm.STANDING, 2, view));
        // 0 refused 4, who had refused 2, who had refused 5 (presumed good): 2 bad, 4 good, 0 bad.
        RoundView chain = roundFour(0.0, 0.0, 0.0, false);
        assertFalse(judge(Norm.STANDING, 3, chain));
        assertTrue(judge(Norm.STANDING, 2, chain), "two entries deep, 4 looks bad");
        // Punishing someone in bad standing keeps a good standing.
        assertTrue(judge(Norm.STANDING, 3, roundFour(0.4, 0.0, 0.5, true)));
        // Generous giving is good whatever came before.
        assertTrue(judge(Norm.STANDING, 3, roundFour(0.5, 0.0, 0.0, false)));
    }

    @Test
    void builtInAgentsActOnTheirJudgement() {
        RoundView view = roundFour(0.0, 0.0, 0.5, false); // good under standing(3), bad under image scoring
        Member[] seats = {
                member(new RuleStrategy(Norm.STANDING, 0.7, 0.3, 3, 0.2)),
                member(RuleStrategy.unconditional(0.5)), member(RuleStrategy.unconditional(0.5)),
                member(new RuleStrategy(Norm.IMAGE_SCORING, 0.6, 0.3, 1, 0.25)),
                member(RuleStrategy.unconditional(0.5)), member(RuleStrategy.unconditional(0.5))};
        view.begin(seats, new double[]{10, 10, 10, 10, 10, 10}, 1, 0, 3);
        RuleAgents agents = new RuleAgents();
        agents.startGeneration(1, java.util.List.of(seats));
        view.set(0, 3, 0, true); // seat 3, an image scorer, judges seat 0 bad
        view.set(1, 0, 4, true); // seat 0 follows standing; seat 4's record: 4→2 refused, 2→5 gave: bad
        view.set(2, 1, 5, false); // seat 1 is unconditional and sees nothing
        Decisions d = new Decisions(3);
        d.reset(3, true);
        agents.decide(view, d);
        assertEquals(Decisions.PUNISH, d.action(0));
        assertEquals(0.25, d.share(0));
        assertEquals(Decisions.PUNISH, d.action(1));
        assertEquals(0.2, d.share(1));
        assertEquals(Decisions.DONATE, d.action(2));
        assertEquals(0.5, d.share(2));
        d.reset(3, false);
        assertThrows(IllegalStateException.class, () -> d.punish(0, 0.1), "no punishment in this game");
        assertThrows(IllegalArgumentException.class, () -> d.donate(0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> d.donate(0, Double.NaN));
        assertThrows(IndexOutOfBoundsException.class, () -> d.donate(3, 0.5));
    }

    private static Member member(Strategy s) {
        return Member.of(1, 1, s, null);
    }
}
