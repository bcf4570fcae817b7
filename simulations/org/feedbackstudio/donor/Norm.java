package org.feedbackstudio.donor;

import java.util.Locale;

/**
 * How a built-in agent responds to what the trace shows about its recipient (the assessment rules of
 * indirect reciprocity: Nowak &amp; Sigmund 1998; Ohtsuki &amp; Iwasa 2004).
 */
public enum Norm {
    /** Ignores the trace: gives its generosity to everyone. */
    UNCONDITIONAL("unconditional"),
    /** Judges the recipient by its own last donation only: generous enough is good, anything else bad. */
    IMAGE_SCORING("image-scoring"),
    /**
     * Also asks whom the recipient refused: refusing someone already in bad standing keeps a good
     * standing. Needs a trace deeper than one entry to differ from image scoring.
     */
    STANDING("standing");

    private final String word;

    Norm(String word) {
        this.word = word;
    }

    /** The word used in scenario files and events. */
    public String word() {
        return word;
    }

    /** The norm named by {@code word} (as in scenario files). */
    public static Norm fromWord(String word) {
        for (Norm n : values()) {
            if (n.word.equals(word.toLowerCase(Locale.ROOT))) {
                return n;
            }
        }
        throw new IllegalArgumentException("no norm called " + word);
    }
}
