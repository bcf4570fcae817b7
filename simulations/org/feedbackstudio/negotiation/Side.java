package org.feedbackstudio.negotiation;

import java.util.Locale;

/** The two roles at the table. The seller always speaks first. */
public enum Side {
    SELLER, BUYER;

    public Side other() {
        return this == SELLER ? BUYER : SELLER;
    }

    /**
     * +1 when a higher price is better for this side, −1 when a lower one is. Multiplying a price by
     * the sign turns "better for me" into "larger", so one piece of code serves both sides.
     */
    public int sign() {
        return this == SELLER ? 1 : -1;
    }

    /** "seller" or "buyer", as the dialogue and the parameters write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "seller" or "buyer". */
    public static Side of(String word) {
        return switch (word) {
            case "seller" -> SELLER;
            case "buyer" -> BUYER;
            default -> throw new IllegalArgumentException("no side called " + word);
        };
    }
}
