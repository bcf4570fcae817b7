package org.feedbackstudio.creators;

import org.feedbackstudio.core.MetricSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The metrics a platform reports every round, and the inequality and diversity measures behind them. */
public final class PlatformMetrics {
    public static final String CLICKS = "clicks";
    public static final String CTR = "ctr";
    public static final String TOTAL_CLICKS = "totalClicks";
    public static final String ACTIVE_CREATORS = "activeCreators";
    public static final String DEPARTURES = "departures";
    public static final String EXPOSURE_GINI = "exposureGini";
    public static final String CUMULATIVE_GINI = "cumulativeExposureGini";
    public static final String MAX_EXPOSURE = "maxExposure";
    public static final String MIN_EXPOSURE = "minExposure";
    public static final String NEW_ITEMS = "newItems";
    public static final String NEW_ITEM_ENTROPY = "newItemEntropy";
    public static final String NEW_ITEM_COVERAGE = "newItemCoverage";
    public static final String EXPOSURE_ENTROPY = "exposureEntropy";
    public static final String EXPOSURE_COVERAGE = "exposureCoverage";
    public static final String EXPLORE_RATIO = "exploreRatio";
    public static final String MEAN_REWARD = "meanReward";
    public static final String TRAINING_LOSS = "trainingLoss";
    public static final String FALLBACKS = "fallbacks";

    private PlatformMetrics() {
    }

    static List<MetricSpec> specs(PlatformSettings settings) {
        List<MetricSpec> specs = new ArrayList<>(List.of(
                MetricSpec.perTick(CLICKS, "clicks", "clicks"),
                MetricSpec.perTick(CTR, "click-through rate", ""),
                MetricSpec.perTick(TOTAL_CLICKS, "clicks so far", "clicks"),
                MetricSpec.perTick(ACTIVE_CREATORS, "active creators", "creators"),
                MetricSpec.perTick(DEPARTURES, "departures so far", "creators"),
                MetricSpec.perTick(EXPOSURE_GINI, "Gini of exposure this round", ""),
                MetricSpec.perTick(CUMULATIVE_GINI, "Gini of exposure so far", ""),
                MetricSpec.perTick(MAX_EXPOSURE, "most exposures of a creator", "exposures"),
                MetricSpec.perTick(MIN_EXPOSURE, "fewest exposures of a creator", "exposures"),
                MetricSpec.perTick(NEW_ITEMS, "new items", "items"),
                MetricSpec.perTick(NEW_ITEM_ENTROPY, "genre entropy of new items", "bits"),
                MetricSpec.perTick(NEW_ITEM_COVERAGE, "genre coverage of new items", ""),
                MetricSpec.perTick(EXPOSURE_ENTROPY, "genre entropy of exposures", "bits"),
                MetricSpec.perTick(EXPOSURE_COVERAGE, "genre coverage of exposures", ""),
                MetricSpec.perTick(EXPLORE_RATIO, "share of decisions that explore", ""),
                MetricSpec.perTick(MEAN_REWARD, "clicks per active creator", "clicks")));
        if (settings.recommender().learned()) {
            specs.add(MetricSpec.perMilestone(TRAINING_LOSS, "training loss at the last retrain", ""));
        }
        if (settings.modelDriven()) {
            specs.add(MetricSpec.perTick(FALLBACKS, "model answers that fell back to the built-in rule so far",
                    "answers"));
        }
        return List.copyOf(specs);
    }

    /**
     * The Gini coefficient of non-negative values: the mean absolute difference between two of them over
     * twice their mean, 0 when all are equal, (n − 1)/n when one has everything. NaN when there are none or
     * they sum to 0.
     */
    public static double gini(double[] values) {
        int n = values.length;
        double total = 0;
        for (double v : values) {
            total += v;
        }
        if (n == 0 || total <= 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (i + 1) * sorted[i];
        }
        return 2 * weighted / (n * total) - (n + 1.0) / n;
    }

    /** The Shannon entropy in bits of counts taken as a distribution; NaN when they sum to 0. */
    public static double entropy(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return Double.NaN;
        }
        double h = 0;
        for (long c : counts) {
            if (c > 0) {
                double p = (double) c / total;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        return h;
    }

    /** The share of categories with a positive count; NaN when there are no categories. */
    public static double coverage(long[] counts) {
        if (counts.length == 0) {
            return Double.NaN;
        }
        int covered = 0;
        for (long c : counts) {
            covered += c > 0 ? 1 : 0;
        }
        return (double) covered / counts.length;
    }
}
