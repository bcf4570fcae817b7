package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** An event sink for tests: keeps every event of the kinds it wants, in order. */
public class EventRecorder implements EventSink {
    public final List<SimEvent> events = new ArrayList<>();
    private final Predicate<String> kinds;

    public EventRecorder(Predicate<String> kinds) {
        this.kinds = kinds;
    }

    /** A recorder that wants every kind. */
    public EventRecorder() {
        this(kind -> true);
    }

    @Override
    public boolean wants(String kind) {
        return kinds.test(kind);
    }

    @Override
    public void publish(SimEvent event) {
        events.add(event);
    }

    public List<SimEvent> ofKind(String kind) {
        return events.stream().filter(e -> e.kind().equals(kind)).toList();
    }
}
