package org.feedbackstudio.negotiation;

/**
 * What the critic may read: the improving player's own past games and the feedback it already had,
 * as they sit in its context. Every game in a history ended in a deal, because an improvement chain
 * stops at its first failed deal.
 */
public interface ImproverHistory {

    Side side();

    GameRules rules();

    /** Games played so far. */
    int games();

    /** The result of game g (0-based). */
    GameResult game(int g);

    /** The feedback carried into game g, or null (game 0, or no critic). */
    Feedback feedbackBefore(int g);

    /** The built-in player's current tactic, or null when the player has none to show (a model). */
    Tactic tactic();

    /**
     * The lines of game g as "seller: …" / "buyer: …", when the run keeps them (it does whenever a role is
     * played by a model); else empty.
     */
    default java.util.List<String> transcript(int g) {
        return java.util.List.of();
    }

    /** The result of the latest game. */
    default GameResult lastGame() {
        if (games() == 0) {
            throw new IllegalStateException("no game played yet");
        }
        return game(games() - 1);
    }
}
