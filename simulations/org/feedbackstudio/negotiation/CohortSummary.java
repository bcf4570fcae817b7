package org.feedbackstudio.negotiation;

/**
 * One cohort's figures for a round, when two starting exponents are compared.
 *
 * @param cohort        0 or 1
 * @param startExponent the cohort's starting concession exponent
 * @param chains        chains in the cohort
 * @param gamesPlayed   games the cohort played this round
 * @param deals         valid deals among them
 * @param meanPrice     mean deal price in dollars, NaN without deals
 * @param dealRate      chains of the cohort still alive after this round / chains in the cohort
 */
public record CohortSummary(int cohort, double startExponent, int chains, int gamesPlayed, int deals,
                            double meanPrice, double dealRate) {

    /** "Boulware (e = 0.2)". */
    public String label() {
        return Tactic.styleOf(startExponent) + " (e = " + NegotiationSimulator.trim(startExponent) + ")";
    }
}
