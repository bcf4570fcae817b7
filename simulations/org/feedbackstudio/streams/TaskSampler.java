package org.feedbackstudio.streams;

import java.util.SplittableRandom;

/**
 * Hands out a task's training images in shuffled passes: every image once per pass, a new shuffle for
 * each pass. In single-pass (online) mode a second pass is an error.
 */
final class TaskSampler {
    private final StreamTask task;
    private final int[] order;
    private final SplittableRandom random;
    private final boolean singlePass;
    private int cursor;
    private int pass;

    TaskSampler(StreamTask task, SplittableRandom random, boolean singlePass) {
        this.task = task;
        this.order = task.trainImages();
        this.random = random;
        this.singlePass = singlePass;
        shuffle();
    }

    /** The next training image (a data set index). */
    int next() {
        if (cursor == order.length) {
            if (singlePass) {
                throw new IllegalStateException("task " + task.number() + " has no unseen images left ("
                        + order.length + " in a single pass)");
            }
            pass++;
            shuffle();
            cursor = 0;
        }
        return order[cursor++];
    }

    /** The {@code i}-th image of the current pass, without drawing it. */
    int peek(int i) {
        return order[i];
    }

    /** 0 during the first pass over the task's images, 1 during the second… */
    int pass() {
        return pass;
    }

    int size() {
        return order.length;
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
