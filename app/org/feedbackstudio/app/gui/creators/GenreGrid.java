package org.feedbackstudio.app.gui.creators;

import java.util.List;

/**
 * The cells of the genre × round heat map: per round (a column) and genre (a row), the share of that
 * round's new items (or exposures) in the genre. Plain Java, so it is tested without a display.
 */
final class GenreGrid {
    private final int rounds;
    private final int genres;
    private final double[][] share;
    private final long[] totals;

    /** @param counts per round played, counts per genre */
    GenreGrid(List<long[]> counts, int rounds, int genres) {
        this.rounds = rounds;
        this.genres = genres;
        this.share = new double[rounds][genres];
        this.totals = new long[rounds];
        for (int r = 0; r < Math.min(rounds, counts.size()); r++) {
            long[] c = counts.get(r);
            long total = 0;
            for (long n : c) {
                total += n;
            }
            totals[r] = total;
            for (int g = 0; g < genres; g++) {
                share[r][g] = total == 0 ? 0 : (double) c[g] / total;
            }
        }
        for (int r = counts.size(); r < rounds; r++) {
            totals[r] = -1;
        }
    }

    int rounds() {
        return rounds;
    }

    int genres() {
        return genres;
    }

    /** The share of round {@code round}'s (0-based) items in {@code genre}; NaN for a round not played. */
    double share(int round, int genre) {
        return totals[round] < 0 ? Double.NaN : share[round][genre];
    }

    /** Items (or exposures) in the round, -1 for a round not played yet. */
    long total(int round) {
        return totals[round];
    }
}
