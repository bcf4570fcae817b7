package org.feedbackstudio.core;

import java.util.List;

/**
 * What a {@link Runner} hands its listener at most ~30 times a second: everything since the last batch.
 *
 * @param runId         increases with every load; a view drops batches of an older run
 * @param info          set on the first batch of a run (after a load or reset), else null
 * @param frames        metric frames since the last batch, in tick order
 * @param events        events since the last batch (at most {@link Runner#MAX_EVENTS_PER_BATCH})
 * @param droppedEvents events left out of this batch because there were too many to show
 * @param tick          ticks completed
 * @param totalTicks    the tick the run stops at
 * @param ticksPerSecond recent speed
 * @param state         the state after this batch
 * @param failure       why the run failed, when state is FAILED
 */
public record RunBatch(long runId, RunInfo info, List<MetricFrame> frames, List<SimEvent> events, long droppedEvents,
                       long tick, long totalTicks, double ticksPerSecond, RunState state, Throwable failure) {
    public RunBatch {
        frames = List.copyOf(frames);
        events = List.copyOf(events);
    }
}
