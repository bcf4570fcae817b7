package org.feedbackstudio.creators;

import org.feedbackstudio.core.Choice;

/** What re-orders the base ranker's candidates once re-ranking has started. */
public enum RerankerKind implements Choice {
    /** The base ranker's top items as they are. */
    NONE("none"),
    /** Creator-exposure fairness, FairCo-style: lagging creators' items are pushed up. */
    FAIRNESS("fairness"),
    /** Genre diversity by maximal marginal relevance (MMR). */
    DIVERSITY("diversity");

    private final String id;

    RerankerKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
