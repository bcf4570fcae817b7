package org.feedbackstudio.creators;

import org.feedbackstudio.core.Choice;

/** The base rankers a platform can use. */
public enum RecommenderKind implements Choice {
    RANDOM("random", "random", false),
    POPULARITY("popularity", "popularity", false),
    /** Matrix factorisation, pointwise binary cross-entropy on every (user, item, label). */
    MF("mf", "matrix factorisation", true),
    /** Matrix factorisation with the pairwise BPR loss on (user, watched item, sampled item). */
    BPR("bpr", "BPR", true);

    private final String id;
    private final String label;
    private final boolean learned;

    RecommenderKind(String id, String label, boolean learned) {
        this.id = id;
        this.label = label;
        this.learned = learned;
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
        return learned;
    }
}
