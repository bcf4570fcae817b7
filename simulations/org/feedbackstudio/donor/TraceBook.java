package org.feedbackstudio.donor;

import java.util.Arrays;

/**
 * The actions of one generation, numbered like its {@link Pairings}, and for every seat its latest action in
 * the current game. Each action remembers the latest action its recipient had taken when it happened, so
 * the trace about a recipient — its last action, then that partner's previous one, and so on — is a walk
 * along these links: O(trace depth), no search.
 */
final class TraceBook {
    private static final int NONE = -1;
    /** Below every threshold (thresholds are shares, 0 to 1). */
    private static final double PUNISHMENT = -1.0;

    private final double[] fraction;
    private final double[] units;
    /** The share given, or {@link #PUNISHMENT} — so judging an entry is one load and one comparison. */
    private final double[] giftShare;
    private final int[] previous;
    private final int[] latest;

    TraceBook(int agents, int actions) {
        fraction = new double[actions];
        units = new double[actions];
        giftShare = new double[actions];
        previous = new int[actions];
        latest = new int[agents];
        Arrays.fill(latest, NONE);
    }

    /** Starts a game: traces reset, no agent has acted yet. */
    void startGame() {
        Arrays.fill(latest, NONE);
    }

    /**
     * Copies into {@code out[offset…]} the actions a donor would see about {@code recipientSeat}, newest
     * first, at most {@code depth} of them.
     *
     * @return how many were copied
     */
    int collect(int recipientSeat, int depth, int[] out, int offset) {
        return collectFrom(latest[recipientSeat], depth, out, offset);
    }

    /**
     * Like {@link #collect}, but for the trace as it stood when {@code action} happened: the one its donor
     * was shown (each round is a perfect matching, so the recipient had not acted yet in that round, and
     * links once written never change within a generation).
     */
    int collectBefore(int action, int depth, int[] out, int offset) {
        return collectFrom(previous[action], depth, out, offset);
    }

    private int collectFrom(int newest, int depth, int[] out, int offset) {
        int n = 0;
        for (int a = newest; a != NONE && n < depth; a = previous[a]) {
            out[offset + n++] = a;
        }
        return n;
    }

    /**
     * Records an action. Must be called after every trace of the round has been collected, since it
     * becomes the donor's latest action.
     */
    void record(int action, int donorSeat, int recipientSeat, boolean isPunishment, double share, double given) {
        fraction[action] = share;
        units[action] = given;
        giftShare[action] = isPunishment ? PUNISHMENT : share;
        previous[action] = latest[recipientSeat];
        latest[donorSeat] = action;
    }

    double fraction(int action) {
        return fraction[action];
    }

    double units(int action) {
        return units[action];
    }

    boolean punished(int action) {
        return giftShare[action] == PUNISHMENT;
    }

    /** Whether the action was a gift of at least {@code threshold} (0 to 1) of the giver's resources. */
    boolean gaveAtLeast(int action, double threshold) {
        return giftShare[action] >= threshold;
    }
}
