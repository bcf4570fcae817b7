package org.feedbackstudio.regret;

import java.util.List;

/**
 * An immutable snapshot of a switching-costs game for a custom studio view.
 *
 * @param tick           rounds played
 * @param adversary      the adversary in words
 * @param bestAction     the best fixed action in hindsight so far
 * @param cumulativeLoss every action's cumulative loss so far
 * @param learners       one entry per learner, in lineup order
 */
public record SwitchingCostsDetail(long tick, String adversary, int bestAction, List<Double> cumulativeLoss,
                                   List<LearnerState> learners) {
    public SwitchingCostsDetail {
        cumulativeLoss = List.copyOf(cumulativeLoss);
        learners = List.copyOf(learners);
    }

    /**
     * One learner at the moment of the snapshot.
     *
     * @param id            learner id, as in the metric names
     * @param action        the action played last, -1 before the first round
     * @param blockLength   τ (1 for learners that may switch every round)
     * @param block         the block the next round belongs to, 1-based
     * @param blocks        N
     * @param learningRate  η
     * @param switches      switches so far
     * @param loss          Σ ℓ_t(X_t) so far
     * @param regret        loss + λ·switches − the best action's cumulative loss
     * @param probabilities the distribution the current action was (or the next will be) drawn from
     * @param observations  (round, action) pairs looked up through a budget so far
     * @param budget        the observations it may look up over the whole horizon (B or B_ex), 0 when it spends
     *                      none (every learner but the budgeted one, and the budgeted one below the transition)
     * @param setup         how the learner is set up, in a few words (τ, N, η; which algorithm the budgeted one runs)
     */
    public record LearnerState(String id, int action, long blockLength, long block, long blocks, double learningRate,
                               long switches, double loss, double regret, List<Double> probabilities,
                               long observations, long budget, String setup) {
        public LearnerState {
            probabilities = List.copyOf(probabilities);
        }
    }
}
