package org.feedbackstudio.negotiation;

import java.util.Arrays;

/**
 * Every game of one round in a few numbers — the chain that played it, how it ended, at what price and
 * in which exchange — so that a round's games can be listed without replaying them (a replay gives the
 * full dialogue of one). About ten bytes a game; built once at the end of the round and never changed,
 * so snapshots share it. Games are in the order they were played, which is ascending chain order.
 */
public final class RoundGames {
    private static final GameResult.Outcome[] OUTCOMES = GameResult.Outcome.values();

    private final int[] chains;
    private final int[] priceCents;
    private final byte[] outcomes;
    private final byte[] turns;

    /** Takes ownership of the arrays, which must all have the same length and never change afterwards. */
    RoundGames(int[] chains, int[] priceCents, byte[] outcomes, byte[] turns) {
        if (priceCents.length != chains.length || outcomes.length != chains.length || turns.length != chains.length) {
            throw new IllegalArgumentException("one chain, price, outcome and turn count per game");
        }
        this.chains = chains;
        this.priceCents = priceCents;
        this.outcomes = outcomes;
        this.turns = turns;
    }

    /** Games played in the round. */
    public int size() {
        return chains.length;
    }

    /** The chain (0-based) that played the i-th game of the round. */
    public int chain(int i) {
        return chains[i];
    }

    public GameResult.Outcome outcome(int i) {
        return OUTCOMES[outcomes[i]];
    }

    public boolean isDeal(int i) {
        return outcome(i) == GameResult.Outcome.DEAL;
    }

    /** The agreed price in dollars (also when out of bounds); NaN when nobody agreed. */
    public double price(int i) {
        return priceCents[i] < 0 ? Double.NaN : Money.dollars(priceCents[i]);
    }

    /** The exchange in which the game ended. */
    public int turns(int i) {
        return turns[i];
    }

    /** The position of a chain's game in this round, or −1 when the chain did not play in it. */
    public int indexOf(int chain) {
        int found = Arrays.binarySearch(chains, chain);
        return found >= 0 ? found : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoundGames g && Arrays.equals(chains, g.chains) && Arrays.equals(priceCents, g.priceCents)
                && Arrays.equals(outcomes, g.outcomes) && Arrays.equals(turns, g.turns);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(chains) + Arrays.hashCode(priceCents);
    }

    @Override
    public String toString() {
        return "RoundGames[" + size() + " games]";
    }

    /** Collects a round's games while it is played. */
    static final class Builder {
        private final int[] chains;
        private final int[] priceCents;
        private final byte[] outcomes;
        private final byte[] turns;
        private int size;

        Builder(int capacity) {
            chains = new int[capacity];
            priceCents = new int[capacity];
            outcomes = new byte[capacity];
            turns = new byte[capacity];
        }

        void add(int chain, GameResult result) {
            if (size > 0 && chain <= chains[size - 1]) {
                throw new IllegalArgumentException("games are added in ascending chain order");
            }
            chains[size] = chain;
            priceCents[size] = result.priceCents();
            outcomes[size] = (byte) result.outcome().ordinal();
            turns[size] = (byte) result.turns(); // at most turnLimit ≤ 50
            size++;
        }

        RoundGames build() {
            return new RoundGames(Arrays.copyOf(chains, size), Arrays.copyOf(priceCents, size),
                    Arrays.copyOf(outcomes, size), Arrays.copyOf(turns, size));
        }
    }
}
