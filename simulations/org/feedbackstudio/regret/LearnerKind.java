package org.feedbackstudio.regret;

import org.feedbackstudio.core.Choice;

/** The learners the simulator offers, with the feedback each one needs. */
public enum LearnerKind implements Choice {
    EXP3("exp3", "EXP3", Needs.PLAYED),
    BATCHED_EXP3("batched-exp3", "batched EXP3", Needs.PLAYED),
    HEDGE("hedge", "Hedge", Needs.ALL),
    LAZY_HEDGE("lazy-hedge", "Hedge, lazy switching", Needs.ALL),
    BLOCKED_HEDGE("blocked-hedge", "Hedge, blocked", Needs.ALL),
    BUDGETED("budgeted", "budgeted observations", Needs.BUDGET);

    /** The observations a learner relies on. */
    public enum Needs {
        /** The played action's loss every round: T observations. */
        PLAYED,
        /** Every action's loss every round: K·T observations. */
        ALL,
        /** Spends a budget of observations on (round, action) pairs of its choosing. */
        BUDGET
    }

    private final String id;
    private final String label;
    private final Needs needs;

    LearnerKind(String id, String label, Needs needs) {
        this.id = id;
        this.label = label;
        this.needs = needs;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Needs needs() {
        return needs;
    }

    /**
     * Why this learner cannot run with the given feedback, or null when it can.
     *
     * @param actions K
     * @param horizon T
     * @param budget  B_ex for {@link Feedback#EXTRA}, B for {@link Feedback#BUDGET}, ignored otherwise
     */
    public String refusal(Feedback feedback, int actions, long horizon, long budget) {
        long everything = Math.multiplyExact(actions, horizon);
        return switch (needs) {
            case PLAYED -> feedback == Feedback.BUDGET && budget < horizon
                    ? id + " observes the played action every round, T = " + horizon + " observations, but budget is "
                    + budget + "; raise budget to " + horizon + " or more, or choose feedback bandit"
                    : null;
            case ALL -> switch (feedback) {
                case BANDIT -> id + " needs every action's loss each round (full information); choose feedback full,"
                        + " or a bandit learner (exp3, batched-exp3)";
                case FULL -> null;
                case EXTRA -> budget < everything - horizon
                        ? id + " needs every action's loss each round, (K−1)·T = " + (everything - horizon)
                        + " extra observations, but budget is " + budget + "; choose feedback full"
                        : null;
                case BUDGET -> budget < everything
                        ? id + " needs every action's loss each round, K·T = " + everything
                        + " observations, but budget is " + budget + "; choose feedback full"
                        : null;
            };
            case BUDGET -> feedback == Feedback.BANDIT || feedback == Feedback.FULL
                    ? id + " spends a budget of observations; choose feedback extra or budget"
                    : null;
        };
    }
}
