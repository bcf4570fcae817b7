package org.feedbackstudio.donor;

/**
 * What the donors of one round chose, filled in by a {@link DonorPolicy}. Primitive arrays reused from
 * round to round, so deciding allocates nothing. A policy may fill distinct encounters from different
 * threads as long as it waits for all of them before returning.
 *
 * <p>Choices are shares of the donor's current resources. A donor with nothing left gives 0 units
 * whatever share it names; the trace still reports the share it chose.
 */
public final class Decisions {
    static final byte UNDECIDED = 0;
    static final byte DONATE = 1;
    static final byte PUNISH = 2;
    static final byte FALLBACK = 3;

    private final byte[] action;
    private final double[] share;
    private int size;
    private boolean punishmentAllowed;

    Decisions(int capacity) {
        action = new byte[capacity];
        share = new double[capacity];
    }

    /** Clears the choices for a round of {@code encounters} encounters. */
    void reset(int encounters, boolean punishmentAllowed) {
        this.size = encounters;
        this.punishmentAllowed = punishmentAllowed;
        java.util.Arrays.fill(action, 0, encounters, UNDECIDED);
    }

    public int size() {
        return size;
    }

    /** Encounter {@code i}'s donor gives {@code fraction} (0 to 1) of its resources. */
    public void donate(int i, double fraction) {
        set(i, DONATE, fraction);
    }

    /** Encounter {@code i}'s donor spends {@code fraction} (0 to 1) of its resources punishing the recipient. */
    public void punish(int i, double fraction) {
        if (!punishmentAllowed) {
            throw new IllegalStateException("this game has no punishment; encounter " + i + " can only donate");
        }
        set(i, PUNISH, fraction);
    }

    /**
     * Encounter {@code i}'s donor gave no usable answer (a reply that could not be read after the
     * policy's retries): it counts as a donation of 0 and is counted as a fallback.
     */
    public void fallback(int i) {
        checkIndex(i);
        action[i] = FALLBACK;
        share[i] = 0.0;
    }

    /**
     * Sets a choice whose share is known to lie within 0 to 1 (a rule strategy's, checked when it was
     * made), skipping the range check; the punishment rule still holds.
     */
    void decidePrechecked(int i, byte kind, double fraction) {
        if (kind == PUNISH && !punishmentAllowed) {
            throw new IllegalStateException("this game has no punishment; encounter " + i + " can only donate");
        }
        checkIndex(i);
        action[i] = kind;
        share[i] = fraction;
    }

    byte action(int i) {
        return action[i];
    }

    double share(int i) {
        return share[i];
    }

    private void set(int i, byte kind, double fraction) {
        checkIndex(i);
        if (!(fraction >= 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("encounter " + i + ": a choice is a share of the donor's resources "
                    + "from 0 to 1; got " + fraction);
        }
        action[i] = kind;
        share[i] = fraction;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("encounter " + i + " of a round with " + size);
        }
    }
}
