package org.feedbackstudio.core;

import java.util.List;

/**
 * One running world. The driver (a {@link Runner} in the studio, {@link HeadlessRun} on the command
 * line) calls {@link #step()} until {@link #isDone()}; between steps it may read the metrics, take a
 * snapshot or change a live parameter. A simulation is used by one thread at a time and never knows
 * whether anybody is watching.
 */
public interface Simulation extends AutoCloseable {

    /** The metrics this run reports, in the order {@link #sample} fills them. Fixed for the run. */
    List<MetricSpec> metrics();

    /** Ticks completed so far. */
    long tick();

    /** The tick at which the run ends by itself (horizon, generations × rounds, …). */
    long totalTicks();

    default boolean isDone() {
        return tick() >= totalTicks();
    }

    /** Advances one tick (a round, a generation, an iteration: the simulator names it). */
    void step();

    /** Writes the current value of every metric into {@code out} (length = metrics().size()); NaN if undefined. */
    void sample(double[] out);

    /** Whether the tick just completed ended a milestone (a generation, a task), so that a frame is due. */
    default boolean atMilestone() {
        return false;
    }

    /** Work done so far in the simulator's benchmark unit ({@link Simulator#workUnit()}); ticks by default. */
    default long workDone() {
        return tick();
    }

    /** A read-only snapshot for the inspector; a simulation narrows the return type to its own detail. */
    Inspection<?> inspect();

    /**
     * Applies a new value of a parameter marked live, without a reset. A simulation takes exactly the
     * parameters its simulator marks live ({@link Parameter#live()}; the conformance suite checks it),
     * matching them with {@link ParameterChange#apply}.
     *
     * @return true if applied; false if this parameter cannot change mid-run or the value is out of its domain
     */
    default boolean applyLive(ParameterChange change) {
        return false;
    }

    /** Releases native memory, models, files. */
    @Override
    default void close() {
    }
}
