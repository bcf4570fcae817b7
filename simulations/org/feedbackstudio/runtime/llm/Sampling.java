package org.feedbackstudio.runtime.llm;

import java.util.List;

/**
 * How a model samples its answer.
 *
 * @param temperature 0 (greedy) to 2
 * @param topP        nucleus sampling mass, in (0, 1]; 1 leaves it to the server
 * @param maxTokens   the longest answer, in tokens
 * @param stop        strings that end the answer where they appear (not included); may be empty
 */
public record Sampling(double temperature, double topP, int maxTokens, List<String> stop) {
    public Sampling {
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be from 0 to 2, got " + temperature);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be in (0, 1], got " + topP);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
        }
        stop = List.copyOf(stop);
    }

    public Sampling withMaxTokens(int tokens) {
        return new Sampling(temperature, topP, tokens, stop);
    }
}
