package org.feedbackstudio.negotiation;

/**
 * A model-driven role gave no readable answer after the re-asks the model block allows: the game it was
 * playing, moderating or coaching ends with no deal. Thrown by the role, caught by the game; it carries why.
 */
final class NoAnswer extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String role;

    NoAnswer(String role, String why) {
        super(why, null, false, false);
        this.role = role;
    }

    /** "seller", "buyer", "moderator" or "critic". */
    String role() {
        return role;
    }
}
