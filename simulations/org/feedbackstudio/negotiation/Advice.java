package org.feedbackstudio.negotiation;

/** A suggestion in words only, with no parameter attached (a model critic's, or advice to keep a course). */
public record Advice(String sentence) implements Suggestion {
    public Advice {
        if (sentence == null || sentence.isBlank()) {
            throw new IllegalArgumentException("advice needs a sentence");
        }
    }
}
