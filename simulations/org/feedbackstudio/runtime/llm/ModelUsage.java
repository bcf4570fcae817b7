package org.feedbackstudio.runtime.llm;

import java.util.Locale;

/**
 * A run's model use so far.
 *
 * @param calls        requests answered by the model (cache hits not included)
 * @param cacheHits    answers served from the cache
 * @param inputTokens  prompt tokens of the calls made
 * @param outputTokens answer tokens of the calls made
 * @param retries      calls tried again after a passing fault
 * @param reasks       decisions asked again because the answer could not be read
 * @param fallbacks    decisions that fell back to the default rule
 * @param cost         what the calls made cost at the scenario's prices, or NaN without prices
 */
public record ModelUsage(long calls, long cacheHits, long inputTokens, long outputTokens, long retries, long reasks,
                         long fallbacks, double cost) {

    public static final ModelUsage NONE = new ModelUsage(0, 0, 0, 0, 0, 0, 0, Double.NaN);

    /** One line for the status bar and the command line. */
    public String summary() {
        String s = String.format(Locale.ROOT, "%,d calls, %,d from cache, %,d + %,d tokens, %,d fallbacks", calls,
                cacheHits, inputTokens, outputTokens, fallbacks);
        return Double.isNaN(cost) ? s : s + String.format(Locale.ROOT, ", cost %.4f", cost);
    }
}
