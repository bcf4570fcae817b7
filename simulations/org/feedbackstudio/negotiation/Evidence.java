package org.feedbackstudio.negotiation;

/**
 * What the critic read in the player's history, kept with its suggestions so that each sentence can
 * say why.
 *
 * @param dealTurn  the exchange in which the last game's deal was struck
 * @param turnLimit the number of exchanges allowed
 * @param closer    the side that said yes in the last game
 * @param lateDeals games in the whole history whose deal came only in the last fifth of the exchanges
 * @param games     games in the history
 */
public record Evidence(int dealTurn, int turnLimit, Side closer, int lateDeals, int games) {

    /** The share of the exchanges the last deal used, 0…1. */
    public double timeUsed() {
        return (double) dealTurn / turnLimit;
    }
}
