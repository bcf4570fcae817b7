package org.feedbackstudio.creators;

import org.feedbackstudio.core.Choice;

/** A creator's slow-thinking decision: try a genre it has not made before, or make more of a known one. */
public enum Mode implements Choice {
    EXPLORE("explore"),
    EXPLOIT("exploit");

    private final String id;

    Mode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
