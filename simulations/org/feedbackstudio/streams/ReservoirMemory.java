package org.feedbackstudio.streams;

import java.util.SplittableRandom;

/**
 * A fixed-size memory of stream samples kept by reservoir sampling: after n samples were offered, each
 * of them is in memory with probability capacity / n. A sample is remembered as (task, image index);
 * the task's transform is applied again when it is replayed.
 */
final class ReservoirMemory {
    private final int capacity;
    private final int[] tasks;
    private final int[] images;
    private final int[] slots;
    private final SplittableRandom random;
    private int size;
    private long offered;

    ReservoirMemory(int capacity, SplittableRandom random) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0");
        }
        this.capacity = capacity;
        this.tasks = new int[capacity];
        this.images = new int[capacity];
        this.slots = new int[capacity];
        this.random = random;
    }

    /** Offers one stream sample. */
    void offer(int task, int image) {
        offered++;
        if (capacity == 0) {
            return;
        }
        if (size < capacity) {
            tasks[size] = task;
            images[size] = image;
            slots[size] = size;
            size++;
            return;
        }
        long j = random.nextLong(offered);
        if (j < capacity) {
            tasks[(int) j] = task;
            images[(int) j] = image;
        }
    }

    /**
     * Draws {@code k} distinct slots (all of them if fewer are filled), uniformly, and reports each
     * sample to {@code out}.
     *
     * @return the number drawn
     */
    int draw(int k, SampleSink out) {
        int n = Math.min(k, size);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            int t = slots[i];
            slots[i] = slots[j];
            slots[j] = t;
            out.accept(tasks[slots[i]], images[slots[i]]);
        }
        return n;
    }

    int size() {
        return size;
    }

    int capacity() {
        return capacity;
    }

    long offered() {
        return offered;
    }

    /** Samples in memory per task, index t−1 for task t. */
    int[] countsPerTask(int taskCount) {
        int[] counts = new int[taskCount];
        for (int i = 0; i < size; i++) {
            counts[tasks[i] - 1]++;
        }
        return counts;
    }

    /** Receives drawn samples. */
    @FunctionalInterface
    interface SampleSink {
        void accept(int task, int image);
    }
}
