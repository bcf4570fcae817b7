package org.feedbackstudio.core;

/** Where a {@link Runner}'s current run stands. */
public enum RunState {
    /** Nothing loaded yet. */
    EMPTY,
    /** The simulation is being created (data loading, model start-up). */
    LOADING,
    /** Created, not started. */
    READY,
    RUNNING,
    PAUSED,
    /** Reached its stop condition. */
    FINISHED,
    /** Could not start, or a step threw; see the batch's failure. */
    FAILED
}
