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

    /**
     * Seats, best first: the order of {@link #before}. Once per generation, so it is a fixed share of a
     * run's time however large the society: a stable radix sort on two 64-bit keys, first the tie rule
     * (born, number) then the score, which costs a few passes over the seats and no comparison whose
     * outcome the processor must guess (a merge sort's comparisons are coin flips and took a sixth of
     * a 1,000-agent run).
     */
    static int[] order(double[] selectionScore, Member[] seats) {
        int n = seats.length;
        long[] tie = new long[n];
        long[] score = new long[n];
        int[] order = new int[n];
        for (int s = 0; s < n; s++) {
            tie[s] = ((long) seats[s].born() << 32) | (seats[s].number() & 0xffffffffL);
            score[s] = descending(selectionScore[s]);
            order[s] = s;
        }
        int[] buffer = new int[n];
        int[] sorted = sortStably(order, buffer, tie);
        return sortStably(sorted, sorted == order ? buffer : order, score);
    }

    /**
     * A key whose unsigned order is the descending order of {@link Double#compare}: NaN first, then
     * +∞ … +0, −0 … −∞.
     */
    static long descending(double value) {
        long bits = Double.doubleToLongBits(value); // one NaN, as Double.compare sees it
        long ascending = bits ^ ((bits >> 63) & Long.MAX_VALUE); // signed order = Double.compare order
        return ~ascending ^ Long.MIN_VALUE;
    }

    /**
     * Sorts {@code order} by {@code key[order[i]]} (unsigned, ascending), keeping the order of equal keys:
     * one counting pass per byte, skipped when every key has the same byte there. Returns the array that
     * holds the result, {@code order} or {@code spare}.
     */
    private static int[] sortStably(int[] order, int[] spare, long[] key) {
        int n = order.length;
        int[] count = new int[257];
        int[] from = order;
        int[] to = spare;
        for (int shift = 0; shift < 64 && n > 1; shift += 8) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((key[from[i]] >>> shift) & 0xff) + 1]++;
            }
            if (count[(int) ((key[from[0]] >>> shift) & 0xff) + 1] == n) {
                continue;
            }
            for (int b = 0; b < 256; b++) {
                count[b + 1] += count[b];
            }
            for (int i = 0; i < n; i++) {
                int s = from[i];
                to[count[(int) ((key[s] >>> shift) & 0xff)]++] = s;
            }
            int[] t = from;
            from = to;
            to = t;
        }
        return from;
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
