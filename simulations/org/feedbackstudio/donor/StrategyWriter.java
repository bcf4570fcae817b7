package org.feedbackstudio.donor;

import org.feedbackstudio.core.ParameterChange;

import java.util.List;

/**
 * Writes the strategies agents are born with: the first generation's, and each newcomer's after
 * selection. Built-in writers are {@link CulturalTransmission} and {@link FixedStrategies}; a
 * model-driven writer prompts its model with the survivors' strategy sentences (and their scores when
 * {@code scoresShown}) and parses the reply on "My strategy will be".
 */
public interface StrategyWriter {

    /** Strategies for the {@code count} agents of the first generation: the i-th (0-based) is agent 1_(i+1)'s. */
    List<Strategy> firstGeneration(int count);

    /**
     * Strategies for {@code count} newcomers of generation {@code generation}.
     *
     * @param survivors   the survivors, best first, with their selection scores
     * @param scoresShown whether the writer may use the scores (the notebook's prompt leaves them out)
     * @return exactly {@code count} strategies, each naming the survivor it copies (or none); the j-th (0-based)
     *         goes to the agent named generation_(j+1)
     */
    List<Inheritance> newcomers(List<Survivor> survivors, boolean scoresShown, int count, int generation);

    /** Applies a live parameter change; false when this writer has no such parameter. */
    default boolean applyLive(ParameterChange change) {
        return false;
    }
}
