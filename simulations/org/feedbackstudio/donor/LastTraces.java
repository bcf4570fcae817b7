package org.feedbackstudio.donor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which action each seat took last this generation and whether it saw its recipient's trace then. The
 * trace itself is not copied: the {@link TraceBook} can walk it again from that action, so a round stores
 * two values per donor and the inspector rebuilds the text on demand.
 */
final class LastTraces {
    private final TraceBook book;
    private final int depth;
    private final int[] at;
    private final boolean[] observed;

    LastTraces(TraceBook book, int agents, int depth) {
        this.book = book;
        this.depth = depth;
        at = new int[agents];
        observed = new boolean[agents];
        clear();
    }

    void clear() {
        Arrays.fill(at, -1);
    }

    /** Donor seat {@code d} acted as {@code act}, having seen its recipient's trace or not. */
    void record(int d, int act, boolean sawTrace) {
        at[d] = act;
        observed[d] = sawTrace;
    }

    /** What seat {@code s} was shown, as it read it, or null when it has not donated this generation. */
    SeenTrace of(int s, Member[] seats, Pairings pairings, RoundView view) {
        int act = at[s];
        if (act < 0) {
            return null;
        }
        int[] actions = new int[depth];
        int length = observed[s] ? book.collectBefore(act, depth, actions, 0) : 0;
        int recipientSeat = pairings.recipient(act);
        List<TraceEntry> entries = new ArrayList<>(length);
        for (int k = 0; k < length; k++) {
            entries.add(view.entry(actions[k], seats));
        }
        return new SeenTrace(seats[recipientSeat].name(), pairings.roundOf(act) + 1, pairings.gameOf(act) + 1,
                observed[s], entries, view.unrecorded(seats, observed[s], recipientSeat, actions, 0, length));
    }
}
