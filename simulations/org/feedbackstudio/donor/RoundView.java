package org.feedbackstudio.donor;

import java.util.ArrayList;
import java.util.List;

/**
 * One round as the donors see it: for each encounter the donor, the recipient, both resources and the
 * recipient's trace. Read-only for policies; the game fills it before each round. The primitive
 * accessors serve fast built-in agents, {@link #seen} the text a model reads.
 */
public final class RoundView {
    private final Pairings pairings;
    private final TraceBook book;
    private final int depth;
    private final double multiplier;
    private final double punishmentMultiplier;
    private final boolean punishmentAllowed;
    private final int[] donor;
    private final int[] recipient;
    private final boolean[] observed;
    private final int[] traceLength;
    private final int[] trace;

    private Member[] members;
    private double[] resources;
    private int generation;
    private int game;
    private int round;
    private int size;

    RoundView(Pairings pairings, TraceBook book, int depth, double multiplier, double punishmentMultiplier,
              boolean punishmentAllowed) {
        this.pairings = pairings;
        this.book = book;
        this.depth = depth;
        this.multiplier = multiplier;
        this.punishmentMultiplier = punishmentMultiplier;
        this.punishmentAllowed = punishmentAllowed;
        int perRound = pairings.perRound();
        donor = new int[perRound];
        recipient = new int[perRound];
        observed = new boolean[perRound];
        traceLength = new int[perRound];
        trace = new int[perRound * depth];
    }

    void begin(Member[] seats, double[] currentResources, int generationNumber, int gameIndex, int roundIndex) {
        this.members = seats;
        this.resources = currentResources;
        this.generation = generationNumber;
        this.game = gameIndex;
        this.round = roundIndex;
        this.size = pairings.perRound();
    }

    /** Sets encounter {@code i} and collects what its donor is shown; O(trace depth). */
    void set(int i, int donorSeat, int recipientSeat, boolean sees) {
        donor[i] = donorSeat;
        recipient[i] = recipientSeat;
        observed[i] = sees;
        traceLength[i] = sees ? book.collect(recipientSeat, depth, trace, i * depth) : 0;
    }

    /** The seat of encounter {@code i}'s donor this generation (see {@link DonorPolicy#startGeneration}). */
    public int donorSeat(int i) {
        return donor[i];
    }

    /** The seat of encounter {@code i}'s recipient this generation. */
    public int recipientSeat(int i) {
        return recipient[i];
    }

    /** The action number of trace entry {@code k} of encounter {@code i}. */
    int traceAction(int i, int k) {
        return trace[i * depth + k];
    }

    /**
     * Whether entry {@code k} of encounter {@code i}'s trace is a gift of at least {@code threshold}: the
     * built-in agents' inner loop, without {@link #traceFraction}'s entry check.
     */
    boolean cooperativeAt(int i, int k, double threshold) {
        return book.gaveAtLeast(trace[i * depth + k], threshold);
    }

    /** The generation being played, 1-based. */
    public int generation() {
        return generation;
    }

    /** The game of the generation, 1 or 2. */
    public int game() {
        return game + 1;
    }

    /** The round of the game, 1-based. */
    public int round() {
        return round + 1;
    }

    /** Number of encounters this round. */
    public int encounters() {
        return size;
    }

    /** The most entries any trace shows. */
    public int traceDepth() {
        return depth;
    }

    public double multiplier() {
        return multiplier;
    }

    public double punishmentMultiplier() {
        return punishmentMultiplier;
    }

    public boolean punishmentAllowed() {
        return punishmentAllowed;
    }

    public Member donor(int i) {
        return members[donor[i]];
    }

    public Member recipient(int i) {
        return members[recipient[i]];
    }

    public double donorResources(int i) {
        return resources[donor[i]];
    }

    public double recipientResources(int i) {
        return resources[recipient[i]];
    }

    /** Whether the donor of encounter {@code i} is shown the recipient's trace at all. */
    public boolean observed(int i) {
        return observed[i];
    }

    /** Entries shown to the donor of encounter {@code i}: 0 when not observed or nobody acted yet. */
    public int traceLength(int i) {
        return traceLength[i];
    }

    /** The share given or spent in entry {@code k} (0 = the recipient's own last action). */
    public double traceFraction(int i, int k) {
        return book.fraction(traceAction(i, checkEntry(i, k)));
    }

    /** Whether entry {@code k} is a punishment rather than a donation. */
    public boolean tracePunished(int i, int k) {
        return book.punished(traceAction(i, checkEntry(i, k)));
    }

    /** Entry {@code k} of encounter {@code i}'s trace, with names. */
    public TraceEntry traceEntry(int i, int k) {
        return entry(traceAction(i, checkEntry(i, k)));
    }

    /** Everything the donor of encounter {@code i} is shown. */
    public SeenTrace seen(int i) {
        List<TraceEntry> entries = new ArrayList<>(traceLength[i]);
        for (int k = 0; k < traceLength[i]; k++) {
            entries.add(traceEntry(i, k));
        }
        return new SeenTrace(recipient(i).name(), round(), game(), observed[i], entries,
                unrecorded(members, observed[i], recipient[i], trace, i * depth, traceLength[i]));
    }

    TraceEntry entry(int action) {
        return entry(action, members);
    }

    TraceEntry entry(int action, Member[] seats) {
        boolean punish = book.punished(action);
        double units = book.units(action);
        return new TraceEntry(pairings.roundOf(action) + 1, seats[pairings.donor(action)].name(),
                seats[pairings.recipient(action)].name(), punish ? Action.PUNISH : Action.DONATE,
                book.fraction(action), units, (punish ? punishmentMultiplier : multiplier) * units);
    }

    /**
     * The agent at the end of a chain shorter than the depth — it had not acted yet in the game — or null
     * when the chain filled the depth or nothing was observed.
     */
    String unrecorded(Member[] seats, boolean sees, int recipientSeat, int[] actions, int offset, int length) {
        if (!sees || length >= depth) {
            return null;
        }
        int last = length == 0 ? recipientSeat : pairings.recipient(actions[offset + length - 1]);
        return seats[last].name();
    }

    private int checkEntry(int i, int k) {
        if (k < 0 || k >= traceLength[i]) {
            throw new IndexOutOfBoundsException("entry " + k + " of a trace with " + traceLength[i]);
        }
        return k;
    }
}
