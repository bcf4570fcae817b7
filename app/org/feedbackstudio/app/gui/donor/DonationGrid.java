package org.feedbackstudio.app.gui.donor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cells of the donation heat map: one column per generation — or per run of consecutive generations
 * when there are more generations than columns fit — and one row per bin of the donated share. A cell
 * holds how many donations fell in its bin and what share of its column's donations that is.
 */
final class DonationGrid {
    /** Tops the colour scale may take, so that its legend reads in round steps. */
    private static final double[] SCALE_TOPS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0};
    /** Round shares the legend may label. */
    private static final double[] LEGEND_VALUES = {0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0};

    private final int generations;
    private final int bins;
    private final int perColumn;
    private final int columns;
    private final long[][] counts;
    private final long[] totals;
    private final double[] meanSum;
    private final int[] meanCount;
    private final int inPlayColumn;
    private final int finished;

    /**
     * @param generations     generations in the run (fixes the x axis, so columns never move while it runs)
     * @param bins            bins per histogram
     * @param finished        the histogram of every finished generation, oldest first
     * @param meanDonations   the mean donated share of every finished generation, same order
     * @param inPlay          the histogram so far of the generation in play, or null when none is
     * @param maxColumns      the most columns there is room for
     */
    DonationGrid(int generations, int bins, List<List<Integer>> finished, List<Double> meanDonations,
                 List<Integer> inPlay, int maxColumns) {
        if (generations < 1 || bins < 1) {
            throw new IllegalArgumentException("need at least one generation and one bin");
        }
        if (finished.size() != meanDonations.size()) {
            throw new IllegalArgumentException(finished.size() + " histograms but " + meanDonations.size() + " means");
        }
        this.generations = generations;
        this.bins = bins;
        this.finished = finished.size();
        perColumn = Math.max(1, (int) Math.ceil((double) generations / Math.max(1, maxColumns)));
        columns = (generations + perColumn - 1) / perColumn;
        counts = new long[columns][bins];
        totals = new long[columns];
        meanSum = new double[columns];
        meanCount = new int[columns];
        for (int g = 0; g < finished.size() && g < generations; g++) {
            int c = g / perColumn;
            addHistogram(c, finished.get(g));
            double mean = meanDonations.get(g);
            if (!Double.isNaN(mean)) {
                meanSum[c] += mean;
                meanCount[c]++;
            }
        }
        int current = finished.size(); // 0-based generation in play
        if (inPlay != null && current < generations && sum(inPlay) > 0) {
            inPlayColumn = current / perColumn;
            addHistogram(inPlayColumn, inPlay);
        } else {
            inPlayColumn = -1;
        }
    }

    private void addHistogram(int column, List<Integer> histogram) {
        if (histogram.size() != bins) {
            throw new IllegalArgumentException("a histogram of " + histogram.size() + " bins; expected " + bins);
        }
        for (int b = 0; b < bins; b++) {
            counts[column][b] += histogram.get(b);
            totals[column] += histogram.get(b);
        }
    }

    private static long sum(List<Integer> histogram) {
        long s = 0;
        for (int v : histogram) {
            s += v;
        }
        return s;
    }

    int generations() {
        return generations;
    }

    int bins() {
        return bins;
    }

    int columns() {
        return columns;
    }

    /** Generations merged into one column (1 while every generation has its own). */
    int generationsPerColumn() {
        return perColumn;
    }

    /** Finished generations the grid holds. */
    int finished() {
        return finished;
    }

    /** First generation (1-based) of a column. */
    int firstGeneration(int column) {
        return column * perColumn + 1;
    }

    /** Last generation (1-based) of a column. */
    int lastGeneration(int column) {
        return Math.min(generations, (column + 1) * perColumn);
    }

    /** The column showing a generation (1-based). */
    int columnOf(int generation) {
        return (generation - 1) / perColumn;
    }

    long count(int column, int bin) {
        return counts[column][bin];
    }

    long total(int column) {
        return totals[column];
    }

    /** Share of the column's donations in the bin; NaN for a column without donations yet. */
    double share(int column, int bin) {
        return totals[column] == 0 ? Double.NaN : (double) counts[column][bin] / totals[column];
    }

    /** Whether the column includes the generation still being played. */
    boolean inPlay(int column) {
        return column == inPlayColumn;
    }

    /** Mean donated share over the column's finished generations, NaN if none has finished. */
    double meanDonation(int column) {
        return meanCount[column] == 0 ? Double.NaN : meanSum[column] / meanCount[column];
    }

    /** The largest share of any cell, 0 when there are no donations. */
    double maxShare() {
        double max = 0;
        for (int c = 0; c < columns; c++) {
            for (int b = 0; b < bins; b++) {
                double s = share(c, b);
                if (!Double.isNaN(s)) {
                    max = Math.max(max, s);
                }
            }
        }
        return max;
    }

    /**
     * The top of the colour scale: the smallest of 10%, 20%, … 60%, 80%, 100% that holds the largest share
     * (the full scale when there is nothing yet), so that the legend reads in round steps.
     */
    static double scaleTop(double maxShare) {
        if (!(maxShare > 0)) {
            return 1.0;
        }
        for (double top : SCALE_TOPS) {
            if (maxShare <= top + 1e-12) {
                return top;
            }
        }
        return 1.0;
    }

    /**
     * Where a share sits on the colour scale, 0 to 1: the square root of its part of the scale's top, so
     * that a thin spread of donations stays visible beside a bin holding most of them.
     */
    static double colourPosition(double share, double top) {
        if (Double.isNaN(share) || share <= 0) {
            return 0;
        }
        return Math.sqrt(Math.min(1.0, share / top));
    }

    /**
     * Round shares to label on the legend, from 0 to the scale's top, no two closer than
     * {@code minGap} of the bar apart (positions as {@link #colourPosition}).
     */
    static List<Double> legendValues(double top, double minGap) {
        ArrayList<Double> values = new ArrayList<>();
        values.add(top);
        double last = 1.0;
        for (int i = LEGEND_VALUES.length - 1; i >= 0; i--) {
            double v = LEGEND_VALUES[i];
            double p = colourPosition(v, top);
            if (v < top - 1e-12 && p <= last - minGap && p >= minGap) {
                values.add(v);
                last = p;
            }
        }
        values.add(0.0);
        Collections.reverse(values);
        return List.copyOf(values);
    }

    /** Lower bound of a bin as a share of resources. */
    double binLow(int bin) {
        return (double) bin / bins;
    }

    /** Upper bound of a bin as a share of resources. */
    double binHigh(int bin) {
        return (double) (bin + 1) / bins;
    }
}
