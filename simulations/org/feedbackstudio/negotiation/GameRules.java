package org.feedbackstudio.negotiation;

/**
 * The fixed frame of every game: the scripted opening, the seller's cost and the turn limit.
 *
 * @param askCents        the seller's scripted opening price ($20 in the paper)
 * @param counterCents    the buyer's scripted counter-offer ($10 in the paper)
 * @param sellerCostCents what the item cost the seller ($8 in the paper's code); no built-in seller sells below it
 * @param turnLimit       seller→buyer exchanges after the scripted opening before the game ends without a deal
 * @param item            what is sold, for the dialogue
 */
public record GameRules(int askCents, int counterCents, int sellerCostCents, int turnLimit, String item) {

    public GameRules {
        if (counterCents >= askCents) {
            throw new IllegalArgumentException("the counter-offer must be below the asking price");
        }
        if (turnLimit < 1) {
            throw new IllegalArgumentException("turnLimit must be at least 1");
        }
    }

    /** The paper's setting: a balloon, $20 asked, $10 offered, $8 cost, 10 exchanges. */
    public static GameRules paper() {
        return new GameRules(2000, 1000, 800, 10, "balloon");
    }

    /**
     * The paper's validity rule: only a price strictly between the two opening prices is a deal; an
     * agreement at exactly the ask or the counter-offer (or outside) counts as no deal.
     */
    public boolean isValidDeal(int priceCents) {
        return priceCents > counterCents && priceCents < askCents;
    }

    /** The scripted opening price of a side: the ask for the seller, the counter-offer for the buyer. */
    public int scriptedCents(Side side) {
        return side == Side.SELLER ? askCents : counterCents;
    }

    /** The last own-turn index (0-based) of either side: the deadline of a time-dependent tactic. */
    public int deadline() {
        return turnLimit - 1;
    }

    /** What a deal at this price is worth to a side: the seller's margin over cost, the buyer's saving off the ask. */
    public int surplusCents(Side side, int priceCents) {
        return side == Side.SELLER ? priceCents - sellerCostCents : askCents - priceCents;
    }
}
