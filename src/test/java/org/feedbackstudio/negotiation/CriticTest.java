package org.feedbackstudio.negotiation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in critic and the built-in player's reading of feedback, against hand-computed changes. */
class CriticTest {
    private final GameRules rules = GameRules.paper();

    /** A history as the critic sees it. */
    record History(Side side, GameRules rules, List<GameResult> results, Tactic tactic) implements ImproverHistory {
        @Override
        public int games() {
            return results.size();
        }

        @Override
        public GameResult game(int g) {
            return results.get(g);
        }

        @Override
        public Feedback feedbackBefore(int g) {
            return null;
        }
    }

    private static GameResult deal(int cents, int turn, Side closer) {
        return new GameResult(GameResult.Outcome.DEAL, cents, turn, closer);
    }

    private static void assertTactic(int opening, int reservation, double exponent, Tactic actual) {
        assertEquals(opening, actual.openingCents(), "opening of " + actual);
        assertEquals(reservation, actual.reservationCents(), "walk-away price of " + actual);
        assertEquals(exponent, actual.exponent(), 1e-12, "exponent of " + actual);
    }

    private static TacticChange change(Feedback fb, int i) {
        return assertInstanceOf(TacticChange.class, fb.suggestions().get(i));
    }

    @Test
    void sellerAfterAnEarlyDeal() {
        Tactic before = new Tactic(1800, 1300, 0.7, 0);
        Feedback fb = new BuiltInCritic(0.5, false).review(new History(Side.SELLER, rules,
                List.of(deal(1550, 4, Side.BUYER)), before));
        assertEquals(3, fb.suggestions().size());
        // opening: 1800 + 0.5 × (1999 − 1800) = 1899.5 → 1900
        assertEquals(Knob.OPENING, change(fb, 0).knob());
        assertEquals(1900, change(fb, 0).after());
        // exponent: 0.7 × (1 − 0.5 × (1 − 4/10)) = 0.49
        assertEquals(Knob.EXPONENT, change(fb, 1).knob());
        assertEquals(0.49, change(fb, 1).after(), 1e-12);
        // walk-away: 1300 + 0.5 × (1550 − 1300) = 1425
        assertEquals(Knob.RESERVATION, change(fb, 2).knob());
        assertEquals(1425, change(fb, 2).after());
        assertTactic(1900, 1425, 0.49, fb.applyTo(before));
        assertEquals("Your goal is to sell the balloon at a higher price than the previous round, i.e., higher than"
                + " $15.50.", fb.carryOver());
        assertTrue(change(fb, 0).sentence().contains("accepted your offer"), change(fb, 0).sentence());
        assertTrue(change(fb, 1).sentence().contains("after 4 of 10 exchanges"), change(fb, 1).sentence());
    }

    @Test
    void lateDealsInTheWholeHistoryMakeTheCriticCautious() {
        Tactic before = new Tactic(1900, 1425, 0.49, 0);
        Feedback fb = new BuiltInCritic(0.5, false).review(new History(Side.SELLER, rules,
                List.of(deal(1550, 9, Side.SELLER), deal(1600, 10, Side.BUYER)), before));
        // two late deals: κ = 0.5 / 3
        assertEquals(1917, change(fb, 0).after(), "1900 + 99/6 = 1916.5 → 1917");
        assertFalse(change(fb, 1).changes(), "a deal in the last exchange leaves no time unused");
        assertTrue(change(fb, 1).sentence().startsWith("Keep your pace"), change(fb, 1).sentence());
        assertEquals(1454, change(fb, 2).after(), "1425 + 175/6 = 1454.2 → 1454");
        assertTrue(change(fb, 2).sentence().contains("in 2 of your 2 games"), change(fb, 2).sentence());
    }

    @Test
    void buyerMirrorsTheSeller() {
        Tactic before = new Tactic(1200, 1700, 1.0, 0);
        Feedback fb = new BuiltInCritic(0.5, false).review(new History(Side.BUYER, rules,
                List.of(deal(1450, 5, Side.SELLER)), before));
        assertEquals(1101, change(fb, 0).after(), "1200 + 0.5 × (1001 − 1200) = 1100.5 → 1101");
        assertEquals(0.75, change(fb, 1).after(), 1e-12);
        assertEquals(1575, change(fb, 2).after(), "1700 + 0.5 × (1450 − 1700)");
        assertEquals("Your goal is to buy the balloon at a lower price than the previous round, i.e., lower than"
                + " $14.50.", fb.carryOver());
    }

