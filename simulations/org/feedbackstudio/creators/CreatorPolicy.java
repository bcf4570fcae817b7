package org.feedbackstudio.creators;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How creators decide what to make. Asked once a round for every creator that uploads, so that a policy
 * that asks a language model can ask for them all at once.
 */
interface CreatorPolicy extends AutoCloseable {

    /**
     * One creator's turn.
     *
     * @param creator the creator (its items, its policy state)
     * @param beliefs what it believes now
     * @param random  its own stream
     */
    record Turn(Creator creator, Beliefs beliefs, SplittableRandom random) {
    }

    /** A decision for each turn, in order. */
    List<Decision> decide(int round, List<Turn> turns);

    @Override
    default void close() {
    }
}
