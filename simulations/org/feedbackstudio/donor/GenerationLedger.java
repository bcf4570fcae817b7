package org.feedbackstudio.donor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Donor Game's bookkeeping: what each seat gave this generation, the donation histogram, each game's
 * final resources, and at the end of a generation its scores, selection order and summary. The game rules
 * ({@link DonorGameSimulation}) report to it; it never changes the game.
 */
final class GenerationLedger {
    /** Bins of the donation histograms. */
    static final int HISTOGRAM_BINS = DonorGameSimulation.HISTOGRAM_BINS;
    /** Milestone metrics, in the order of {@link DonorGameSimulation#METRICS} after the per-tick ones. */
    static final int METRICS = 10;

    private final int agents;
    private final int survivors;
    private final double[] gameOneFinal;
    private final double[] gameTwoFinal;
    private final double[] score;
    private final double[] selection;
    private final double[] donatedSum;
    private final int[] donatedCount;
    private final int[] rank;
    private final int[] histogram = new int[HISTOGRAM_BINS];
    private int[] order;

    private long encountersTotal;
    private long fallbacksTotal;
    private double lastRoundDonation = Double.NaN;
    private long encounters;
    private long punishments;
    private long fallbacks;
    private double donated;
    private final double[] metrics = new double[METRICS];
    private final List<GenerationSummary> history = new ArrayList<>();

    GenerationLedger(int agents, int survivors) {
        this.agents = agents;
        this.survivors = survivors;
        gameOneFinal = new double[agents];
        gameTwoFinal = new double[agents];
        score = new double[agents];
        selection = new double[agents];
        donatedSum = new double[agents];
        donatedCount = new int[agents];
        rank = new int[agents];
        Arrays.fill(metrics, Double.NaN);
        startGeneration();
    }

    void startGeneration() {
        Arrays.fill(gameOneFinal, Double.NaN);
        Arrays.fill(gameTwoFinal, Double.NaN);
        Arrays.fill(score, Double.NaN);
        Arrays.fill(selection, Double.NaN);
        Arrays.fill(donatedSum, 0.0);
        Arrays.fill(donatedCount, 0);
        Arrays.fill(rank, 0);
        Arrays.fill(histogram, 0);
        order = null;
        encounters = 0;
        punishments = 0;
        fallbacks = 0;
        donated = 0.0;
    }

    // ---------------------------------------------------------------- during a round (the hot path)

    /** A donor's encounter: the share it gave (0 when it punished). */
    void gave(int donorSeat, double share) {
        donatedSum[donorSeat] += share;
        donatedCount[donorSeat]++;
        histogram[Math.min(HISTOGRAM_BINS - 1, (int) (share * HISTOGRAM_BINS))]++;
    }

    void punished() {
        punishments++;
    }

    void fellBack() {
        fallbacks++;
        fallbacksTotal++;
    }

    /** A round of {@code half} encounters ended, in which donors gave {@code roundDonated} shares in all. */
    void roundPlayed(int half, double roundDonated) {
        encounters += half;
        donated += roundDonated;
        encountersTotal += half;
        lastRoundDonation = roundDonated / half;
    }

    /** A game ended with these resources. */
    void gameEnded(int game, double[] resources) {
        System.arraycopy(resources, 0, game == 0 ? gameOneFinal : gameTwoFinal, 0, agents);
    }

    // ---------------------------------------------------------------- at the end of a generation

