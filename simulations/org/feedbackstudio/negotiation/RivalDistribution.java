package org.feedbackstudio.negotiation;

import java.util.SplittableRandom;

/**
 * Where the fixed rivals come from. Each improvement chain meets one rival type, drawn once from the
 * chain's own random stream; the rival is reset before every game (it remembers nothing), and only its
 * walk-away price wobbles a little from game to game, as a sampled model's would.
 *
 * <p>A rival type: its room r ~ Uniform[roomLow, roomHigh] dollars is how far it will move from its
 * scripted opening, so a buyer pays at most counter + r and a seller takes at least max(cost, ask − r);
 * its first counter-offer moves a quarter of that room; its concession exponent is log-uniform on
 * [exponentLow, exponentHigh]; it mirrors the opponent's concessions with a fixed tit-for-tat share.
 * Each game its walk-away price moves by Uniform[−jitter, +jitter].
 *
 * @param roomLow      least room, dollars
 * @param roomHigh     most room, dollars
 * @param exponentLow  least concession exponent
 * @param exponentHigh most concession exponent
 * @param titForTat    tit-for-tat share of every rival, 0…1
 * @param jitter       half-width of the game-to-game wobble of the walk-away price, dollars
 */
public record RivalDistribution(double roomLow, double roomHigh, double exponentLow, double exponentHigh,
                                double titForTat, double jitter) {

    /** The share of its room a rival gives up with its first free counter-offer. */
    public static final double OPENING_SHARE = 0.25;

    public RivalDistribution {
        if (!(roomLow >= 0 && roomLow <= roomHigh)) {
            throw new IllegalArgumentException("need 0 <= roomLow <= roomHigh");
        }
        if (!(exponentLow >= Tactic.MIN_EXPONENT && exponentLow <= exponentHigh
                && exponentHigh <= Tactic.MAX_EXPONENT)) {
            throw new IllegalArgumentException("need " + Tactic.MIN_EXPONENT + " <= exponentLow <= exponentHigh <= "
                    + Tactic.MAX_EXPONENT);
        }
        if (!(titForTat >= 0 && titForTat <= 1) || !(jitter >= 0)) {
            throw new IllegalArgumentException("titForTat must lie in [0, 1] and jitter must be >= 0");
        }
    }

    /** Draws a rival type: two draws from {@code random}, room first, then exponent. */
    public Tactic draw(Side rivalSide, GameRules rules, SplittableRandom random) {
        double room = roomLow + (roomHigh - roomLow) * random.nextDouble();
        double exponent = exponentLow * Math.pow(exponentHigh / exponentLow, random.nextDouble());
        int sign = rivalSide.sign();
        int scripted = rules.scriptedCents(rivalSide);
        int reservation = limit(rivalSide, rules, (int) Math.round(scripted - sign * room * 100));
        int opening = (int) Math.round(scripted - sign * room * 100 * OPENING_SHARE);
        if (sign * opening < sign * reservation) {
            opening = reservation;
        }
        return new Tactic(opening, reservation, exponent, titForTat);
    }

    /** The rival for one game: its type with the walk-away price wobbled (one draw when jitter > 0). */
    public Tactic forGame(Tactic type, Side rivalSide, GameRules rules, SplittableRandom random) {
        if (jitter == 0) {
            return type;
        }
        int sign = rivalSide.sign();
        int reservation = (int) Math.round(type.reservationCents() + (2 * random.nextDouble() - 1) * jitter * 100);
        reservation = limit(rivalSide, rules, reservation);
        if (sign * reservation > sign * type.openingCents()) {
            reservation = type.openingCents();
        }
        return type.withReservation(reservation);
    }

    /** A seller never goes below its cost; a buyer's limit stays non-negative. */
    private static int limit(Side side, GameRules rules, int reservation) {
        return side == Side.SELLER ? Math.max(reservation, rules.sellerCostCents()) : Math.max(reservation, 0);
    }
}
