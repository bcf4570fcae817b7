package org.feedbackstudio.creators;

/**
 * A base ranker: scores candidate items for a user (higher is better). A learned ranker is retrained on
 * the interaction log every few rounds; the others ignore {@link #retrain}.
 */
interface Recommender extends AutoCloseable {

    /** Writes a score for each of {@code items[0..count)} into {@code out}. */
    void score(int user, int[] items, int count, double[] out);

    /**
     * Retrains on every (user, item, label) in the log.
     *
     * @return the mean training loss of the last pass, or NaN for a ranker that does not learn
     */
    default double retrain(InteractionLog log, int round) {
        return Double.NaN;
    }

    @Override
    default void close() {
    }
}
