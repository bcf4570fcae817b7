package org.feedbackstudio.app.gui.regret;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which actions a bar chart shows. When every action gets a bar wide enough to see, all of them in index
 * order, so an action sits in the same place in every chart. Otherwise (K up to a thousand) only the most
 * telling ones — the likeliest, or the lowest losses — in that order, always including the actions that
 * must be seen (the one played, the best in hindsight).
 *
 * @param actions the actions shown, in display order
 * @param all     whether every action is shown (in index order)
 * @param total   K, the number of actions
 */
record ShownActions(List<Integer> actions, boolean all, int total) {

    ShownActions {
        actions = List.copyOf(actions);
    }

    /**
     * @param values       one value per action
     * @param capacity     how many bars fit
     * @param largestFirst rank by decreasing value (probabilities) or increasing (losses)
     * @param mustShow     actions shown whatever their rank; indices outside 0..K−1 are ignored
     */
    static ShownActions choose(double[] values, int capacity, boolean largestFirst, Collection<Integer> mustShow) {
        int k = values.length;
        if (k <= Math.max(1, capacity)) {
            List<Integer> every = new ArrayList<>(k);
            for (int a = 0; a < k; a++) {
                every.add(a);
            }
            return new ShownActions(every, true, k);
        }
        Comparator<Integer> byValue = Comparator.comparingDouble(a -> values[a]);
        Comparator<Integer> rank = (largestFirst ? byValue.reversed() : byValue).thenComparing(a -> a);
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int a : mustShow) {
            if (a >= 0 && a < k) {
                chosen.add(a);
            }
        }
        List<Integer> ranked = new ArrayList<>(k);
        for (int a = 0; a < k; a++) {
            ranked.add(a);
        }
        ranked.sort(rank);
        for (int a : ranked) {
            if (chosen.size() >= capacity) {
                break;
            }
            chosen.add(a);
        }
        List<Integer> shown = new ArrayList<>(chosen);
        shown.sort(rank);
        return new ShownActions(shown, false, k);
    }

    /** The sum of the values of the actions not shown (e.g. the probability they hold together). */
    double hiddenSum(double[] values) {
        boolean[] visible = new boolean[values.length];
        actions.forEach(a -> visible[a] = true);
        double sum = 0;
        for (int a = 0; a < values.length; a++) {
            if (!visible[a]) {
                sum += values[a];
            }
        }
        return sum;
    }

    int hidden() {
        return total - actions.size();
    }
}
