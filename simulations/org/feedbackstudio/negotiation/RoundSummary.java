package org.feedbackstudio.negotiation;

import java.util.List;

/**
 * The figures of one round of improvement.
 *
 * @param round          1-based
 * @param gamesPlayed    games played: the chains still alive when the round began
 * @param deals          valid deals (strictly inside the opening prices)
 * @param outOfBounds    agreements at or beyond an opening price, which do not count
 * @param turnLimits     games that ran out of exchanges
 * @param meanPrice      mean price of the deals, dollars; NaN without deals
 * @param dealRate       chains still alive after this round / gamesPerRound (the paper's deal rate)
 * @param gameDealRate   deals / games played this round
 * @param meanTurns      mean exchange in which the deals were struck; NaN without deals
 * @param surplus        the improving side's surplus summed over deals / gamesPerRound, dollars
 * @param meanOpening    mean first counter-offer of the improving players this round, dollars
 * @param meanWalkAway   mean walk-away price of the improving players this round, dollars
 * @param meanExponent   geometric mean concession exponent of the improving players this round
 * @param priceBins      counts of deal prices in {@link #PRICE_BINS} equal bins between the opening prices
 * @param cohorts        per-cohort figures when two starting exponents are compared, else empty
 * @param samples        the first games of the round in full (see {@link NegotiationSimulation#SAMPLES_PER_ROUND})
 * @param games          every game of the round in brief: chain, outcome, price, exchanges
 * @param noAnswers      games that ended because a model role gave no readable answer
 * @param moderatorChecks times a model moderator was asked this round
 * @param disagreements  of those, the times the built-in moderator read the lines differently
 */
public record RoundSummary(int round, int gamesPlayed, int deals, int outOfBounds, int turnLimits, double meanPrice,
                           double dealRate, double gameDealRate, double meanTurns, double surplus,
                           double meanOpening, double meanWalkAway, double meanExponent, List<Integer> priceBins,
                           List<CohortSummary> cohorts, List<GameRecord> samples,
                           RoundGames games, int noAnswers, int moderatorChecks, int disagreements) {

    public static final int PRICE_BINS = 20;

    public RoundSummary {
        priceBins = List.copyOf(priceBins);
        cohorts = List.copyOf(cohorts);
        samples = List.copyOf(samples);
    }

    /** The feedback texts the sampled games carried in (empty in round 1 or without a critic). */
    public List<String> sampleFeedback() {
        return samples.stream().filter(g -> g.feedbackIn() != null).map(g -> g.feedbackIn().text()).toList();
    }
}
