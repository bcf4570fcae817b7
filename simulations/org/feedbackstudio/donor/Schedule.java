package org.feedbackstudio.donor;

import org.feedbackstudio.core.Choice;

/**
 * Who meets whom, round by round, and the rules that come with each reading of the protocol.
 *
 * <p>Both schedules seat the agents in two halves, A (seats 0 … n/2−1) and B (seats n/2 … n−1); every
 * round pairs each agent of one half with one agent of the other, so each round is a perfect matching.
 * The second game of a generation is the first with every donor and recipient exchanged, so that each
 * agent is a final-round recipient once (as in the authors' code).
 */
public enum Schedule implements Choice {
    /**
     * The paper's protocol: the halves swap roles every round, partners always come from the other half,
     * and no (donor, recipient) pair repeats within a game. The k-th time half A donates, seat A[j] gives
     * to B[j+k]; the k-th time half B donates, B[m] gives to A[m−k−2] (indices modulo n/2). The shift by
     * two keeps an agent from meeting, in the very next round, the partner it just met (possible from
     * six agents up), so a trace never reports a donation to the donor who reads it a round later.
     * Needs rounds ≤ agents.
     */
    PAPER("paper"),
    /**
     * The authors' notebook: half B rotates past half A for rounds/2 rounds with roles toggling each
     * round, then those rounds are replayed with roles reversed. Cross pairs meet twice, same-half agents
     * never, and one half donates in both middle rounds. Selection uses twice the second game's result
     * and newcomers see the survivors' strategies without their scores. Needs an even number of rounds
     * ≤ agents.
     */
    NOTEBOOK("notebook");

    private final String id;

    Schedule(String id) {
        this.id = id;
    }

    /** The word used in scenario files. */
    @Override
    public String id() {
        return id;
    }

    /** Whether an agent's selection score is twice its second-game result (else the mean of both games). */
    public boolean selectsOnSecondGame() {
        return this == NOTEBOOK;
    }

    /** Whether those who write newcomers' strategies see the survivors' scores. */
    public boolean newcomersSeeScores() {
        return this == PAPER;
    }

    /**
     * Why this schedule cannot seat {@code agents} for {@code rounds} rounds, or null when it can.
     * The problem concerns the rounds unless the agent count itself is odd.
     */
    public String roundsProblem(int agents, int rounds) {
        if (agents < 2 || agents % 2 != 0) {
            return null; // reported against agents by agentsProblem
        }
        return switch (this) {
            case PAPER -> rounds <= agents ? null : "the paper's schedule pairs each agent with a new partner from "
                    + "the other half every time it donates, so a game of " + agents + " agents has at most "
                    + agents + " rounds; got " + rounds;
            case NOTEBOOK -> rounds % 2 == 0 && rounds <= agents ? null : "the notebook schedule plays rounds/2 "
                    + "rotations and then replays them reversed, so it needs an even number of rounds of at most "
                    + agents + " for " + agents + " agents; got " + rounds;
        };
    }

    /** Why the agent count cannot be split in two halves, or null. */
    public static String agentsProblem(int agents) {
        return agents >= 2 && agents % 2 == 0 ? null
                : "the agents form two halves that swap roles, so their number must be even (2, 4, …); got " + agents;
    }

    /** The pairings of both games of a generation, by seat. */
    public Pairings pair(int agents, int rounds) {
        String problem = agentsProblem(agents);
        if (problem == null) {
            problem = roundsProblem(agents, rounds);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        int half = agents / 2;
        int[] donor = new int[2 * rounds * half];
        int[] recipient = new int[2 * rounds * half];
        switch (this) {
            case PAPER -> pairPaper(half, rounds, donor, recipient);
            case NOTEBOOK -> pairNotebook(half, rounds, donor, recipient);
            default -> throw new AssertionError(this);
        }
        int perGame = rounds * half;
        for (int i = 0; i < perGame; i++) {
            donor[perGame + i] = recipient[i];
            recipient[perGame + i] = donor[i];
        }
        return new Pairings(agents, rounds, donor, recipient);
    }

    private static void pairPaper(int half, int rounds, int[] donor, int[] recipient) {
        int timesA = 0;
        int timesB = 0;
        for (int r = 0; r < rounds; r++) {
            int base = r * half;
            if (r % 2 == 0) {
                int k = timesA++;
                for (int j = 0; j < half; j++) {
                    donor[base + j] = j;
                    recipient[base + j] = half + Math.floorMod(j + k, half);
                }
            } else {
                int k = timesB++;
                for (int m = 0; m < half; m++) {
                    donor[base + m] = half + m;
                    recipient[base + m] = Math.floorMod(m - k - 2, half);
                }
            }
        }
    }

    private static void pairNotebook(int half, int rounds, int[] donor, int[] recipient) {
        int rotations = rounds / 2;
        for (int i = 0; i < rotations; i++) {
            boolean bDonates = i % 2 == 1;
            int first = i * half;
            int replay = (rotations + i) * half;
            for (int j = 0; j < half; j++) {
                int a = j;
                int b = half + Math.floorMod(j - i, half);
                donor[first + j] = bDonates ? b : a;
                recipient[first + j] = bDonates ? a : b;
                donor[replay + j] = bDonates ? a : b;
                recipient[replay + j] = bDonates ? b : a;
            }
        }
    }
}
