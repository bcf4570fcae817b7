package org.feedbackstudio.streams;

import org.feedbackstudio.runtime.nn.GradientAdjustment;
import org.feedbackstudio.runtime.nn.MlpTrainer;
import org.feedbackstudio.runtime.nn.TrainingBatch;

import java.util.List;
import java.util.Map;

/**
 * How the learner copes with a changing stream: what goes into each training batch (new data only,
 * everything seen, replayed or rehearsed samples), and any change to the gradients (EWC's penalty).
 */
sealed interface Strategy extends AutoCloseable
        permits NaiveStrategy, JointStrategy, ReplayStrategy, RehearsalStrategy, EwcStrategy {

    /** The strategy's word in scenarios. */
    String word();

    /** The largest batch {@link #fillBatch} builds. */
    int maxBatchRows();

    /** Called before the first iteration of task {@code task} (1-based). */
    default void startTask(int task) {
    }

    /** Fills the (empty) batch for iteration {@code iteration} (0-based) of task {@code task}, with weights. */
    void fillBatch(TrainingBatch batch, int task, int iteration);

    /** The change to the gradients before each optimiser step. */
    default GradientAdjustment gradientAdjustment() {
        return GradientAdjustment.NONE;
    }

    /** Called after the last iteration (and evaluation) of task {@code task}. */
    default void endTask(int task, MlpTrainer trainer) {
    }

    /** Adds what the inspector should show about the strategy. */
    default void describe(Map<String, String> into) {
    }

    /** Samples in the replay memory per task (index t−1 for task t); empty without a memory. */
    default List<Integer> memoryPerTask() {
        return List.of();
    }

    /** Rehearsal samples planned for the current task, by age (index a−1 for age a); empty otherwise. */
    default List<Long> rehearsalPlan() {
        return List.of();
    }

    @Override
    default void close() {
    }
}
