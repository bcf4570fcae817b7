package org.feedbackstudio.app.gui.negotiation;

import org.feedbackstudio.negotiation.GameResult;
import org.feedbackstudio.negotiation.RoundGames;

import java.util.Comparator;

/**
 * One line of a round's list of games.
 *
 * @param index   the game's position in the round
 * @param chain   the chain that played it, 0-based (shown 1-based, as the event log does)
 * @param outcome how it ended
 * @param price   the agreed price in dollars, NaN when nobody agreed
 * @param turns   the exchange in which it ended
 * @param style   the chain's starting concession style in a run that compares two, else ""
 */
record GameRow(int index, int chain, GameResult.Outcome outcome, double price, int turns, String style) {

    /** Deals by price, then the agreements out of range, then the games that ran out of time. */
    static final Comparator<GameRow> BY_RESULT = Comparator
            .comparingInt((GameRow r) -> r.outcome().ordinal())
            .thenComparingDouble(r -> Double.isNaN(r.price()) ? 0 : r.price());

    static GameRow of(RoundGames games, int i, String style) {
        return new GameRow(i, games.chain(i), games.outcome(i), games.price(i), games.turns(i), style);
    }

    int game() {
        return chain + 1;
    }

    boolean isDeal() {
        return outcome == GameResult.Outcome.DEAL;
    }

    String result() {
        return GameText.outcome(outcome, price);
    }
}
