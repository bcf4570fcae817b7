package org.feedbackstudio.donor;

import java.util.List;
import java.util.Objects;

/**
 * What one finished generation looked like.
 *
 * @param generation         1-based
 * @param score              the paper's metric: mean final resources per agent, averaged over the two games
 * @param gameOneMean        mean final resources after game 1
 * @param gameTwoMean        mean final resources after game 2
 * @param donationFraction   mean share given over all encounters (punishments count as 0)
 * @param punishmentShare    share of encounters in which the donor punished
 * @param scoreSpread        standard deviation of the agents' scores
 * @param donationSpread     standard deviation of the agents' mean donation shares
 * @param meanGenerosity     mean generosity of the agents' strategies (NaN for written strategies)
 * @param normShares         share of agents following each {@link Norm}, in declaration order (NaN when
 *                           no agent has a rule strategy)
 * @param encounters         encounters played
 * @param fallbacks          decisions that fell back to a donation of 0
 * @param donationHistogram  encounters per bin of donated share: bin b holds shares in [b/bins, (b+1)/bins),
 *                           the last bin also 1
 * @param best               name of the best-ranked agent
 * @param bestScore          its selection score
 * @param survivors          how many survive into the next generation
 */
public record GenerationSummary(int generation, double score, double gameOneMean, double gameTwoMean,
                                double donationFraction, double punishmentShare, double scoreSpread,
                                double donationSpread, double meanGenerosity, List<Double> normShares,
                                long encounters, long fallbacks, List<Integer> donationHistogram, String best,
                                double bestScore, int survivors) {
    public GenerationSummary {
        normShares = List.copyOf(normShares);
        donationHistogram = List.copyOf(donationHistogram);
        Objects.requireNonNull(best, "best");
    }
}
