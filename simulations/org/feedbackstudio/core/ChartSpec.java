package org.feedbackstudio.core;

import java.util.List;

/**
 * A chart the studio draws by default for a simulator: which metrics share it and how to label it.
 *
 * @param title       chart title
 * @param xLabel      x-axis label (the x value is the tick, or {@code xMetric} when set)
 * @param yLabel      y-axis label
 * @param metrics     names of the metrics drawn, in legend order
 * @param xMetric     name of a metric to use as x instead of the tick (e.g. "generation"), or null
 * @param logYOffered whether a logarithmic y axis makes sense for this chart
 */
public record ChartSpec(String title, String xLabel, String yLabel, List<String> metrics, String xMetric,
                        boolean logYOffered) {
    public ChartSpec {
        metrics = List.copyOf(metrics);
    }

    public static ChartSpec overTicks(String title, String xLabel, String yLabel, List<String> metrics) {
        return new ChartSpec(title, xLabel, yLabel, metrics, null, false);
    }

    public ChartSpec withLogY() {
        return new ChartSpec(title, xLabel, yLabel, metrics, xMetric, true);
    }
}
