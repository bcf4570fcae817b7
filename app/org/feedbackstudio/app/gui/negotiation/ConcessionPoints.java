package org.feedbackstudio.app.gui.negotiation;

import org.feedbackstudio.negotiation.GameRecord;
import org.feedbackstudio.negotiation.GameRules;
import org.feedbackstudio.negotiation.Money;
import org.feedbackstudio.negotiation.Side;
import org.feedbackstudio.negotiation.Tactic;

import java.util.ArrayList;
import java.util.List;

/**
 * The concession curves of one game as points: each side's offers against the exchange in which it made
 * them (the scripted opening is exchange 0), the agreement, and the prices that bound the game.
 *
 * @param seller        the seller's offers, (exchange, dollars)
 * @param buyer         the buyer's offers, (exchange, dollars)
 * @param agreement     where the two agreed (exchange, dollars), or null when time ran out
 * @param validDeal     whether the agreement counts as a deal
 * @param ask           the seller's scripted opening: a deal must lie strictly below it
 * @param counter       the buyer's scripted counter-offer: a deal must lie strictly above it
 * @param sellerWalkAway the least the seller accepts in this game; NaN when a language model played it
 * @param buyerWalkAway  the most the buyer pays in this game; NaN when a language model played it
 * @param lastExchange  the turn limit: the right end of the x axis
 * @param coached       the side the critic coaches
 * @param closer        the side that accepted, or null
 */
record ConcessionPoints(List<Point> seller, List<Point> buyer, Point agreement, boolean validDeal, double ask,
                        double counter, double sellerWalkAway, double buyerWalkAway, int lastExchange, Side coached,
                        Side closer) {

    /** A point of the chart. */
    record Point(int exchange, double price) {
    }

    ConcessionPoints {
        seller = List.copyOf(seller);
        buyer = List.copyOf(buyer);
    }

    static ConcessionPoints of(GameRecord g, GameRules rules) {
        Tactic sellerTactic = g.improvingSide() == Side.SELLER ? g.improver() : g.rival();
        Tactic buyerTactic = g.improvingSide() == Side.BUYER ? g.improver() : g.rival();
        Point agreement = Double.isNaN(g.price()) ? null : new Point(g.turns(), g.price());
        return new ConcessionPoints(points(g.sellerOffers()), points(g.buyerOffers()), agreement, g.isDeal(),
                Money.dollars(rules.askCents()), Money.dollars(rules.counterCents()),
                walkAway(sellerTactic), walkAway(buyerTactic),
                rules.turnLimit(), g.improvingSide(), g.closer());
    }

    /** A tactic's walk-away price in dollars; NaN for a side a language model played (it shows no tactic). */
    private static double walkAway(Tactic t) {
        return t == null ? Double.NaN : Money.dollars(t.reservationCents());
    }

    /** The accepting side's last offer, from which it stepped to the agreed price; null without agreement. */
    Point closerLastOffer() {
        if (agreement == null || closer == null) {
            return null;
        }
        List<Point> offers = closer == Side.SELLER ? seller : buyer;
        return offers.isEmpty() ? null : offers.get(offers.size() - 1);
    }

    /** A side makes one offer per exchange, its scripted one first, until it accepts or time runs out. */
    private static List<Point> points(List<Double> offers) {
        List<Point> out = new ArrayList<>(offers.size());
        for (int i = 0; i < offers.size(); i++) {
            out.add(new Point(i, offers.get(i)));
        }
        return out;
    }
}
