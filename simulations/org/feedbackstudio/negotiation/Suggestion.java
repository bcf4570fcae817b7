package org.feedbackstudio.negotiation;

/**
 * One of the critic's suggestions. The built-in critic's suggestions are concrete changes of a tactic
 * parameter, each explained in a sentence; a model-driven critic's would be free advice.
 */
public sealed interface Suggestion permits TacticChange, Advice {

    /** The suggestion as the player reads it. */
    String sentence();
}
