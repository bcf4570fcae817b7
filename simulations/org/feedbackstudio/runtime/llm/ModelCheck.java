package org.feedbackstudio.runtime.llm;

import java.util.List;

/**
 * Sends one short prompt to check that a model answers: for the command line's {@code model-check} and the
 * studio's Test connection. Nothing is cached and nothing is retried: the point is to see the fault.
 */
public final class ModelCheck {
    static final List<ChatMessage> PROMPT = List.of(
            ChatMessage.system("You are checking a connection. Answer briefly."),
            ChatMessage.user("Reply with the single word: ready"));

    private ModelCheck() {
    }

    /** The reply and what it cost. */
    public record Result(String reply, Usage usage) {
    }

    /**
     * @throws ModelException saying why there was no answer
     */
    public static Result run(ModelSpec spec, ModelEnvironment environment) throws ModelException,
            InterruptedException {
        try (LanguageModel model = LanguageModels.open(spec, environment)) {
            ChatReply reply = model.chat(new ChatRequest(PROMPT, spec.sampling().withMaxTokens(
                    Math.min(spec.maxTokens(), 16)), 1));
            return new Result(reply.text(), reply.usage());
        }
    }

    /** The models the spec's server offers (for the studio's model list). */
    public static List<String> models(ModelSpec spec, ModelEnvironment environment) throws ModelException,
            InterruptedException {
        try (LanguageModel model = LanguageModels.open(spec, environment)) {
            return model.availableModels();
        }
    }
}
