package org.feedbackstudio.runtime.llm;

import java.util.Objects;

/** A model's answer and what it cost. */
public record ChatReply(String text, Usage usage) {
    public ChatReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(usage, "usage");
    }
}
