package org.feedbackstudio.core;

import java.util.List;

/**
 * A chart the studio draws by default for a simulator: which metrics share it and how to label it.
 *
 * @param title            chart title
 * @param xLabel           x-axis label (the x value is the tick, or {@code xMetric} when set)
 * @param yLabel           y-axis label
 * @param metrics          names of the metrics drawn on the main y axis, in legend order
 * @param xMetric          name of a metric to use as x instead of the tick (e.g. "generation"), or null
 * @param logYOffered      whether a logarithmic y axis makes sense for this chart
 * @param secondaryYLabel  label of a second y axis on the right, or null
 * @param secondaryMetrics metrics drawn against the second axis
 * @param referenceMetrics metrics (among the above) that are references, drawn dashed (e.g. a theoretical rate)
 * @param markMilestones   whether to draw a vertical line at each milestone (a task switch, a generation)
 * @param yMin             a fixed lower end of the main y axis (e.g. 0 for an accuracy), or null to fit the data
 * @param yMax             a fixed upper end of the main y axis, or null to fit the data
 */
public record ChartSpec(String title, String xLabel, String yLabel, List<String> metrics, String xMetric,
                        boolean logYOffered, String secondaryYLabel, List<String> secondaryMetrics,
                        List<String> referenceMetrics, boolean markMilestones, Double yMin, Double yMax) {
    public ChartSpec {
        if ((yMin == null) != (yMax == null) || yMin != null && !(yMin < yMax)) {
            throw new IllegalArgumentException("a fixed y range needs both ends, lower < upper");
        }
        metrics = List.copyOf(metrics);
        secondaryMetrics = List.copyOf(secondaryMetrics);
        referenceMetrics = List.copyOf(referenceMetrics);
    }

    public ChartSpec(String title, String xLabel, String yLabel, List<String> metrics, String xMetric,
                     boolean logYOffered) {
        this(title, xLabel, yLabel, metrics, xMetric, logYOffered, null, List.of(), List.of(), false, null, null);
    }

    public static ChartSpec overTicks(String title, String xLabel, String yLabel, List<String> metrics) {
        return new ChartSpec(title, xLabel, yLabel, metrics, null, false);
    }

    /** The same chart with x taken from a metric (e.g. "generation") instead of the tick. */
    public ChartSpec withX(String metric, String label) {
        return new ChartSpec(title, label, yLabel, metrics, metric, logYOffered, secondaryYLabel, secondaryMetrics,
                referenceMetrics, markMilestones, yMin, yMax);
    }

    public ChartSpec withLogY() {
        return new ChartSpec(title, xLabel, yLabel, metrics, xMetric, true, secondaryYLabel, secondaryMetrics,
                referenceMetrics, markMilestones, yMin, yMax);
    }

    /** Adds a right-hand axis for metrics on another scale (e.g. a rate beside a price). */
    public ChartSpec withSecondaryAxis(String label, List<String> metricsOnIt) {
        return new ChartSpec(title, xLabel, yLabel, metrics, xMetric, logYOffered, label, metricsOnIt,
                referenceMetrics, markMilestones, yMin, yMax);
    }

    /** Marks some of the chart's metrics as reference curves, drawn dashed. */
    public ChartSpec withReference(List<String> references) {
        return new ChartSpec(title, xLabel, yLabel, metrics, xMetric, logYOffered, secondaryYLabel, secondaryMetrics,
                references, markMilestones, yMin, yMax);
    }

    /** Draws a vertical line at every milestone tick. */
    public ChartSpec withMilestoneMarkers() {
        return new ChartSpec(title, xLabel, yLabel, metrics, xMetric, logYOffered, secondaryYLabel, secondaryMetrics,
                referenceMetrics, true, yMin, yMax);
    }

    /** Fixes the main y axis to [low, high] (an accuracy from 0 to 1), so small changes do not look dramatic. */
    public ChartSpec withYRange(double low, double high) {
        return new ChartSpec(title, xLabel, yLabel, metrics, xMetric, logYOffered, secondaryYLabel, secondaryMetrics,
                referenceMetrics, markMilestones, low, high);
    }

    /** Every metric the chart draws. */
    public List<String> allMetrics() {
        return java.util.stream.Stream.concat(metrics.stream(), secondaryMetrics.stream()).toList();
    }
}
