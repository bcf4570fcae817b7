package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.ParameterValues;

/**
 * A run's settings, read once from the parameter values.
 *
 * @param rules              the game
 * @param improvingSide      the side that gets feedback; the other is the fixed rival
 * @param rounds             rounds of improvement (ticks)
 * @param gamesPerRound      improvement chains, i.e. games in round 1
 * @param textModerator      whether the moderator reads the rendered lines instead of the moves
 * @param openingStep        how far the improving player's first counter-offer moves from its scripted opening, cents
 * @param walkAwayRoom       how far its walk-away price lies from its scripted opening, cents
 * @param exponent           its starting concession exponent
 * @param titForTat          its tit-for-tat share
 * @param contrastExponent   0, or the starting exponent of every second chain (a second cohort)
 * @param criticOn           whether the built-in critic gives feedback between games
 * @param criticStep         the critic's step κ
 * @param exponentLocked     whether the critic leaves the exponent alone
 * @param goalWeight         how far the player moves its walk-away price towards the carry-over goal
 * @param rivals             the distribution of rival types
 */
public record NegotiationConfig(GameRules rules, Side improvingSide, int rounds, int gamesPerRound,
                                boolean textModerator, int openingStep, int walkAwayRoom, double exponent,
                                double titForTat, double contrastExponent, boolean criticOn, double criticStep,
                                boolean exponentLocked, double goalWeight, RivalDistribution rivals) {

    public static NegotiationConfig from(ParameterValues v) {
        GameRules rules = new GameRules(Money.cents(v.getDouble("askPrice")), Money.cents(v.getDouble("counterPrice")),
                Money.cents(v.getDouble("sellerCost")), v.getInt("turnLimit"), "balloon");
        RivalDistribution rivals = new RivalDistribution(v.getDouble("rivalRoomLow"), v.getDouble("rivalRoomHigh"),
                v.getDouble("rivalExponentLow"), v.getDouble("rivalExponentHigh"), v.getDouble("rivalTitForTat"),
                v.getDouble("rivalJitter"));
        return new NegotiationConfig(rules, Side.of(v.getString("improvingSide")), v.getInt("rounds"),
                v.getInt("gamesPerRound"), "text".equals(v.getString("moderator")),
                Money.cents(v.getDouble("openingStep")), Money.cents(v.getDouble("walkAwayRoom")),
                v.getDouble("concessionExponent"), v.getDouble("titForTat"), v.getDouble("contrastExponent"),
                "built-in".equals(v.getString("critic")), v.getDouble("criticStep"), v.getBoolean("exponentLocked"),
                v.getDouble("goalWeight"), rivals);
    }

    public boolean hasCohorts() {
        return contrastExponent > 0;
    }

    /** Chains with odd index form the second cohort when two starting exponents are compared. */
    public int cohortOf(int chain) {
        return hasCohorts() ? chain & 1 : 0;
    }

    public double startExponent(int cohort) {
        return cohort == 1 ? contrastExponent : exponent;
    }

    /** The improving player's tactic before any feedback. */
    public Tactic startTactic(int cohort) {
        Side side = improvingSide;
        int sign = side.sign();
        int scripted = rules.scriptedCents(side);
        int reservation = scripted - sign * walkAwayRoom;
        if (side == Side.SELLER) {
            reservation = Math.max(reservation, rules.sellerCostCents());
        } else {
            reservation = Math.max(reservation, 0);
        }
        int opening = scripted - sign * openingStep;
        if (sign * opening < sign * reservation) {
            opening = reservation;
        }
        return new Tactic(opening, reservation, startExponent(cohort), titForTat);
    }
}
