package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.Choice;

import java.util.Locale;

/** The two roles at the table. The seller always speaks first. */
public enum Side implements Choice {
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
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
