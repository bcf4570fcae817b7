package org.feedbackstudio.regret;

import org.feedbackstudio.core.Choice;

/** How the (oblivious) adversary draws the loss sequence. */
public enum AdversaryKind implements Choice {
    /** The multi-scale random walk of Dekel, Ding, Koren and Peres: the lower-bound construction. */
    RANDOM_WALK("random-walk"),
    /** Independent Bernoulli losses with fixed per-action means. */
    BERNOULLI("bernoulli"),
    /** Bernoulli losses whose means are redrawn at the start of every segment. */
    PIECEWISE("piecewise");

    private final String id;

    AdversaryKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
