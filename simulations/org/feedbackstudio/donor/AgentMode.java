package org.feedbackstudio.donor;

import org.feedbackstudio.core.Choice;

/** Where built-in agents' strategies come from. */
public enum AgentMode implements Choice {
    /** Drawn around the scenario's values in generation 1; newcomers copy survivors with variation. */
    CULTURAL("cultural"),
    /** Every agent follows the scenario's strategy for the whole run. */
    FIXED("fixed");

    private final String id;

    AgentMode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
