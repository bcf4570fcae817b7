package org.feedbackstudio.negotiation;

/**
 * How one game ended.
 *
 * @param outcome    a deal, an agreement outside the valid price range, or the turn limit
 * @param priceCents the agreed price (also when it is out of bounds), or −1 when nobody agreed
 * @param turns      the exchange in which the game ended (1…turnLimit)
 * @param closer     the side whose utterance the moderator took as the agreement, or null
 */
public record GameResult(Outcome outcome, int priceCents, int turns, Side closer) {

    /** How a game can end. Only {@link #DEAL} keeps an improvement chain alive. */
    public enum Outcome {
        /** Agreed strictly between the counter-offer and the ask. */
        DEAL,
        /** Agreed, but at or beyond one of the opening prices, which the paper does not count as a deal. */
        OUT_OF_BOUNDS,
        /** No agreement within the turn limit. */
        TURN_LIMIT
    }

    public boolean isDeal() {
        return outcome == Outcome.DEAL;
    }
}
