package org.feedbackstudio.creators;

import org.feedbackstudio.core.Choice;

/** The base rankers a platform can use. */
public enum RecommenderKind implements Choice {
    RANDOM("random", "random"),
    POPULARITY("popularity", "popularity");

    private final String id;
    private final String label;

    RecommenderKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether the ranker is a model trained on the interaction log. */
    public boolean learned() {
        return false;
    }
}
