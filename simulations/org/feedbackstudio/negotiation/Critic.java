package org.feedbackstudio.negotiation;

/**
 * Reads the improving player's whole history after a game and gives it feedback for the next one.
 * The built-in critic turns the history into concrete tactic changes; a model-driven critic would
 * answer in words.
 */
public interface Critic {

    /** Feedback on the history's latest game, which ended in a deal. */
    Feedback review(ImproverHistory history);
}
