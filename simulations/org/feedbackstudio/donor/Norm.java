package org.feedbackstudio.donor;

import org.feedbackstudio.core.Choice;

/**
 * How a built-in agent responds to what the trace shows about its recipient (the assessment rules of
 * indirect reciprocity: Nowak &amp; Sigmund 1998; Ohtsuki &amp; Iwasa 2004).
 */
public enum Norm implements Choice {
    /** Ignores the trace: gives its generosity to everyone. */
    UNCONDITIONAL("unconditional"),
    /** Judges the recipient by its own last donation only: generous enough is good, anything else bad. */
    IMAGE_SCORING("image-scoring"),
    /**
     * Also asks whom the recipient refused: refusing someone already in bad standing keeps a good
     * standing. Needs a trace deeper than one entry to differ from image scoring.
     */
    STANDING("standing");

    private final String id;

    Norm(String id) {
        this.id = id;
    }

    /** The word used in scenario files and events. */
    @Override
    public String id() {
        return id;
    }
}
