package org.feedbackstudio.donor;

/**
 * The pairings of one generation's two games, by seat: encounter {@code index(game, round, pair)} has
 * donor {@link #donor} and recipient {@link #recipient}. Every round has agents/2 encounters. The same
 * index numbers the actions in the generation's {@link TraceBook}.
 */
public final class Pairings {
    private final int agents;
    private final int rounds;
    private final int perRound;
    private final int[] donor;
    private final int[] recipient;

    Pairings(int agents, int rounds, int[] donor, int[] recipient) {
        this.agents = agents;
        this.rounds = rounds;
        this.perRound = agents / 2;
        this.donor = donor;
        this.recipient = recipient;
    }

    public int agents() {
        return agents;
    }

    public int rounds() {
        return rounds;
    }

    /** Encounters in each round: agents/2. */
    public int perRound() {
        return perRound;
    }

    /** The encounter number of pair {@code pair} in round {@code round} (0-based) of game {@code game} (0 or 1). */
    public int index(int game, int round, int pair) {
        return (game * rounds + round) * perRound + pair;
    }

    public int donor(int index) {
        return donor[index];
    }

    public int recipient(int index) {
        return recipient[index];
    }

    /** The 0-based game of an encounter. */
    public int gameOf(int index) {
        return index / (rounds * perRound);
    }

    /** The 0-based round within its game of an encounter. */
    public int roundOf(int index) {
        return (index / perRound) % rounds;
    }

    /** Number of encounters in a generation. */
    public int size() {
        return donor.length;
    }
}
