package org.feedbackstudio.donor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The trace each seat was shown the last time it donated this generation, kept as action indices so a
 * round stores it without allocating; the inspector turns it into text on demand.
 */
final class LastTraces {
    private final int depth;
    private final int[] at;
    private final int[] length;
    private final boolean[] observed;
    private final int[] actions;

    LastTraces(int agents, int depth) {
        this.depth = depth;
        at = new int[agents];
        length = new int[agents];
        observed = new boolean[agents];
        actions = new int[agents * depth];
        clear();
    }

    void clear() {
        Arrays.fill(at, -1);
    }

    /** Donor seat {@code d} acted as {@code act}, having been shown encounter {@code i} of {@code view}. */
    void record(int d, int act, RoundView view, int i) {
        at[d] = act;
        observed[d] = view.observed(i);
        length[d] = view.traceLength(i);
        view.copyTrace(i, actions, d * depth);
    }

    boolean observed(int d) {
        return observed[d];
    }

    int length(int d) {
        return length[d];
    }

    /** What seat {@code s} was shown, as it read it, or null when it has not donated this generation. */
    SeenTrace of(int s, Member[] seats, Pairings pairings, RoundView view) {
        int act = at[s];
        if (act < 0) {
            return null;
        }
        int recipientSeat = pairings.recipient(act);
        List<TraceEntry> entries = new ArrayList<>(length[s]);
        for (int k = 0; k < length[s]; k++) {
            entries.add(view.entry(actions[s * depth + k], seats));
        }
        return new SeenTrace(seats[recipientSeat].name(), pairings.roundOf(act) + 1, pairings.gameOf(act) + 1,
                observed[s], entries,
                view.unrecorded(seats, observed[s], recipientSeat, actions, s * depth, length[s]));
    }
}
