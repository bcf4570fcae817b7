package org.feedbackstudio.runtime.llm;

import org.feedbackstudio.core.Choice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One asking of a model, as model-calls.jsonl records it: which decision, what was sent, what came back,
 * what it cost, and how the answer was read.
 *
 * @param decision the decision and attempt
 * @param model    the model's name
 * @param messages the messages sent
 * @param reply    the answer's text
 * @param usage    tokens and latency (as first measured, for an answer from the cache)
 * @param retries  tries beyond the first that a passing fault needed
 * @param cached   whether the answer came from the cache (no call was made)
 * @param outcome  {@link Outcome#READ}, {@link Outcome#REASKED} or {@link Outcome#FALLBACK}
 * @param note     how the answer was read, or why it could not be
 */
public record CallRecord(DecisionId decision, String model, List<ChatMessage> messages, String reply, Usage usage,
                         int retries, boolean cached, Outcome outcome, String note) {

    public enum Outcome implements Choice {
        /** The answer was read. */
        READ("read"),
        /** The answer could not be read; the decision was asked again. */
        REASKED("re-asked"),
        /** The answer could not be read and no re-ask was left: the decision fell back. */
        FALLBACK("fallback");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        /** The outcome's name in model-calls.jsonl and the inspector. */
        @Override
        public String id() {
            return id;
        }
    }

    public CallRecord {
        messages = List.copyOf(messages);
    }

    /** The record as plain values (strings, numbers, booleans, lists, maps) for a JSON line. */
    public Map<String, Object> toData() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("decision", String.join(" ", decision.coordinates()));
        d.put("seed", decision.seed());
        d.put("attempt", decision.attempt());
        d.put("model", model);
        d.put("messages", messages.stream().map(CallRecord::messageData).toList());
        d.put("reply", reply);
        d.put("inputTokens", usage.inputTokens());
        d.put("outputTokens", usage.outputTokens());
        d.put("latencyMs", Math.round(usage.latencyMillis() * 1000) / 1000.0);
        d.put("retries", retries);
        d.put("cached", cached);
        d.put("outcome", outcome.id());
        d.put("note", note);
        return d;
    }

    /** Role before content in every line: a LinkedHashMap, since Map.of's order changes from JVM to JVM. */
    private static Map<String, Object> messageData(ChatMessage m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("role", m.role().id());
        d.put("content", m.content());
        return d;
    }
}
