package org.feedbackstudio.regret;

import org.feedbackstudio.core.Choice;

/** What the learner gets to see after each round. */
public enum Feedback implements Choice {
    /** Only the loss of the action played. */
    BANDIT("bandit"),
    /** The loss of every action. */
    FULL("full"),
    /** Bandit feedback plus a budget B_ex of extra observations of any (round, action) pair. */
    EXTRA("extra"),
    /** A total budget B of observations and nothing for free, not even the played action's loss. */
    BUDGET("budget");

    private final String id;

    Feedback(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The learner whose regret matches the minimax rate for this feedback (up to constants and logs). */
    public LearnerKind optimalLearner() {
        return switch (this) {
            case BANDIT -> LearnerKind.BATCHED_EXP3;
            case FULL -> LearnerKind.LAZY_HEDGE;
            case EXTRA, BUDGET -> LearnerKind.BUDGETED;
        };
    }
}
