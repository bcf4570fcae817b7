package org.feedbackstudio.streams;

import java.util.List;

/**
 * The continual-streams inspector's snapshot, for the studio's own views: per-task accuracy curves
 * with task boundaries, the task × task accuracy matrix, the rehearsal schedule and sample images.
 * Immutable.
 *
 * @param stream           stream word (permuted, split, rotated)
 * @param strategy         strategy word
 * @param currentTask      the task being learned (1-based)
 * @param taskNames        a name per task
 * @param taskEnds         the iteration at which each task ends; boundaries sit between t and t+1
 * @param accuracyMatrix   row k−1: accuracies on tasks 1…T at the end of task k (NaN for tasks not yet
 *                         seen); only finished tasks have a row
 * @param scheduleShares   rehearsal strategies: share of the budget per age a = 1…T−1 when the last task
 *                         is learned (the schedule's shape); empty otherwise
 * @param rehearsalPlan    rehearsal strategies: samples planned for the current task per age a = 1…k−1
 * @param memoryPerTask    replay: samples in memory per task; empty otherwise
 * @param samples          a few training images per task, transformed as the learner sees them
 */
public record StreamsView(String stream, String strategy, int currentTask, List<String> taskNames,
                          List<Long> taskEnds, List<List<Double>> accuracyMatrix, List<Double> scheduleShares,
                          List<Long> rehearsalPlan, List<Integer> memoryPerTask, List<SampleImage> samples) {
    public StreamsView {
        taskNames = List.copyOf(taskNames);
        taskEnds = List.copyOf(taskEnds);
        accuracyMatrix = accuracyMatrix.stream().map(List::copyOf).toList();
        scheduleShares = List.copyOf(scheduleShares);
        rehearsalPlan = List.copyOf(rehearsalPlan);
        memoryPerTask = List.copyOf(memoryPerTask);
        samples = List.copyOf(samples);
    }
}
