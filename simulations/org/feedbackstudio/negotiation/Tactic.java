package org.feedbackstudio.negotiation;

/**
 * The parameters of a built-in negotiator: a time-dependent concession curve (Faratin, Sierra &amp;
 * Jennings 1998) blended with a share of tit-for-tat, and a walk-away price.
 *
 * @param openingCents     the first own counter-offer after the scripted opening (the curve at t = 0)
 * @param reservationCents the walk-away price: the least a seller accepts, the most a buyer pays (the curve at the deadline)
 * @param exponent         the concession exponent e: e &lt; 1 Boulware (holds firm, concedes late), e &gt; 1 Conceder
 * @param titForTat        share 0…1 of the offer that mirrors the opponent's last concession instead of following the clock
 */
public record Tactic(int openingCents, int reservationCents, double exponent, double titForTat) {

    /** Exponents are kept in this range so that τ^(1/e) stays finite and meaningful. */
    public static final double MIN_EXPONENT = 0.02;
    public static final double MAX_EXPONENT = 50.0;

    public Tactic {
        if (!(exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT)) {
            throw new IllegalArgumentException("exponent must lie in [" + MIN_EXPONENT + ", " + MAX_EXPONENT
                    + "], got " + exponent);
        }
        if (!(titForTat >= 0 && titForTat <= 1)) {
            throw new IllegalArgumentException("titForTat must lie in [0, 1], got " + titForTat);
        }
    }

    public Tactic withOpening(int cents) {
        return new Tactic(cents, reservationCents, exponent, titForTat);
    }

    public Tactic withReservation(int cents) {
        return new Tactic(openingCents, cents, exponent, titForTat);
    }

    public Tactic withExponent(double e) {
        return new Tactic(openingCents, reservationCents, e, titForTat);
    }

    public Tactic withTitForTat(double share) {
        return new Tactic(openingCents, reservationCents, exponent, share);
    }

    /** A word for the style an exponent gives: Boulware, linear or Conceder. */
    public static String styleOf(double exponent) {
        if (exponent < 0.95) {
            return "Boulware";
        }
        return exponent > 1.05 ? "Conceder" : "linear";
    }
}
