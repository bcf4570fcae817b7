package org.feedbackstudio.negotiation;

import java.util.ArrayList;
import java.util.List;

/** What one round of improvement added up to, game by game, until it is summed up as a {@link RoundSummary}. */
final class RoundTally {
    private final NegotiationConfig config;
    private final int round;
    private final int played;
    private final int width;
    private int deals;
    private int outOfBounds;
    private int noAnswers;
    private int checks;
    private int disagreements;
    private int withTactic;
    private long priceSum;
    private long turnSum;
    private long surplusSum;
    private double openingSum;
    private double walkAwaySum;
    private double logExponentSum;
    private final int[] bins = new int[RoundSummary.PRICE_BINS];
    private final int[] cohortPlayed = new int[2];
    private final int[] cohortDeals = new int[2];
    private final long[] cohortPriceSum = new long[2];
    private final List<GameRecord> samples = new ArrayList<>(NegotiationSimulation.SAMPLES_PER_ROUND);
    private final RoundGames.Builder games;

    /** A round in which {@code played} chains are still alive. */
    RoundTally(NegotiationConfig config, int round, int played) {
        this.config = config;
        this.round = round;
        this.played = played;
        this.width = config.rules().askCents() - config.rules().counterCents();
        this.games = new RoundGames.Builder(played);
    }

    /** A chain played its game of the round with {@code used}; true when it ended in a deal. */
    boolean add(Chain chain, GameResult result, Tactic used) {
        GameRules rules = config.rules();
        games.add(chain.index(), result);
        if (used != null) {
            withTactic++;
            openingSum += used.openingCents();
            walkAwaySum += used.reservationCents();
            logExponentSum += Math.log(used.exponent());
        }
        int cohort = chain.cohort();
        cohortPlayed[cohort]++;
        if (result.isDeal()) {
            int price = result.priceCents();
            deals++;
            priceSum += price;
            turnSum += result.turns();
            surplusSum += rules.surplusCents(config.improvingSide(), price);
            bins[Math.min(RoundSummary.PRICE_BINS - 1,
                    (int) ((long) (price - rules.counterCents()) * RoundSummary.PRICE_BINS / width))]++;
            cohortDeals[cohort]++;
            cohortPriceSum[cohort] += price;
            return true;
        }
        if (result.outcome() == GameResult.Outcome.OUT_OF_BOUNDS) {
            outOfBounds++;
        } else if (result.outcome() == GameResult.Outcome.NO_ANSWER) {
            noAnswers++;
        }
        return false;
    }

    /** Adds the moderator's cross-checks of one game. */
    void checks(List<ModeratorCheck> gameChecks) {
        for (ModeratorCheck c : gameChecks) {
            checks++;
            if (!c.agrees()) {
                disagreements++;
            }
        }
    }

    /** Keeps a game's full record for the snapshot. */
    void sample(GameRecord record) {
        samples.add(record);
    }

    /** The round summed up; {@code survivors} chains go on to the next round. */
    RoundSummary summary(int survivors) {
        int n = config.gamesPerRound();
        List<CohortSummary> cohorts = new ArrayList<>(2);
        if (config.hasCohorts()) {
            for (int c = 0; c < 2; c++) {
                int size = c == 0 ? (n + 1) / 2 : n / 2;
                cohorts.add(new CohortSummary(c, config.startExponent(c), size, cohortPlayed[c], cohortDeals[c],
                        cohortDeals[c] == 0 ? Double.NaN : cohortPriceSum[c] / (100.0 * cohortDeals[c]),
                        size == 0 ? Double.NaN : (double) cohortDeals[c] / size));
            }
        }
        List<Integer> binList = new ArrayList<>(bins.length);
        for (int b : bins) {
            binList.add(b);
        }
        return new RoundSummary(round, played, deals, outOfBounds, played - deals - outOfBounds - noAnswers,
                deals == 0 ? Double.NaN : priceSum / (100.0 * deals),
                (double) survivors / n,
                played == 0 ? Double.NaN : (double) deals / played,
                deals == 0 ? Double.NaN : (double) turnSum / deals,
                surplusSum / (100.0 * n),
                withTactic == 0 ? Double.NaN : openingSum / (100.0 * withTactic),
                withTactic == 0 ? Double.NaN : walkAwaySum / (100.0 * withTactic),
                withTactic == 0 ? Double.NaN : Math.exp(logExponentSum / withTactic),
                binList, cohorts, samples, games.build(), noAnswers, checks, disagreements);
    }
}
