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
 */
public record ChartSpec(String title, String xLabel, String yLabel, List<String> metrics, String xMetric,
                        boolean logYOffered, String secondaryYLabel, List<String> secondaryMetrics,
                        List<String> referenceMetrics, boolean markMilestones) {
    public ChartSpec {
        metrics = List.copyOf(metrics);
        secondaryMetrics = List.copyOf(secondaryMetrics);
        referenceMetrics = List.copyOf(referenceMetrics);
    }

    public ChartSpec(String title, String xLabel, String yLabel, List<String> metrics, String xMetric,
                     boolean logYOffered) {
        this(title, xLabel, yLabel, metrics, xMetric, logYOffered, null, List.of(), List.of(), false);
    }

    public static ChartSpec overTicks(String title, String xLabel, String yLabel, List<String> metrics) {
        return new ChartSpec(title, xLabel, yLabel, metrics, null, false);
    }

    /** The same chart with x taken from a metric (e.g. "generation") instead of the tick. */
    public ChartSpec withX(String metric, String label) {
        return new ChartSpec(title, label, yLabel, metrics, metric, logYOffered, secondaryYLabel, secondaryMetrics,
                referenceMetrics, markMilestones);
    }

    public ChartSpec withLogY() {
        return new ChartSpec(title, xLabel, yLabel, metrics, xMetric, true, secondaryYLabel, secondaryMetrics,
                referenceMetrics, markMilestones);
    }

    /** Adds a right-hand axis for metrics on another scale (e.g. a rate beside a price). */
    public ChartSpec withSecondaryAxis(String label, List<String> metricsOnIt) {
        return new ChartSpec(title, xLabel, yLabel, metrics, xMetric, logYOffered, label, metricsOnIt,
                referenceMetrics, markMilestones);
    }

    /** Marks some of the chart's metrics as reference curves, drawn dashed. */
    public ChartSpec withReference(List<String> references) {
        return new ChartSpec(title, xLabel, yLabel, metrics, xMetric, logYOffered, secondaryYLabel, secondaryMetrics,
                references, markMilestones);
    }

    /** Draws a vertical line at every milestone tick. */
    public ChartSpec withMilestoneMarkers() {
        return new ChartSpec(title, xLabel, yLabel, metrics, xMetric, logYOffered, secondaryYLabel, secondaryMetrics,
                referenceMetrics, true);
    }

    /** Every metric the chart draws. */
    public List<String> allMetrics() {
        return java.util.stream.Stream.concat(metrics.stream(), secondaryMetrics.stream()).toList();
    }
}
