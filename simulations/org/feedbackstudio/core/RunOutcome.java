package org.feedbackstudio.core;

/**
 * How a run ended.
 *
 * @param tick      ticks completed
 * @param completed true when it reached its stop condition
 * @param failure   what stopped it early, or null
 */
public record RunOutcome(long tick, boolean completed, Throwable failure) {
}