    /**
     * Scores the generation, ranks its seats for selection and sums it up.
     *
     * @param selectOnSecondGame the notebook's rule: select on twice game 2's result instead of the score
     */
    GenerationSummary endGeneration(int generation, Member[] seats, boolean selectOnSecondGame) {
        double sumScore = 0.0;
        double sumOne = 0.0;
        double sumTwo = 0.0;
        for (int s = 0; s < agents; s++) {
            score[s] = (gameOneFinal[s] + gameTwoFinal[s]) / 2.0;
            selection[s] = selectOnSecondGame ? 2.0 * gameTwoFinal[s] : score[s];
            sumScore += score[s];
            sumOne += gameOneFinal[s];
            sumTwo += gameTwoFinal[s];
        }
        order = Ranking.order(selection, seats);
        for (int r = 0; r < agents; r++) {
            rank[order[r]] = r + 1;
        }
        double meanScore = sumScore / agents;
        double scoreSpread = spread(score, null, meanScore);

        double[] meanDonation = new double[agents];
        double donationSum = 0.0;
        int donors = 0;
        for (int s = 0; s < agents; s++) {
            if (donatedCount[s] > 0) {
                meanDonation[s] = donatedSum[s] / donatedCount[s];
                donationSum += meanDonation[s];
                donors++;
            }
        }
        double donationSpread = donors == 0 ? Double.NaN : spread(meanDonation, donatedCount, donationSum / donors);

        double generositySum = 0.0;
        int generosityCount = 0;
        int ruled = 0;
        int[] byNorm = new int[Norm.values().length];
        for (Member m : seats) {
            double g = m.strategy().generosity();
            if (!Double.isNaN(g)) {
                generositySum += g;
                generosityCount++;
            }
            if (m.strategy() instanceof RuleStrategy rs) {
                byNorm[rs.norm().ordinal()]++;
                ruled++;
            }
        }
        List<Double> normShares = new ArrayList<>();
        for (int count : byNorm) {
            normShares.add(ruled == 0 ? Double.NaN : (double) count / ruled);
        }
        double donationFraction = donated / encounters;
        double punishmentShare = (double) punishments / encounters;
        double meanGenerosity = generosityCount == 0 ? Double.NaN : generositySum / generosityCount;

        int best = order[0];
        GenerationSummary summary = new GenerationSummary(generation, meanScore, sumOne / agents, sumTwo / agents,
                donationFraction, punishmentShare, scoreSpread, donationSpread, meanGenerosity, normShares,
                encounters, fallbacks, histogramList(), seats[best].name(), selection[best], survivors);
        history.add(summary);

        metrics[0] = generation;
        metrics[1] = meanScore;
        metrics[2] = donationFraction;
        metrics[3] = punishmentShare;
        metrics[4] = scoreSpread;
        metrics[5] = donationSpread;
        metrics[6] = meanGenerosity;
        metrics[7] = normShares.get(Norm.UNCONDITIONAL.ordinal());
        metrics[8] = normShares.get(Norm.IMAGE_SCORING.ordinal());
        metrics[9] = normShares.get(Norm.STANDING.ordinal());
        return summary;
    }

    /** Population standard deviation of {@code values} (only where {@code count > 0}, when given). */
    private static double spread(double[] values, int[] count, double mean) {
        double sum = 0.0;
        int n = 0;
        for (int s = 0; s < values.length; s++) {
            if (count == null || count[s] > 0) {
                double d = values[s] - mean;
                sum += d * d;
                n++;
            }
        }
        return Math.sqrt(sum / n);
    }

    /** The seat ranked {@code r} (0 = best) at the end of the generation. */
    int seatRanked(int r) {
        return order[r];
    }

    double selectionScore(int seat) {
        return selection[seat];
    }

    // ---------------------------------------------------------------- reading

    long encountersTotal() {
        return encountersTotal;
    }

    long fallbacksTotal() {
        return fallbacksTotal;
    }

    double lastRoundDonation() {
        return lastRoundDonation;
    }

    /** The milestone metrics of the last finished generation (NaN before the first). */
    void copyMetrics(double[] out, int from) {
        System.arraycopy(metrics, 0, out, from, METRICS);
    }

    List<GenerationSummary> history() {
        return history;
    }

    List<Integer> histogramList() {
        List<Integer> bins = new ArrayList<>(HISTOGRAM_BINS);
        for (int count : histogram) {
            bins.add(count);
        }
        return List.copyOf(bins);
    }

    /** A seat's standing this generation, as the inspector shows it. */
    AgentTile tile(int s, Member m, double resources, SeenTrace lastTrace) {
        return new AgentTile(s, m.name(), m.born(), m.strategy(), resources,
                donatedCount[s] == 0 ? Double.NaN : donatedSum[s] / donatedCount[s], donatedCount[s],
                gameOneFinal[s], score[s], selection[s], rank[s], rank[s] > 0 && rank[s] <= survivors,
                m.parent() == null ? null : m.parent().name(), m.lineage(DonorGameSimulation.LINEAGE_SHOWN),
                m.ancestors(), lastTrace);
    }
}
