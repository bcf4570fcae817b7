package org.feedbackstudio.negotiation;

import org.junit.jupiter.api.Test;

import static org.feedbackstudio.negotiation.Scripted.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** AC_next: accept when the opponent's offer is at least as good as the offer one would make next. */
class AcceptanceRuleTest {
    private final GameRules rules = GameRules.paper();
    private final TacticNegotiator seller = new TacticNegotiator(Side.SELLER, new Tactic(1800, 1300, 1.0, 0));
    private final TacticNegotiator buyer = new TacticNegotiator(Side.BUYER, new Tactic(1200, 1700, 1.0, 0));

    private Dialogue afterSellerOpeningAndBuyerOffer(double buyerOffer) {
        Dialogue d = new Dialogue(rules);
        d.append(offer(18));
        d.append(offer(buyerOffer));
        return d; // the seller's own turn 1: its next offer would be 1744
    }

    @Test
    void sellerAcceptsAnOfferEqualToItsNextOffer() {
        assertEquals(new Move.Accept(1744), seller.respond(afterSellerOpeningAndBuyerOffer(17.44)));
    }

    @Test
    void sellerAcceptsAnOfferBetterThanItsNextOffer() {
        assertEquals(new Move.Accept(1790), seller.respond(afterSellerOpeningAndBuyerOffer(17.90)));
    }

    @Test
    void sellerCountersAnOfferOneCentWorse() {
        assertEquals(new Move.Offer(1744), seller.respond(afterSellerOpeningAndBuyerOffer(17.43)));
    }

    @Test
    void buyerAcceptsAnAskAtOrBelowItsNextOffer() {
        Dialogue d = new Dialogue(rules);
        d.append(offer(12)); // seller's first counter; the buyer's next offer (turn 0) is its opening, $12
        assertEquals(new Move.Accept(1200), buyer.respond(d));
        Dialogue d2 = new Dialogue(rules);
        d2.append(offer(12.01));
        assertEquals(new Move.Offer(1200), buyer.respond(d2));
    }

    @Test
    void onTheLastTurnTheWalkAwayPriceItselfIsAccepted() {
        Dialogue d = new Dialogue(rules);
        for (int k = 1; k < rules.turnLimit(); k++) {
            d.append(offer(19));
            d.append(offer(11));
        }
        d.append(offer(17)); // exactly the buyer's limit
        assertEquals(9, d.nextOwnTurn());
        assertEquals(new Move.Accept(1700), buyer.respond(d));

        Dialogue d2 = new Dialogue(rules);
        for (int k = 1; k < rules.turnLimit(); k++) {
            d2.append(offer(19));
            d2.append(offer(11));
        }
        d2.append(offer(17.01)); // a cent above it: the buyer makes its final offer instead
        assertEquals(new Move.Offer(1700), buyer.respond(d2));
    }

    @Test
    void aRivalRemembersNothingBetweenGames() {
        TacticNegotiator rival = new TacticNegotiator(Side.BUYER, new Tactic(1250, 1650, 0.8, 0.3));
        TacticNegotiator improver = new TacticNegotiator(Side.SELLER, new Tactic(1800, 1300, 1.0, 0));
        Game game = new Game(rules, new MoveModerator());
        GameResult first = game.play(improver, rival);
        var firstLines = game.dialogue().transcript();
        improver.use(new Tactic(1900, 1500, 0.5, 0));
        game.play(improver, rival);
        improver.use(new Tactic(1800, 1300, 1.0, 0));
        GameResult again = game.play(improver, rival);
        assertEquals(first, again);
        assertEquals(firstLines, game.dialogue().transcript());
    }
}
