package org.feedbackstudio.donor;

import org.feedbackstudio.core.Choice;

/** Who drives the agents and where their strategies come from. */
public enum AgentMode implements Choice {
    /** Drawn around the scenario's values in generation 1; newcomers copy survivors with variation. */
    CULTURAL("cultural"),
    /** Every agent follows the scenario's strategy for the whole run. */
    FIXED("fixed"),
    /**
     * A language model (the scenario's model block) writes the strategies and makes the donations of a
     * share of the seats ({@code modelShare}); the rest are cultural built-in agents.
     */
    MODEL("model");

    private final String id;

    AgentMode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
