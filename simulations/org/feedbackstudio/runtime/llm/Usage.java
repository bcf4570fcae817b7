package org.feedbackstudio.runtime.llm;

/**
 * What one answer cost.
 *
 * @param inputTokens  prompt tokens, as the server counted them
 * @param outputTokens answer tokens, as the server counted them
 * @param latencyNanos from sending the request to having the whole answer
 */
public record Usage(long inputTokens, long outputTokens, long latencyNanos) {
    public double latencyMillis() {
        return latencyNanos / 1e6;
    }
}
