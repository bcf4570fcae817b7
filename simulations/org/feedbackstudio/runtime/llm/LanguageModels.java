package org.feedbackstudio.runtime.llm;

import java.net.URI;
import java.time.Duration;

/** Opens the model a {@link ModelSpec} names. */
public final class LanguageModels {
    private LanguageModels() {
    }

    /**
     * Connects to (or, for the embedded backend, loads) the model. Nothing is sent yet.
     *
     * @throws ModelException when the settings cannot work: a key variable unset, a key that would travel
     *                        unencrypted, a missing or non-GGUF file
     */
    public static LanguageModel open(ModelSpec spec, ModelEnvironment environment) throws ModelException {
        Duration timeout = Duration.ofSeconds(spec.timeoutSeconds());
        ApiKey key = spec.apiKeyEnv() == null ? null : ApiKey.fromEnvironment(spec.apiKeyEnv(),
                environment.variables());
        return switch (spec.backend()) {
            case OPENAI -> new OpenAiChatModel(url(spec), spec.model(), key, timeout);
            case ANTHROPIC -> new AnthropicChatModel(url(spec), spec.model(), key, timeout);
            case EMBEDDED -> new EmbeddedLlamaModel(spec.model(), timeout);
        };
    }

    private static URI url(ModelSpec spec) throws ModelException {
        try {
            return Endpoint.parse(spec.baseUrl());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ModelException(ModelException.Kind.CONFIGURATION, "baseUrl: "
                    + (e.getMessage() == null ? "missing" : e.getMessage()));
        }
    }
}
