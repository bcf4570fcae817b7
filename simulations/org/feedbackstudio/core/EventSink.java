package org.feedbackstudio.core;

/**
 * Where a simulation publishes its events. The simulation never knows who listens; it asks
 * {@link #wants} first so that no event is built when nobody would read it.
 */
public interface EventSink {

    /** A sink that takes nothing, for benchmarks and sweeps. */
    EventSink NONE = new EventSink() {
        @Override
        public boolean wants(String kind) {
            return false;
        }

        @Override
        public void publish(SimEvent event) {
            // nobody listens
        }
    };

    /** Whether events of this kind are wanted; building an event is skipped when not. */
    boolean wants(String kind);

    void publish(SimEvent event);
}
