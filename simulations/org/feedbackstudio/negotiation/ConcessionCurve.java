package org.feedbackstudio.negotiation;

/**
 * The time-dependent concession tactic of automated negotiation:
 * offer(t) = reservation + (1 − (t / deadline)^(1/e)) × (opening − reservation).
 * At t = 0 the offer is the opening, at the deadline it is the reservation price; e &lt; 1 keeps the
 * offer near the opening until late (Boulware), e &gt; 1 gives ground early (Conceder).
 */
public final class ConcessionCurve {
    private ConcessionCurve() {
    }

    /**
     * The offer at own turn {@code t} (0-based) in cents, not yet rounded.
     *
     * @param deadline the last own turn index; with a deadline of 0 the single turn is the last
     */
    public static double offer(int openingCents, int reservationCents, double exponent, int t, int deadline) {
        double tau = deadline <= 0 ? 1.0 : Math.min(1.0, (double) t / deadline);
        double spent = tau == 0.0 ? 0.0 : tau == 1.0 ? 1.0 : Math.pow(tau, 1.0 / exponent);
        return reservationCents + (1.0 - spent) * (openingCents - reservationCents);
    }

    public static double offer(Tactic tactic, int t, int deadline) {
        return offer(tactic.openingCents(), tactic.reservationCents(), tactic.exponent(), t, deadline);
    }
}
