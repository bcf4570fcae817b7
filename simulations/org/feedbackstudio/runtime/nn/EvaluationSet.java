package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.IValue;

/**
 * A fixed labelled test set kept in native memory, split into equal consecutive groups (one per task),
 * so that a single forward pass scores every group.
 */
public final class EvaluationSet implements AutoCloseable {
    private final NDManager manager;
    private final Arguments arguments = new Arguments();
    private final IValue inputs;
    private final IValue labels;
    private final int rows;
    private final int groups;
    private final int groupSize;

    private EvaluationSet(NDManager manager, NDArray inputs, NDArray labels, int groups, int groupSize) {
        this.manager = manager;
        this.inputs = arguments.tensor(inputs);
        this.labels = arguments.tensor(labels);
        this.rows = groups * groupSize;
        this.groups = groups;
        this.groupSize = groupSize;
    }

    /**
     * Copies {@code features} (rows × width, row-major) and {@code labels} to native memory.
     *
     * @param groups the rows form this many consecutive groups of equal size
     */
    public static EvaluationSet create(NDManager parent, float[] features, int[] labels, int width, int groups) {
        int rows = labels.length;
        if (groups < 1 || rows % groups != 0 || rows == 0) {
            throw new IllegalArgumentException(rows + " rows do not split into " + groups + " equal groups");
        }
        if (features.length != rows * width) {
            throw new IllegalArgumentException(features.length + " features for " + rows + " rows of " + width);
        }
        NDManager manager = parent.newSubManager();
        NDArray x = Tensors.floats(manager, features, new Shape(rows, width));
        NDArray y = Tensors.longs(manager, labels, new Shape(rows));
        return new EvaluationSet(manager, x, y, groups, rows / groups);
    }

    public int groups() {
        return groups;
    }

    public int groupSize() {
        return groupSize;
    }

    public int rows() {
        return rows;
    }

    /** The inputs [rows, width] as a program argument. */
    IValue inputs() {
        return inputs;
    }

    /** The labels [rows] as a program argument. */
    IValue labels() {
        return labels;
    }

    @Override
    public void close() {
        arguments.close();
        manager.close();
    }
}
