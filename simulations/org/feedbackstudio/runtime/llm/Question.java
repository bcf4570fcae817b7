package org.feedbackstudio.runtime.llm;

import java.util.List;
import java.util.Objects;

/**
 * One decision to put to a model: who decides (its identity in the run), the messages, and how to read the
 * answer.
 */
public record Question<T>(DecisionId decision, List<ChatMessage> messages, AnswerReader<T> reader) {
    public Question {
        Objects.requireNonNull(decision, "decision");
        messages = List.copyOf(messages);
        Objects.requireNonNull(reader, "reader");
    }
}
