package org.feedbackstudio.runtime.llm;

import org.feedbackstudio.core.Choice;

/** Who speaks in a chat message. */
public enum Role implements Choice {
    SYSTEM("system"),
    USER("user"),
    ASSISTANT("assistant");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The role's name in the OpenAI and Anthropic protocols and in model-calls.jsonl. */
    @Override
    public String id() {
        return id;
    }
}
