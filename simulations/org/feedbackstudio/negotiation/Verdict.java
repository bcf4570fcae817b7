package org.feedbackstudio.negotiation;

/**
 * A moderator's reading of the dialogue so far.
 *
 * @param deal       whether the two sides have agreed
 * @param priceCents the agreed price, or −1 when there is no deal or no price could be found
 */
public record Verdict(boolean deal, int priceCents) {

    public static final Verdict NO_DEAL = new Verdict(false, -1);

    public static Verdict dealAt(int priceCents) {
        return new Verdict(true, priceCents);
    }
}
