package org.feedbackstudio.runtime.llm;

/**
 * What a provider charges, in the user's currency, per million tokens.
 *
 * @param inputPerMillion  per million prompt tokens
 * @param outputPerMillion per million answer tokens
 */
public record Prices(double inputPerMillion, double outputPerMillion) {
    public Prices {
        if (!(inputPerMillion >= 0) || !(outputPerMillion >= 0) || Double.isInfinite(inputPerMillion)
                || Double.isInfinite(outputPerMillion)) {
            throw new IllegalArgumentException("prices are numbers >= 0");
        }
    }

    public double cost(long inputTokens, long outputTokens) {
        return inputTokens * inputPerMillion / 1e6 + outputTokens * outputPerMillion / 1e6;
    }
}
