package org.feedbackstudio.negotiation;

/**
 * How one game ended.
 *
 * @param outcome    a deal, an agreement outside the valid price range, the turn limit, or no readable answer
 * @param priceCents the agreed price (also when it is out of bounds), or −1 when nobody agreed
 * @param turns      the exchange in which the game ended (1…turnLimit; 0 when it never began)
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
        TURN_LIMIT,
        /**
         * A model gave no readable answer (an utterance with no price, a moderator's or critic's reply that
         * could not be read) even after the re-asks, so the game ended with no deal.
         */
        NO_ANSWER
    }

    public boolean isDeal() {
        return outcome == Outcome.DEAL;
    }
}
