package org.feedbackstudio.runtime.llm;

import java.util.List;

/**
 * What is sent to a model: the messages, how to sample, and a seed that servers honouring one (llama.cpp,
 * Ollama, vLLM, OpenAI) use so that a repeated request can give the same answer.
 */
public record ChatRequest(List<ChatMessage> messages, Sampling sampling, long seed) {
    public ChatRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        java.util.Objects.requireNonNull(sampling, "sampling");
    }
}
