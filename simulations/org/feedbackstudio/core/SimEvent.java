package org.feedbackstudio.core;

import java.util.Map;
import java.util.Objects;

/**
 * Something that happened in a simulation: an utterance, a donation, a strategy text, a switch.
 *
 * @param tick the tick during which it happened (1-based: the tick being computed)
 * @param kind a short machine-readable kind, e.g. "donation", "strategy", "transcript"
 * @param text one human-readable line for the event log
 * @param data structured fields written to events.jsonl (strings, numbers, booleans, lists, maps)
 */
public record SimEvent(long tick, String kind, String text, Map<String, Object> data) {
    public SimEvent {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        data = data == null ? Map.of() : data;
    }
}
