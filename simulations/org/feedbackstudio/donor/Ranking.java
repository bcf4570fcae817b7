package org.feedbackstudio.donor;

import java.util.Comparator;

/**
 * The selection order of a generation. Agents rank by selection score, highest first; ties go to the
 * agent born in the earlier generation (the incumbent strategy stays), then to the lower number within
 * that generation. Every agent has a distinct (born, number), so the order is total and the survivors
 * — the first k — are exactly determined.
 */
final class Ranking {
    private Ranking() {
    }

    /** Earlier generation first, then lower number: the tie rule, and the order of agents by birth. */
    static final Comparator<Member> TIE_BREAK = Comparator.comparingInt(Member::born).thenComparingInt(Member::number);

    /** Seats, best first. A merge sort on primitive indices: once per generation, without boxing. */
    static int[] order(double[] selectionScore, Member[] seats) {
        int n = seats.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(order, buffer, lo, lo + width, Math.min(lo + 2 * width, n), selectionScore, seats);
            }
        }
        return order;
    }

    private static void merge(int[] a, int[] buffer, int lo, int mid, int hi, double[] score, Member[] seats) {
        System.arraycopy(a, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || !before(buffer[j], buffer[i], score, seats))) {
                a[k] = buffer[i++];
            } else {
                a[k] = buffer[j++];
            }
        }
    }

    /** Whether seat {@code a} ranks strictly before seat {@code b}. */
    static boolean before(int a, int b, double[] score, Member[] seats) {
        int byScore = Double.compare(score[b], score[a]);
        if (byScore != 0) {
            return byScore < 0;
        }
        Member x = seats[a];
        Member y = seats[b];
        return x.born() != y.born() ? x.born() < y.born() : x.number() < y.number();
    }

    /** How many survive: survivorFraction × agents, rounded half up. */
    static int survivors(double survivorFraction, int agents) {
        return (int) Math.floor(survivorFraction * agents + 0.5);
    }
}
