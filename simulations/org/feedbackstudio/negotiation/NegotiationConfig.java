package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.Choice;
import org.feedbackstudio.core.ParameterValues;

import java.util.ArrayList;
import java.util.List;

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
 * @param roles              which roles language models play
 */
public record NegotiationConfig(GameRules rules, Side improvingSide, int rounds, int gamesPerRound,
                                boolean textModerator, int openingStep, int walkAwayRoom, double exponent,
                                double titForTat, double contrastExponent, boolean criticOn, double criticStep,
                                boolean exponentLocked, double goalWeight, RivalDistribution rivals, Roles roles) {

    /** Every role built-in. */
    public NegotiationConfig(GameRules rules, Side improvingSide, int rounds, int gamesPerRound,
                             boolean textModerator, int openingStep, int walkAwayRoom, double exponent,
                             double titForTat, double contrastExponent, boolean criticOn, double criticStep,
                             boolean exponentLocked, double goalWeight, RivalDistribution rivals) {
        this(rules, improvingSide, rounds, gamesPerRound, textModerator, openingStep, walkAwayRoom, exponent,
                titForTat, contrastExponent, criticOn, criticStep, exponentLocked, goalWeight, rivals, Roles.BUILT_IN);
    }

    public static NegotiationConfig from(ParameterValues v) {
        GameRules rules = new GameRules(Money.cents(v.get(NegotiationSimulator.ASK_PRICE)), Money.cents(v.get(NegotiationSimulator.COUNTER_PRICE)),
                Money.cents(v.get(NegotiationSimulator.SELLER_COST)), v.getInt(NegotiationSimulator.TURN_LIMIT), "balloon");
        RivalDistribution rivals = new RivalDistribution(v.get(NegotiationSimulator.RIVAL_ROOM_LOW), v.get(NegotiationSimulator.RIVAL_ROOM_HIGH),
                v.get(NegotiationSimulator.RIVAL_EXPONENT_LOW), v.get(NegotiationSimulator.RIVAL_EXPONENT_HIGH), v.get(NegotiationSimulator.RIVAL_TIT_FOR_TAT),
                v.get(NegotiationSimulator.RIVAL_JITTER));
        List<String> crossPlay = crossPlayNames(v.get(NegotiationSimulator.CROSS_PLAY));
        boolean cross = !crossPlay.isEmpty();
        // A cross-play is models against models, one game each, with no critic: the paper's cross-play table.
        Roles roles = new Roles(cross || "model".equals(v.get(NegotiationSimulator.SELLER)),
                cross || "model".equals(v.get(NegotiationSimulator.BUYER)),
                !cross && "model".equals(v.get(NegotiationSimulator.CRITIC)),
                "model".equals(v.get(NegotiationSimulator.MODERATOR)), v.get(NegotiationSimulator.SELLER_MODEL).strip(),
                v.get(NegotiationSimulator.BUYER_MODEL).strip(), v.get(NegotiationSimulator.CRITIC_MODEL).strip(),
                v.get(NegotiationSimulator.MODERATOR_MODEL).strip(), v.get(NegotiationSimulator.PROMPT_FOLDER).strip(),
                crossPlay);
        // Words from a model can only be read as words: the built-in moderator then reads the text.
        boolean readsText = !"moves".equals(v.get(NegotiationSimulator.MODERATOR)) || roles.sellerModel()
                || roles.buyerModel();
        int rounds = cross ? roles.pairings() : v.getInt(NegotiationSimulator.ROUNDS);
        return new NegotiationConfig(rules, cross ? Side.SELLER : Choice.byId(Side.class, v.get(NegotiationSimulator.IMPROVING_SIDE)), rounds,
                v.getInt(NegotiationSimulator.GAMES_PER_ROUND), readsText,
                Money.cents(v.get(NegotiationSimulator.OPENING_STEP)), Money.cents(v.get(NegotiationSimulator.WALK_AWAY_ROOM)),
                v.get(NegotiationSimulator.CONCESSION_EXPONENT), v.get(NegotiationSimulator.TIT_FOR_TAT), v.get(NegotiationSimulator.CONTRAST_EXPONENT),
                !cross && !"none".equals(v.get(NegotiationSimulator.CRITIC)), v.get(NegotiationSimulator.CRITIC_STEP), v.get(NegotiationSimulator.EXPONENT_LOCKED),
                v.get(NegotiationSimulator.GOAL_WEIGHT), rivals, roles);
    }

    /** The names of a crossPlay parameter: comma-separated, blanks and repeats dropped, in order. */
    static List<String> crossPlayNames(String text) {
        List<String> names = new ArrayList<>();
        for (String n : text.split(",")) {
            String name = n.strip();
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Whether the improving side is played by a model (it then shows no tactic). */
    public boolean modelPlayer() {
        return roles.negotiatorModel(improvingSide);
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
