package org.feedbackstudio.regret;

/**
 * An oblivious adversary: it draws round t's losses, one per action, without looking at what any
 * learner does, so every learner in a run faces the same loss sequence. Losses lie in [0, 1].
 *
 * <p>The simulation calls {@link #advance()} once per round after the learners have chosen their
 * actions; {@link #loss} then reads the round just drawn. Cumulative losses include that round.
 */
public sealed interface Adversary permits RandomWalkAdversary, BernoulliAdversary, LossTableAdversary {

    int actions();

    /** Rounds drawn so far. */
    long rounds();

    /** Draws the losses of the next round. */
    void advance();

    /** The loss of an action in the round drawn last. */
    double loss(int action);

    /** The loss of an action summed over every round drawn so far. */
    double cumulativeLoss(int action);

    /** The action with the smallest cumulative loss so far (the lowest index on a tie). */
    default int bestAction() {
        int best = 0;
        for (int a = 1; a < actions(); a++) {
            if (cumulativeLoss(a) < cumulativeLoss(best)) {
                best = a;
            }
        }
        return best;
    }

    /** min over actions of the cumulative loss: the loss of the best fixed action in hindsight. */
    default double bestCumulativeLoss() {
        return cumulativeLoss(bestAction());
    }

    /** A one-line description for the inspector and the event log. */
    String describe();
}