    @Test
    void suggestionsAreNeverAboutASpecificPrice() {
        for (Side side : Side.values()) {
            for (int turn = 1; turn <= 10; turn++) {
                Tactic t = side == Side.SELLER ? new Tactic(1800, 1300, 0.7, 0) : new Tactic(1200, 1700, 0.7, 0);
                int price = 1500;
                for (boolean locked : new boolean[]{false, true}) {
                    Feedback fb = new BuiltInCritic(0.5, locked).review(new History(side, rules,
                            List.of(deal(price, turn, side.other())), t));
                    assertEquals(3, fb.sentences().size());
                    for (String s : fb.sentences()) {
                        assertFalse(s.contains("$"), s);
                        assertFalse(s.isBlank());
                    }
                    assertTrue(fb.text().startsWith("Here is the feedback from the critic:\n1. "), fb.text());
                    assertTrue(fb.text().endsWith(fb.carryOver()));
                }
            }
        }
    }

    @Test
    void aLockedExponentIsLeftAlone() {
        Tactic before = new Tactic(1800, 1300, 0.2, 0);
        Feedback fb = new BuiltInCritic(0.5, true).review(new History(Side.SELLER, rules,
                List.of(deal(1550, 4, Side.BUYER)), before));
        assertInstanceOf(Advice.class, fb.suggestions().get(1));
        assertEquals(0.2, fb.applyTo(before).exponent());
    }

    @Test
    void aStepOfZeroChangesNothing() {
        Tactic before = new Tactic(1800, 1300, 0.7, 0);
        Feedback fb = new BuiltInCritic(0, false).review(new History(Side.SELLER, rules,
                List.of(deal(1550, 4, Side.BUYER)), before));
        assertEquals(before, fb.applyTo(before));
    }

    @Test
    void aPlayerWithoutATacticGetsAdviceInWords() {
        Feedback fb = new BuiltInCritic(0.5, false).review(new History(Side.BUYER, rules,
                List.of(deal(1450, 5, Side.SELLER)), null));
        assertEquals(3, fb.suggestions().size());
        fb.suggestions().forEach(s -> assertInstanceOf(Advice.class, s));
    }

    @Test
    void theCriticReadsOnlyDeals() {
        assertThrows(IllegalStateException.class, () -> new BuiltInCritic(0.5, false).review(new History(Side.SELLER,
                rules, List.of(new GameResult(GameResult.Outcome.TURN_LIMIT, -1, 10, null)), new Tactic(1800, 1300, 1, 0))));
    }

    @Test
    void theLearnerMovesItsWalkAwayTowardsTheCarryOverGoal() {
        Tactic before = new Tactic(1800, 1300, 0.7, 0);
        Feedback fb = new BuiltInCritic(0.5, false).review(new History(Side.SELLER, rules,
                List.of(deal(1550, 4, Side.BUYER)), before));
        // the critic takes it to 1425; the goal "higher than $15.50" is 1551; half of the rest: 1425 + 63 = 1488
        assertTactic(1900, 1488, 0.49, new BuiltInLearner(0.5).adopt(before, fb, rules));
        // taken literally, the goal becomes the walk-away price
        assertEquals(1551, new BuiltInLearner(1).adopt(before, fb, rules).reservationCents());
        // ignored, only the critic's change remains
        assertEquals(1425, new BuiltInLearner(0).adopt(before, fb, rules).reservationCents());
    }

    @Test
    void theGoalNeverLeavesTheValidRange() {
        Tactic before = new Tactic(1990, 1900, 0.7, 0);
        Feedback fb = new BuiltInCritic(0.5, false).review(new History(Side.SELLER, rules,
                List.of(deal(1999, 2, Side.BUYER)), before));
        Tactic after = new BuiltInLearner(1).adopt(before, fb, rules);
        assertEquals(1999, after.reservationCents(), "higher than $19.99 would mean $20, which is no deal");
        assertEquals(1999, after.openingCents(), "the opening never lies beyond the walk-away price");
    }
}
