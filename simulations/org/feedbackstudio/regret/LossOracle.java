package org.feedbackstudio.regret;

/**
 * A learner's window on the adversary beyond the loss of its own action, which it is handed every
 * round. Learners with a budget look losses up one (round, action) pair at a time through
 * {@link #observe}, which counts every look; full-information learners read cumulative losses.
 * Which learner may use which method is settled before the run by {@link LearnerKind#refusal}.
 */
public final class LossOracle {
    private final Adversary adversary;
    private long observations;

    public LossOracle(Adversary adversary) {
        this.adversary = adversary;
    }

    public int actions() {
        return adversary.actions();
    }

    /** The loss of an action in the round just drawn; counts one observation. */
    public double observe(int action) {
        observations++;
        return adversary.loss(action);
    }

    /** How many times {@link #observe} was called. */
    public long observations() {
        return observations;
    }

    /** Full information: an action's loss summed over every round drawn so far. */
    public double cumulativeLoss(int action) {
        return adversary.cumulativeLoss(action);
    }
}
