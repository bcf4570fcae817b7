package org.feedbackstudio.runtime.llm;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Running totals of a run's model use, safe to update from the calling threads and to read from any
 * thread (the studio's status bar reads them while the run goes on).
 */
public final class ModelAccount {
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong reasks = new AtomicLong();
    private final AtomicLong fallbacks = new AtomicLong();
    private final DoubleAdder cost = new DoubleAdder();
    private volatile boolean priced;

    /** A call that reached the model; its tokens and cost. */
    void called(Usage usage, Prices prices) {
        calls.incrementAndGet();
        inputTokens.addAndGet(usage.inputTokens());
        outputTokens.addAndGet(usage.outputTokens());
        if (prices != null) {
            priced = true;
            cost.add(prices.cost(usage.inputTokens(), usage.outputTokens()));
        }
    }

    /** An answer served from the cache: it costs nothing now. */
    void cached(Usage usage) {
        cacheHits.incrementAndGet();
    }

    void retried() {
        retries.incrementAndGet();
    }

    void reasked() {
        reasks.incrementAndGet();
    }

    void fellBack() {
        fallbacks.incrementAndGet();
    }

    public ModelUsage snapshot() {
        return new ModelUsage(calls.get(), cacheHits.get(), inputTokens.get(), outputTokens.get(), retries.get(),
                reasks.get(), fallbacks.get(), priced ? cost.sum() : Double.NaN);
    }
}
