package org.feedbackstudio.negotiation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.feedbackstudio.negotiation.Scripted.accept;
import static org.feedbackstudio.negotiation.Scripted.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The time-dependent concession formula and the tit-for-tat blend, against offers computed by hand. */
class ConcessionTest {
    private final GameRules rules = GameRules.paper(); // 10 exchanges: own turns 0…9, deadline 9

    @Test
    void formulaAtHandComputedPoints() {
        // offer(t) = r + (1 − (t/9)^(1/e)) × (a − r), a = $18, r = $13
        assertEquals(1800.0, ConcessionCurve.offer(1800, 1300, 0.5, 0, 9), 1e-9);
        assertEquals(1300.0, ConcessionCurve.offer(1800, 1300, 0.5, 9, 9), 1e-9);
        // Boulware e = 0.5: (1/3)^2 = 1/9, so 1300 + 8/9 × 500
        assertEquals(1744.444444, ConcessionCurve.offer(1800, 1300, 0.5, 3, 9), 1e-6);
        // Conceder e = 2: (1/3)^(1/2) = 0.577350, so 1300 + 0.422650 × 500
        assertEquals(1511.324865, ConcessionCurve.offer(1800, 1300, 2.0, 3, 9), 1e-6);
        // linear e = 1
        assertEquals(1633.333333, ConcessionCurve.offer(1800, 1300, 1.0, 3, 9), 1e-6);
        // a buyer concedes upwards: a = $12, r = $17
        assertEquals(1366.666667, ConcessionCurve.offer(1200, 1700, 1.0, 3, 9), 1e-6);
        // a single turn is the last: the walk-away price
        assertEquals(1300.0, ConcessionCurve.offer(1800, 1300, 1.0, 0, 0), 1e-9);
    }

    @Test
    void boulwareHoldsFirmerThanConcederAtEveryInnerTurn() {
        for (int t = 1; t < 9; t++) {
            double boulware = ConcessionCurve.offer(1800, 1300, 0.3, t, 9);
            double linear = ConcessionCurve.offer(1800, 1300, 1.0, t, 9);
            double conceder = ConcessionCurve.offer(1800, 1300, 3.0, t, 9);
            assertEquals(true, boulware > linear && linear > conceder, "turn " + t);
        }
    }

    @Test
    void aLinearSellerWalksItsCurveToTheWalkAwayPrice() {
        TacticNegotiator seller = new TacticNegotiator(Side.SELLER, new Tactic(1800, 1300, 1.0, 0));
        Move[] tens = new Move[10];
        java.util.Arrays.fill(tens, offer(10));
        Game game = new Game(rules, new MoveModerator());
        GameResult r = game.play(seller, Scripted.buyer(tens));
        assertEquals(GameResult.Outcome.TURN_LIMIT, r.outcome());
        // 1800 − 500 × t/9, rounded to cents
        assertEquals(List.of(2000, 1800, 1744, 1689, 1633, 1578, 1522, 1467, 1411, 1356, 1300),
                game.dialogue().offersOf(Side.SELLER));
    }

    @Test
    void titForTatBlendsTheOpponentsLastConcession() {
        TacticNegotiator seller = new TacticNegotiator(Side.SELLER, new Tactic(1800, 1300, 1.0, 0.5));
        Game game = new Game(rules, new MoveModerator());
        game.play(seller, Scripted.buyer(offer(11), offer(13), accept(16.05)));
        // t=0: the opening, 1800.
        // t=1: clock 1744.44; mirror 1800 − (1100 − 1000) = 1700; half each: 1722.22 → 1722.
        // t=2: clock 1688.89; mirror 1722 − (1300 − 1100) = 1522; half each: 1605.44 → 1605.
        assertEquals(List.of(2000, 1800, 1722, 1605), game.dialogue().offersOf(Side.SELLER));
    }

    @Test
    void aNegotiatorNeverRetractsAConcession() {
        // A Conceder buyer whose clock would lower its offer after its opponent got tougher stays put.
        TacticNegotiator seller = new TacticNegotiator(Side.SELLER, new Tactic(1800, 1300, 1.0, 1.0));
        Dialogue d = new Dialogue(rules);
        d.append(offer(18));
        d.append(offer(9)); // the buyer retracts below its scripted $10
        // pure mirror: the buyer conceded nothing, so the seller concedes nothing either
        assertEquals(1800, seller.nextOfferCents(d));
    }

    @Test
    void offersStayWithinTheWalkAwayPrice() {
        TacticNegotiator buyer = new TacticNegotiator(Side.BUYER, new Tactic(1200, 1500, 5.0, 1.0));
        Dialogue d = new Dialogue(rules);
        d.append(offer(19));
        d.append(offer(12));
        d.append(offer(14)); // the seller concedes $5 at once; mirroring it would mean $17, past the $15 limit
        assertEquals(1500, buyer.nextOfferCents(d));
    }
}
