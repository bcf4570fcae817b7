package org.feedbackstudio.negotiation;

import java.util.List;

/**
 * The built-in critic. After each deal it gives the improving player three suggestions, each a concrete
 * change of one tactic parameter explained in a sentence, and never about a specific price (the
 * paper's rule for its critic); the carry-over line names the last price.
 *
 * <ol>
 *   <li>Opening: move the first counter-offer a fraction κ of the way towards the firmest opening that can
 *       still end in a deal (one cent inside the scripted opening).</li>
 *   <li>Concession exponent: e ← e × (1 − κ × (1 − n/T)), where the last deal came in exchange n of T —
 *       the earlier the opponent agreed, the more time was left unused, the slower the next concessions.</li>
 *   <li>Walk-away price: move it a fraction κ of the way towards the last deal price.</li>
 * </ol>
 * κ = step / (1 + L), where L counts the games in the whole history whose deal came only in the last
 * fifth of the exchanges: an opponent that has often held out to the end may be near its limit, so
 * the critic pushes less. Because an improvement chain stops at its first failed deal, the critic only
 * ever sees deals, and so it only ever pushes for more — the source of the paper's trade-off.
 */
public final class BuiltInCritic implements Critic {
    /** A deal later than this share of the exchanges counts as late. */
    static final double LATE_SHARE = 0.8;

    private final double step;
    private final boolean exponentLocked;

    /**
     * @param step           κ before caution, 0…1: the fraction of the way each change goes
     * @param exponentLocked whether the concession exponent is fixed (the critic then gives advice instead)
     */
    public BuiltInCritic(double step, boolean exponentLocked) {
        if (!(step >= 0 && step <= 1)) {
            throw new IllegalArgumentException("step must lie in [0, 1], got " + step);
        }
        this.step = step;
        this.exponentLocked = exponentLocked;
    }

    @Override
    public Feedback review(ImproverHistory history) {
        GameResult last = history.lastGame();
        if (!last.isDeal()) {
            throw new IllegalStateException("the critic reads only histories that end in a deal");
        }
        Side side = history.side();
        GameRules rules = history.rules();
        int lateDeals = 0;
        for (int g = 0; g < history.games(); g++) {
            if (history.game(g).turns() > LATE_SHARE * rules.turnLimit()) {
                lateDeals++;
            }
        }
        Evidence evidence = new Evidence(last.turns(), rules.turnLimit(), last.closer(), lateDeals, history.games());
        Tactic tactic = history.tactic();
        if (tactic == null) {
            return new Feedback(side, rules.item(), last.priceCents(), advice(side, rules));
        }
        double kappa = step / (1 + lateDeals);
        int sign = side.sign();

        int firmest = side == Side.SELLER ? rules.askCents() - 1 : rules.counterCents() + 1;
        int opening = tactic.openingCents();
        int newOpening = sign * opening >= sign * firmest ? opening
                : (int) Math.round(opening + kappa * (firmest - opening));

        double e = tactic.exponent();
        double newExponent = exponentLocked ? e
                : Math.max(Tactic.MIN_EXPONENT, e * (1 - kappa * (1 - evidence.timeUsed())));

        int reservation = tactic.reservationCents();
        int newReservation = (int) Math.round(reservation + kappa * (last.priceCents() - reservation));
        if (sign * newReservation < sign * reservation) {
            newReservation = reservation; // a deal never lands beyond the walk-away price; guard anyway
        }

        Suggestion pace = exponentLocked
                ? new Advice(side == Side.SELLER
                        ? "Keep your concession style, and use the time to stress what makes the " + rules.item()
                                + " worth its price."
                        : "Keep your concession style, and use the time to explain why the " + rules.item()
                                + " is not worth more to you.")
                : new TacticChange(side, Knob.EXPONENT, e, newExponent, evidence);
        return new Feedback(side, rules.item(), last.priceCents(), List.of(
                new TacticChange(side, Knob.OPENING, opening, newOpening, evidence),
                pace,
                new TacticChange(side, Knob.RESERVATION, reservation, newReservation, evidence)));
    }

    /** Suggestions in words for a player that shows no tactic (a model-driven player). */
    private static List<Suggestion> advice(Side side, GameRules rules) {
        if (side == Side.SELLER) {
            return List.of(
                    new Advice("Make your first counter-offer closer to your asking price."),
                    new Advice("Concede in smaller steps, and only after the buyer has moved."),
                    new Advice("Stress what makes the " + rules.item() + " worth its price before talking money."));
        }
        return List.of(
                new Advice("Make your first counter-offer closer to your opening offer."),
                new Advice("Raise your offer in smaller steps, and only after the seller has moved."),
                new Advice("Explain why the " + rules.item() + " is not worth more to you before talking money."));
    }
}
