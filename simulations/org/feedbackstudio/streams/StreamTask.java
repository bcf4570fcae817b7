package org.feedbackstudio.streams;

import java.util.Arrays;

/**
 * One task of a stream: a name, the transform its images get, and which training and test images of
 * the data set belong to it. Immutable.
 */
public final class StreamTask {
    private final int number;
    private final String name;
    private final PixelTransform transform;
    private final int[] train;
    private final int[] test;

    public StreamTask(int number, String name, PixelTransform transform, int[] train, int[] test) {
        if (train.length == 0 || test.length == 0) {
            throw new IllegalArgumentException("task " + number + " has no training or no test images");
        }
        this.number = number;
        this.name = name;
        this.transform = transform;
        this.train = train.clone();
        this.test = test.clone();
    }

    /** 1-based position in the stream. */
    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public PixelTransform transform() {
        return transform;
    }

    public int trainCount() {
        return train.length;
    }

    /** The data set index of the task's {@code i}-th training image. */
    public int trainImage(int i) {
        return train[i];
    }

    public int[] trainImages() {
        return train.clone();
    }

    public int testCount() {
        return test.length;
    }

    /** Data set indices of the task's fixed test subset. */
    public int[] testImages() {
        return test.clone();
    }

    @Override
    public String toString() {
        return "task " + number + " (" + name + ", " + train.length + " training images, " + test.length
                + " test images)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamTask t && t.number == number && t.name.equals(name)
                && Arrays.equals(t.train, train) && Arrays.equals(t.test, test);
    }

    @Override
    public int hashCode() {
        return 31 * number + name.hashCode();
    }
}
