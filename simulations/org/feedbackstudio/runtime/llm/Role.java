package org.feedbackstudio.runtime.llm;

/** Who speaks in a chat message. */
public enum Role {
    SYSTEM("system"),
    USER("user"),
    ASSISTANT("assistant");

    private final String word;

    Role(String word) {
        this.word = word;
    }

    /** The role's name in the OpenAI and Anthropic protocols and in model-calls.jsonl. */
    public String word() {
        return word;
    }
}
