package org.feedbackstudio.regret;

import java.util.Arrays;
import java.util.List;

/** How the (oblivious) adversary draws the loss sequence. */
public enum AdversaryKind {
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

    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(AdversaryKind::id).toList();
    }

    public static AdversaryKind fromId(String id) {
        for (AdversaryKind a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown adversary " + id + "; known: " + String.join(", ", ids()));
    }
}
