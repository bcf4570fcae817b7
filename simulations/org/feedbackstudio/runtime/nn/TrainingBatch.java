package org.feedbackstudio.runtime.nn;

import java.util.Arrays;

/**
 * A reusable batch being assembled in Java memory: rows of features, a class label and a loss weight
 * per row. The trainer minimises Σᵢ wᵢ·CE(xᵢ, yᵢ), so weights 1/n give the usual mean loss and
 * two groups weighted λ/n₁ and (1−λ)/n₂ give a weighted mix (experience replay's new/old balance).
 *
 * <p>Callers write features straight into {@link #features()} at {@link #offset(int)} to avoid copies.
 */
public final class TrainingBatch {
    private final int width;
    private final float[] features;
    private final int[] labels;
    private final float[] weights;
    private int size;

    public TrainingBatch(int capacity, int width) {
        if (capacity < 1 || width < 1) {
            throw new IllegalArgumentException("capacity and width must be positive");
        }
        this.width = width;
        this.features = new float[Math.multiplyExact(capacity, width)];
        this.labels = new int[capacity];
        this.weights = new float[capacity];
    }

    public int capacity() {
        return labels.length;
    }

    public int width() {
        return width;
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    /**
     * Appends a row with this label and weight 0 (see {@link #weighGroup}); the caller fills its
     * features at {@code offset(row)}.
     *
     * @return the new row's index
     */
    public int addRow(int label) {
        if (size == labels.length) {
            throw new IllegalStateException("batch is full (" + labels.length + " rows)");
        }
        labels[size] = label;
        weights[size] = 0f;
        return size++;
    }

    /** The backing feature array (row-major, {@code capacity × width}); rows past {@link #size} are stale. */
    public float[] features() {
        return features;
    }

    public int offset(int row) {
        return row * width;
    }

    public int label(int row) {
        checkRow(row);
        return labels[row];
    }

    public float weight(int row) {
        checkRow(row);
        return weights[row];
    }

    /** Gives rows [from, to) equal weights that sum to {@code total}. */
    public void weighGroup(int from, int to, double total) {
        if (from < 0 || to > size || from > to) {
            throw new IllegalArgumentException("rows " + from + ".." + to + " outside 0.." + size);
        }
        if (to > from) {
            Arrays.fill(weights, from, to, (float) (total / (to - from)));
        }
    }

    /** Equal weights summing to one over the whole batch: the mean loss. */
    public void weighEqually() {
        weighGroup(0, size, 1.0);
    }

    int[] labelArray() {
        return labels;
    }

    float[] weightArray() {
        return weights;
    }

    private void checkRow(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
    }
}
