package org.feedbackstudio.negotiation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.feedbackstudio.negotiation.Scripted.accept;
import static org.feedbackstudio.negotiation.Scripted.offer;
import static org.feedbackstudio.negotiation.Scripted.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dialogue buffer and the lines the built-in negotiators speak. */
class DialogueTest {
    private final GameRules rules = GameRules.paper();

    @Test
    void twoLinearNegotiatorsReadLikeThePapersTranscripts() {
        Game game = new Game(rules, new MoveModerator());
        GameResult r = game.play(new TacticNegotiator(Side.SELLER, new Tactic(1800, 1300, 1.0, 0)),
                new TacticNegotiator(Side.BUYER, new Tactic(1200, 1700, 1.0, 0)));
        // seller 1800 − 500t/9, buyer 1200 + 500t/9 (cents, rounded); at t = 6 the seller would offer
        // 1467 and the buyer stands at 1478, so the seller accepts.
        assertEquals(List.of(
                "seller: Hi, this is a good balloon and its price is $20.",
                "buyer: Would you consider selling it for $10?",
                "seller: I can do $18 for it.",
                "buyer: Could you do $12?",
                "seller: How about $17.44? It's a really nice balloon.",
                "buyer: I can offer $12.56.",
                "seller: I could let it go for $16.89.",
                "buyer: How about $13.11?",
                "seller: The lowest I can go right now is $16.33.",
                "buyer: Would you take $13.67?",
                "seller: I can do $15.78 for it.",
                "buyer: Could you do $14.22?",
                "seller: How about $15.22? It's a really nice balloon.",
                "buyer: I can offer $14.78.",
                "seller: Deal at $14.78."), game.dialogue().transcript());
        assertEquals(new GameResult(GameResult.Outcome.DEAL, 1478, 7, Side.SELLER), r);
    }

    @Test
    void heldPricesAndFinalOffersAreSaidSo() {
        GameRules two = new GameRules(2000, 1000, 800, 2, "balloon");
        Game game = new Game(two, new TextModerator());
        game.play(Scripted.seller(offer(19), offer(19)), Scripted.buyer(offer(11), offer(11)));
        assertEquals(List.of(
                "seller: Hi, this is a good balloon and its price is $20.",
                "buyer: Would you consider selling it for $10?",
                "seller: I can do $19 for it.",
                "buyer: Could you do $11?",
                "seller: My final price is $19.",
                "buyer: My final offer is $11."), game.dialogue().transcript());
        GameRules three = new GameRules(2000, 1000, 800, 3, "balloon");
        Game held = new Game(three, new TextModerator());
        held.play(Scripted.seller(offer(19), offer(19), offer(18)), Scripted.buyer(offer(11), offer(11), offer(12)));
        assertEquals("seller: My price stays at $19.", held.dialogue().transcript().get(4));
        assertEquals("buyer: I'm staying at $11.", held.dialogue().transcript().get(5));
    }

    @Test
    void offersAreTrackedPerSide() {
        Dialogue d = new Dialogue(rules);
        assertEquals(2000, d.lastOfferCents(Side.SELLER));
        assertEquals(1000, d.lastOfferCents(Side.BUYER));
        assertEquals(-1, d.previousOfferCents(Side.SELLER));
        d.append(offer(18));
        d.append(offer(12.50));
        assertEquals(1800, d.lastOfferCents(Side.SELLER));
        assertEquals(2000, d.previousOfferCents(Side.SELLER));
        assertEquals(1250, d.lastOfferCents(Side.BUYER));
        assertEquals(1000, d.previousOfferCents(Side.BUYER));
        d.append(say("Let me think about it."));
        assertEquals(1800, d.lastOfferCents(Side.SELLER), "free text is no offer");
        d.append(accept(18));
        assertEquals(new Move.Offer(1800), d.move(2));
        assertEquals(new Move.Say("Let me think about it."), d.move(4));
        assertEquals(new Move.Accept(1800), d.move(5));
        assertEquals(-1, d.cents(4));
        assertEquals(List.of(2000, 1800), d.offersOf(Side.SELLER));
        assertEquals(List.of(1000, 1250), d.offersOf(Side.BUYER));
    }

    @Test
    void resetForgetsTheLastGame() {
        Dialogue d = new Dialogue(rules);
        d.append(say("Something only this game said."));
        d.reset();
        assertEquals(2, d.size());
        d.append(offer(17));
        assertEquals("I can do $17 for it.", d.text(2));
        assertEquals(Side.BUYER, d.nextSpeaker());
        assertEquals(0, d.nextOwnTurn(), "the buyer's first free move");
        d.append(offer(12));
        assertEquals(Side.SELLER, d.nextSpeaker());
        assertEquals(1, d.nextOwnTurn());
    }

    @Test
    void theTurnLimitIsAHardEnd() {
        Dialogue d = new Dialogue(new GameRules(2000, 1000, 800, 1, "balloon"));
        d.append(offer(18));
        d.append(offer(12));
        assertTrue(d.isFull());
        assertThrows(IllegalStateException.class, () -> d.append(offer(17)));
        assertThrows(IndexOutOfBoundsException.class, () -> d.text(4));
    }

    @Test
    void pricesAreWrittenToTheCent() {
        assertEquals("$17.50", Money.format(1750));
        assertEquals("$17.05", Money.format(1705));
        assertEquals("$15", Money.format(1500));
        assertEquals("$0.99", Money.format(99));
        assertEquals(1750, Money.cents(17.5));
        assertEquals(1001, Money.cents(10.01));
    }
}
