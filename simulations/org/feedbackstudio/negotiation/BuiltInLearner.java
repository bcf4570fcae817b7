package org.feedbackstudio.negotiation;

/**
 * How the built-in improving player takes feedback into its next game. It adopts every concrete change
 * the critic suggests, then reads the carry-over line — "sell at a higher price than the previous round,
 * i.e., higher than $P" (a buyer: lower) — as a goal for its walk-away price: it moves the walk-away a
 * share {@code goalWeight} of the way to one cent beyond P (but never past the last valid price). With a weight of 1 it takes the goal
 * literally and will not settle at P or worse again, which is what makes feedback risky: a price won
 * against a rival on a generous day becomes the floor against the same rival on a mean one.
 */
public final class BuiltInLearner {
    private final double goalWeight;

    /** @param goalWeight 0…1: how far the walk-away price moves towards the carry-over goal */
    public BuiltInLearner(double goalWeight) {
        if (!(goalWeight >= 0 && goalWeight <= 1)) {
            throw new IllegalArgumentException("goalWeight must lie in [0, 1], got " + goalWeight);
        }
        this.goalWeight = goalWeight;
    }

    public double goalWeight() {
        return goalWeight;
    }

    /** The tactic for the next game. */
    public Tactic adopt(Tactic current, Feedback feedback, GameRules rules) {
        Side side = feedback.side();
        int sign = side.sign();
        Tactic t = feedback.applyTo(current);
        int reservation = t.reservationCents();
        int firmest = side == Side.SELLER ? rules.askCents() - 1 : rules.counterCents() + 1;
        int goal = feedback.previousPriceCents() + sign;
        if (sign * goal > sign * firmest) {
            goal = firmest; // a goal beyond the valid range could only end in no deal
        }
        int towardsGoal = (int) Math.round(reservation + goalWeight * (goal - reservation));
        if (sign * towardsGoal > sign * reservation) {
            t = t.withReservation(towardsGoal);
        }
        // The opening never lies beyond the walk-away price, and never beyond the scripted opening.
        int opening = t.openingCents();
        if (sign * opening < sign * t.reservationCents()) {
            opening = t.reservationCents();
        }
        int scripted = rules.scriptedCents(side);
        if (sign * opening > sign * scripted) {
            opening = scripted;
        }
        return opening == t.openingCents() ? t : t.withOpening(opening);
    }
}
