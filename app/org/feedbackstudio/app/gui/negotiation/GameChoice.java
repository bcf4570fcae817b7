package org.feedbackstudio.app.gui.negotiation;

import org.feedbackstudio.negotiation.RoundGames;

/** Which game to open when the user picks a round rather than a game. */
final class GameChoice {
    private GameChoice() {
    }

    /**
     * A typical game of the round: the deal whose price is closest to the round's mean price (the
     * lowest-numbered on a tie), or the first game when the round made no deal; −1 for an empty round.
     *
     * @return an index into {@code games}
     */
    static int typical(RoundGames games, double meanPrice) {
        if (games.size() == 0) {
            return -1;
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < games.size(); i++) {
            if (games.isDeal(i)) {
                double d = Math.abs(games.price(i) - meanPrice);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
        return best >= 0 ? best : 0;
    }

    /** The round a click at {@code x} on a chart over rounds means, within 1…roundsPlayed; 0 when none is played. */
    static int round(double x, int roundsPlayed) {
        if (roundsPlayed < 1 || Double.isNaN(x)) {
            return 0;
        }
        long r = Math.round(x);
        return (int) Math.max(1, Math.min(roundsPlayed, r));
    }
}
