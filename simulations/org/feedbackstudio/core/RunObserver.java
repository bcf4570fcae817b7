package org.feedbackstudio.core;

/**
 * Listens to a run: charts, CSV and JSON writers, the event log and sweep summaries are observers.
 * The simulation never references them. Called on the thread that drives the run.
 */
public interface RunObserver {

    default void started(RunInfo info) {
    }

    default void frame(MetricFrame frame) {
    }

    /** Which event kinds this observer reads; events nobody wants are never built. */
    default boolean wantsEvents(String kind) {
        return false;
    }

    default void event(SimEvent event) {
    }

    default void finished(RunOutcome outcome) {
    }
}
