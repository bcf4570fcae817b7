package org.feedbackstudio.runtime.llm;

import java.util.List;

/**
 * How a question was settled: the value read, or a fallback after the allowed re-asks; with every asking
 * on record, in order.
 *
 * @param value    the value read, or null when the decision fell back
 * @param fellBack whether no answer could be read
 * @param note     how the value was read, or why the last answer could not be
 * @param calls    each asking, first to last
 */
public record Answer<T>(T value, boolean fellBack, String note, List<CallRecord> calls) {
    public Answer {
        calls = List.copyOf(calls);
    }

    /** The last answer's text (the one read, or the last unreadable one). */
    public String lastReply() {
        return calls.isEmpty() ? "" : calls.get(calls.size() - 1).reply();
    }
}
