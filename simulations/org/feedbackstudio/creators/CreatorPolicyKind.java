package org.feedbackstudio.creators;

import org.feedbackstudio.core.Choice;

/** How built-in creators choose the genre of their next item. */
public enum CreatorPolicyKind implements Choice {
    /** Own feedback only; explores or exploits with a probability that rises with reward (CreAgent's shape). */
    BOUNDED_RATIONAL("bounded-rational"),
    /** The same rule, but the audience belief is the platform-wide share of users interested in each genre. */
    FULL_INFORMATION("full-information"),
    /** Creator feature dynamics: a genre state nudged by own utility, normalised, argmax. */
    CFD("cfd"),
    /** Local better response: a random step to another genre, kept only if its utility is higher. */
    LBR("lbr"),
    /** A genre drawn uniformly at random for every item. */
    RANDOM("random");

    private final String id;

    CreatorPolicyKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
