package org.feedbackstudio.donor;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {

    @Test
    void everyRoundIsAMatchingBetweenTheHalves() {
        for (Schedule schedule : Schedule.values()) {
            for (int n = 2; n <= 40; n += 2) {
                for (int rounds = 1; rounds <= n; rounds++) {
                    if (schedule.roundsProblem(n, rounds) != null) {
                        continue;
                    }
                    Pairings p = schedule.pair(n, rounds);
                    for (int game = 0; game < 2; game++) {
                        for (int r = 0; r < rounds; r++) {
                            boolean[] seen = new boolean[n];
                            boolean donorsInA = p.donor(p.index(game, r, 0)) < n / 2;
                            for (int i = 0; i < n / 2; i++) {
                                int d = p.donor(p.index(game, r, i));
                                int c = p.recipient(p.index(game, r, i));
                                assertFalse(seen[d], schedule + " n=" + n + ": seat " + d + " twice in a round");
                                assertFalse(seen[c], schedule + " n=" + n + ": seat " + c + " twice in a round");
                                seen[d] = seen[c] = true;
                                assertEquals(donorsInA, d < n / 2, "all donors of a round sit in one half");
                                assertEquals(donorsInA, c >= n / 2, "recipients sit in the other half");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void noOrderedPairRepeatsWithinAGame() {
        for (Schedule schedule : Schedule.values()) {
            for (int n = 2; n <= 40; n += 2) {
                int rounds = n; // the most either schedule allows
                Pairings p = schedule.pair(n, rounds);
                for (int game = 0; game < 2; game++) {
                    Set<Long> pairs = new HashSet<>();
                    for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < n / 2; i++) {
                            int a = p.index(game, r, i);
                            assertTrue(pairs.add((long) p.donor(a) * n + p.recipient(a)),
                                    schedule + " n=" + n + " game " + (game + 1) + ": (" + p.donor(a) + ", "
                                            + p.recipient(a) + ") repeats in round " + (r + 1));
                        }
                    }
                }
            }
        }
    }

    @Test
    void paperRolesAlternateEveryRoundAndTheSecondGameSwapsThem() {
        for (int n = 2; n <= 30; n += 2) {
            Pairings p = Schedule.PAPER.pair(n, n);
            for (int game = 0; game < 2; game++) {
                for (int r = 0; r < n; r++) {
                    boolean[] donor = donors(p, game, r, n);
                    for (int s = 0; s < n; s++) {
                        if (r + 1 < n) {
                            assertEquals(!donor[s], donors(p, game, r + 1, n)[s],
                                    "n=" + n + ": seat " + s + " keeps its role from round " + (r + 1));
                        }
                        if (game == 1) {
                            assertEquals(!donors(p, 0, r, n)[s], donor[s], "game 2 swaps the roles of game 1");
                        }
                    }
                }
            }
            // Each agent is a final-round recipient exactly once.
            boolean[] lastOne = donors(p, 0, n - 1, n);
            boolean[] lastTwo = donors(p, 1, n - 1, n);
            for (int s = 0; s < n; s++) {
                assertTrue(lastOne[s] != lastTwo[s]);
            }
        }
    }

    @Test
    void paperNeverPairsLastRoundsPartnersAgainFromSixAgentsUp() {
        for (int n = 6; n <= 40; n += 2) {
            Pairings p = Schedule.PAPER.pair(n, n);
            for (int game = 0; game < 2; game++) {
                for (int r = 0; r + 1 < n; r++) {
                    Map<Integer, Integer> gaveTo = new HashMap<>();
                    for (int i = 0; i < n / 2; i++) {
                        gaveTo.put(p.donor(p.index(game, r, i)), p.recipient(p.index(game, r, i)));
                    }
                    for (int i = 0; i < n / 2; i++) {
                        int a = p.index(game, r + 1, i);
                        assertFalse(gaveTo.getOrDefault(p.recipient(a), -1) == p.donor(a),
                                "n=" + n + ": seat " + p.donor(a) + " meets seat " + p.recipient(a)
                                        + " in rounds " + (r + 1) + " and " + (r + 2));
                    }
                }
            }
        }
    }

    @Test
    void paperScheduleForSixAgentsByHand() {
        // Half A = seats 0,1,2, half B = 3,4,5. A's k-th donation: A[j] → B[j+k]; B's: B[m] → A[m−k−2].
        int[][] expected = {
                {0, 3, 1, 4, 2, 5},
                {3, 1, 4, 2, 5, 0},
                {0, 4, 1, 5, 2, 3},
                {3, 0, 4, 1, 5, 2},
                {0, 5, 1, 3, 2, 4},
                {3, 2, 4, 0, 5, 1}};
        Pairings p = Schedule.PAPER.pair(6, 6);
        for (int r = 0; r < 6; r++) {
            int[] got = new int[6];
            for (int i = 0; i < 3; i++) {
                got[2 * i] = p.donor(p.index(0, r, i));
                got[2 * i + 1] = p.recipient(p.index(0, r, i));
            }
            assertArrayEquals(expected[r], got, "round " + (r + 1));
            for (int i = 0; i < 3; i++) {
                assertEquals(got[2 * i], p.recipient(p.index(1, r, i)), "game 2 reverses round " + (r + 1));
                assertEquals(got[2 * i + 1], p.donor(p.index(1, r, i)));
            }
        }
    }

    @Test
    void notebookRotatesTwoGroupsAndBreaksAlternationInTheMiddle() {
        Pairings p = Schedule.NOTEBOOK.pair(12, 12);
        String halves = "";
        for (int r = 0; r < 12; r++) {
            halves += p.donor(p.index(0, r, 0)) < 6 ? "A" : "B";
        }
        assertEquals("ABABABBABABA", halves, "half B donates in both rounds 6 and 7");
        Map<Long, Integer> meetings = new HashMap<>();
        for (int r = 0; r < 12; r++) {
            for (int i = 0; i < 6; i++) {
                int a = p.index(0, r, i);
                int lo = Math.min(p.donor(a), p.recipient(a));
                int hi = Math.max(p.donor(a), p.recipient(a));
                assertTrue(lo < 6 && hi >= 6, "same-group agents never meet");
                meetings.merge((long) lo * 12 + hi, 1, Integer::sum);
                if (r >= 6) {
                    int b = p.index(0, r - 6, i);
                    assertEquals(p.donor(b), p.recipient(a), "rounds 7–12 replay rounds 1–6 reversed");
                    assertEquals(p.recipient(b), p.donor(a));
                }
            }
        }
        assertEquals(36, meetings.size(), "every cross pair meets");
        meetings.values().forEach(count -> assertEquals(2, count, "cross pairs meet twice"));
        // The notebook's rotation: in round i (0-based) A[j] meets B[(j − i) mod 6].
        assertEquals(6 + 4, p.recipient(p.index(0, 2, 0)));
        assertEquals(6 + 4, p.donor(p.index(0, 1, 5)));
    }

    @Test
    void limitsAreStatedClearly() {
        assertNull(Schedule.PAPER.roundsProblem(12, 12));
        assertNotNull(Schedule.PAPER.roundsProblem(12, 13));
        assertTrue(Schedule.PAPER.roundsProblem(12, 13).contains("at most 12 rounds"));
        assertNotNull(Schedule.NOTEBOOK.roundsProblem(12, 11));
        assertNull(Schedule.NOTEBOOK.roundsProblem(12, 10));
        assertNotNull(Schedule.NOTEBOOK.roundsProblem(12, 14));
        assertNotNull(Schedule.agentsProblem(11));
        assertNotNull(Schedule.agentsProblem(0));
        assertNull(Schedule.agentsProblem(2));
        assertThrows(IllegalArgumentException.class, () -> Schedule.PAPER.pair(12, 13));
        assertThrows(IllegalArgumentException.class, () -> Schedule.PAPER.pair(7, 2));
    }

    private static boolean[] donors(Pairings p, int game, int round, int n) {
        boolean[] donor = new boolean[n];
        for (int i = 0; i < n / 2; i++) {
            donor[p.donor(p.index(game, round, i))] = true;
        }
        return donor;
    }
}
