package org.feedbackstudio.negotiation;

import org.junit.jupiter.api.Test;

import static org.feedbackstudio.negotiation.Scripted.accept;
import static org.feedbackstudio.negotiation.Scripted.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paper's price bounds and how a game ends. */
class DealRuleTest {
    private final GameRules rules = GameRules.paper();

    @Test
    void onlyPricesStrictlyBetweenTheOpeningsAreDeals() {
        assertFalse(rules.isValidDeal(1000), "$10 is the counter-offer itself");
        assertTrue(rules.isValidDeal(1001));
        assertTrue(rules.isValidDeal(1500));
        assertTrue(rules.isValidDeal(1999));
        assertFalse(rules.isValidDeal(2000), "$20 is the ask itself");
        assertFalse(rules.isValidDeal(900));
        assertFalse(rules.isValidDeal(2100));
    }

    @Test
    void agreementAtExactlyTenIsNotADeal() {
        Game game = new Game(rules, new MoveModerator());
        GameResult r = game.play(Scripted.seller(accept(10)), Scripted.buyer());
        assertEquals(GameResult.Outcome.OUT_OF_BOUNDS, r.outcome());
        assertEquals(1000, r.priceCents());
        assertEquals(1, r.turns());
        assertFalse(r.isDeal());
    }

    @Test
    void agreementAtExactlyTwentyIsNotADeal() {
        Game game = new Game(rules, new TextModerator());
        GameResult r = game.play(Scripted.seller(offer(20)), Scripted.buyer(accept(20)));
        assertEquals(GameResult.Outcome.OUT_OF_BOUNDS, r.outcome());
        assertEquals(2000, r.priceCents());
        assertEquals(Side.BUYER, r.closer());
    }

    @Test
    void agreementOneCentInsideIsADeal() {
        Game game = new Game(rules, new TextModerator());
        GameResult r = game.play(Scripted.seller(offer(19.99), offer(10.01)), Scripted.buyer(offer(12), accept(10.01)));
        assertEquals(GameResult.Outcome.DEAL, r.outcome());
        assertEquals(1001, r.priceCents());
        assertEquals(2, r.turns());
    }

    @Test
    void theTurnLimitEndsAGameWithoutADeal() {
        GameRules short3 = new GameRules(2000, 1000, 800, 3, "balloon");
        Game game = new Game(short3, new MoveModerator());
        GameResult r = game.play(Scripted.seller(offer(19), offer(18), offer(17)),
                Scripted.buyer(offer(11), offer(12), offer(13)));
        assertEquals(GameResult.Outcome.TURN_LIMIT, r.outcome());
        assertEquals(-1, r.priceCents());
        assertEquals(3, r.turns());
        assertNull(r.closer());
        assertEquals(8, game.dialogue().size(), "2 scripted lines + 3 exchanges of 2");
    }

    @Test
    void theScriptedOpeningComesFirst() {
        Game game = new Game(rules, new TextModerator());
        game.play(Scripted.seller(offer(18)), Scripted.buyer(accept(18)));
        Dialogue d = game.dialogue();
        assertEquals("Hi, this is a good balloon and its price is $20.", d.text(0));
        assertEquals("Would you consider selling it for $10?", d.text(1));
        assertEquals(Side.SELLER, d.speaker(2));
        assertEquals(Side.BUYER, d.speaker(3));
    }

    @Test
    void sidesMustBeInOrder() {
        Game game = new Game(rules, new MoveModerator());
        assertThrows(IllegalArgumentException.class, () -> game.play(Scripted.buyer(), Scripted.seller()));
    }

    @Test
    void surplusIsTheSellersMarginAndTheBuyersSaving() {
        assertEquals(850, rules.surplusCents(Side.SELLER, 1650), "$16.50 − $8 cost");
        assertEquals(350, rules.surplusCents(Side.BUYER, 1650), "$20 ask − $16.50");
    }
}
