package org.feedbackstudio.regret;

import java.util.SplittableRandom;

/**
 * An online learner facing K actions for T rounds. Each round the simulation asks for an action with
 * {@link #choose()} before the adversary draws the round's losses, then hands over the loss of that
 * action with {@link #learn}. Anything more (other actions' losses) comes through the learner's
 * {@link LossOracle}, within the feedback the run allows.
 */
public abstract sealed class Learner permits Exp3, FullInformationHedge, BlockLearner {
    private final LearnerKind kind;
    protected final int actions;
    protected final long horizon;
    protected final SplittableRandom random;
    protected final LossOracle oracle;

    protected Learner(LearnerKind kind, long horizon, LossOracle oracle, SplittableRandom random) {
        this.kind = kind;
        this.actions = oracle.actions();
        this.horizon = horizon;
        this.oracle = oracle;
        this.random = random;
    }

    public final LearnerKind kind() {
        return kind;
    }

    public final LossOracle oracle() {
        return oracle;
    }

    /** The action for the coming round, using only the losses of rounds already played. */
    public abstract int choose();

    /** After the round: the action played and its loss. */
    public abstract void learn(int action, double loss);

    /** The distribution over actions the current (or, between blocks, the next) action is drawn from. */
    public abstract void probabilities(double[] out);

    /** The learning rate η. */
    public abstract double learningRate();

    /** Rounds per block: the learner holds its action for a whole block (1 for per-round learners). */
    public long blockLength() {
        return 1;
    }

    /** The number of blocks N the horizon is split into. */
    public long blocks() {
        return horizon;
    }

    /** The block the next round belongs to, 1-based; blocks() + 1 once the horizon is over. */
    public abstract long currentBlock();

    /** How the learner is set up, in a few words, e.g. "τ = 17, η = 0.0061". */
    public abstract String describe();
}
