package org.feedbackstudio.core;

/**
 * The value of every metric of a run at one tick, in the order of the run's {@link MetricSpec}s.
 * NaN means "not defined yet".
 *
 * @param tick      the number of ticks completed
 * @param values    one value per metric; owned by the frame, never modified after publication
 * @param milestone true when this tick ended a milestone (generation, task, …)
 */
public record MetricFrame(long tick, double[] values, boolean milestone) {
}
