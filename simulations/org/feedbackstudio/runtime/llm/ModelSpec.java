package org.feedbackstudio.runtime.llm;

import java.util.List;
import java.util.Objects;

/**
 * A scenario's {@code model} block: which model answers, where, and how it is asked. Holds the NAME of the
 * environment variable with the key, never the key. Read and written by {@link ModelSpecFormat}.
 *
 * @param backend        how the model is reached
 * @param baseUrl        the server's address (openai: up to and including {@code /v1}; anthropic: the API's
 *                       root); null for embedded
 * @param model          the model's name on the server; for embedded, the GGUF file's path
 * @param apiKeyEnv      the environment variable holding the key, or null when the server needs none
 * @param temperature    sampling temperature, 0 to 2
 * @param topP           nucleus sampling mass, (0, 1]; 1 leaves it to the server
 * @param maxTokens      the longest answer, in tokens
 * @param concurrency    calls in flight at once
 * @param timeoutSeconds the longest wait for one answer
 * @param retries        how often a call that failed for a passing reason (rate limit, server error, timeout,
 *                       lost connection, garbled response) is tried again, with backoff, before the run stops
 * @param reasks         how often a decision whose answer cannot be read is asked again before it falls back
 * @param prices         what the provider charges, or null when not given
 */
public record ModelSpec(Backend backend, String baseUrl, String model, String apiKeyEnv, double temperature,
                        double topP, int maxTokens, int concurrency, int timeoutSeconds, int retries, int reasks,
                        Prices prices) {

    public static final double DEFAULT_TEMPERATURE = 0.8;
    public static final double DEFAULT_TOP_P = 1.0;
    public static final int DEFAULT_MAX_TOKENS = 1000;
    public static final int DEFAULT_CONCURRENCY = 4;
    public static final int DEFAULT_TIMEOUT_SECONDS = 120;
    public static final int DEFAULT_RETRIES = 5;
    /** The authors' notebook asks up to ten times. */
    public static final int DEFAULT_REASKS = 10;
    public static final String ANTHROPIC_URL = "https://api.anthropic.com";
    public static final String ANTHROPIC_KEY_ENV = "ANTHROPIC_API_KEY";
    /** Ollama's default address, where its OpenAI-compatible endpoint lives. */
    public static final String OLLAMA_URL = "http://localhost:11434/v1";

    public ModelSpec {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(model, "model");
    }

    /** A block with every optional setting at its default. */
    public static ModelSpec of(Backend backend, String baseUrl, String model, String apiKeyEnv) {
        return new ModelSpec(backend, baseUrl, model, apiKeyEnv, DEFAULT_TEMPERATURE, DEFAULT_TOP_P,
                DEFAULT_MAX_TOKENS, DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_SECONDS, DEFAULT_RETRIES, DEFAULT_REASKS,
                null);
    }

    public Sampling sampling() {
        return new Sampling(temperature, topP, maxTokens, List.of());
    }

    public ModelSpec withModel(String name) {
        return new ModelSpec(backend, baseUrl, name, apiKeyEnv, temperature, topP, maxTokens, concurrency,
                timeoutSeconds, retries, reasks, prices);
    }

    public ModelSpec withBackend(Backend newBackend, String newBaseUrl, String newApiKeyEnv) {
        return new ModelSpec(newBackend, newBaseUrl, model, newApiKeyEnv, temperature, topP, maxTokens,
                concurrency, timeoutSeconds, retries, reasks, prices);
    }

    public ModelSpec withTemperature(double t) {
        return new ModelSpec(backend, baseUrl, model, apiKeyEnv, t, topP, maxTokens, concurrency, timeoutSeconds,
                retries, reasks, prices);
    }

    public ModelSpec withConcurrency(int n) {
        return new ModelSpec(backend, baseUrl, model, apiKeyEnv, temperature, topP, maxTokens, n, timeoutSeconds,
                retries, reasks, prices);
    }

    public ModelSpec withLimits(int newTimeoutSeconds, int newRetries, int newReasks) {
        return new ModelSpec(backend, baseUrl, model, apiKeyEnv, temperature, topP, maxTokens, concurrency,
                newTimeoutSeconds, newRetries, newReasks, prices);
    }

    /** A short description for messages and the status bar: "openai llama3.2 at http://localhost:11434/v1". */
    public String describe() {
        return backend.id() + " " + model + (baseUrl == null ? "" : " at " + baseUrl);
    }
}
