package org.feedbackstudio.regret;

/**
 * What one learner has paid so far: the losses of the actions it played and the number of times it
 * changed action (the first action is free). Regret is computed from it against the adversary's
 * best fixed action in hindsight.
 */
public final class Scoreboard {
    private int current = -1;
    private long switches;
    private double loss;

    /** Records the action played this round; a change from last round's action is a switch. */
    public boolean play(int action) {
        if (action == current) {
            return false;
        }
        boolean switched = current >= 0;
        if (switched) {
            switches++;
        }
        current = action;
        return switched;
    }

    public void incur(double roundLoss) {
        loss += roundLoss;
    }

    /** The action played last, or -1 before the first round. */
    public int current() {
        return current;
    }

    public long switches() {
        return switches;
    }

    /** Σ_s ℓ_s(X_s). */
    public double loss() {
        return loss;
    }

    /** Σ_s ℓ_s(X_s) + λ·switches − (the best fixed action's cumulative loss). */
    public double regret(double switchingCost, double bestCumulativeLoss) {
        return loss + switchingCost * switches - bestCumulativeLoss;
    }
}
