package org.feedbackstudio.donor;

/**
 * What an agent plans to do, in the paper's form: one sentence starting "My strategy will be".
 * Built-in agents carry an explicit {@link RuleStrategy}; agents driven by a language model carry the
 * {@link WrittenStrategy} the model wrote.
 */
public sealed interface Strategy permits RuleStrategy, WrittenStrategy {

    /** The strategy as one readable sentence starting "My strategy will be". */
    String sentence();

    /** The share of its resources the agent gives by default (0 to 1), or NaN when the strategy does not say. */
    double generosity();
}
