package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains an {@link Mlp} with softmax cross-entropy, one batch at a time, and scores it.
 *
 * <p>This is a deliberately small training step on the engine's autograd rather than DJL's
 * {@code Trainer}: no gradient collector (PyTorch's grad mode is per thread, DJL's collector is one per
 * process), inputs copied once into reused 64-byte-aligned buffers, the optimiser working in place,
 * and every temporary tensor attached to a per-step scope that is closed before the step returns, so
 * native memory does not grow with the number of steps.
 */
public final class MlpTrainer implements AutoCloseable {
    private final Mlp model;
    private final NDManager manager;
    private final ParameterUpdater updater;
    private final int threads;
    private final int maxRows;
    private final int width;
    private final ByteBuffer featureBytes;
    private final ByteBuffer labelBytes;
    private final ByteBuffer weightBytes;
    private final NDArray one;
    private boolean closed;

    /**
     * @param parent   manager the trainer's native state (optimiser moments) belongs to
     * @param maxRows  largest batch {@link #step} will see
     * @param threads  PyTorch intra-op threads on the training thread
     */
    public MlpTrainer(NDManager parent, Mlp model, OptimizerSpec optimizer, int maxRows, int threads) {
        if (maxRows < 1 || threads < 1) {
            throw new IllegalArgumentException("maxRows and threads must be positive");
        }
        this.model = model;
        this.manager = parent.newSubManager();
        this.updater = optimizer.newUpdater(model.parameters(), manager);
        this.threads = threads;
        this.maxRows = maxRows;
        this.width = model.shape().inputs();
        this.featureBytes = Tensors.alignedBuffer(Math.multiplyExact(maxRows, width) * Float.BYTES);
        this.labelBytes = Tensors.alignedBuffer(maxRows * Long.BYTES);
        this.weightBytes = Tensors.alignedBuffer(maxRows * Float.BYTES);
        this.one = manager.create(1f);
    }

    public Mlp model() {
        return model;
    }

    /**
     * One optimiser step on the weighted cross-entropy Σᵢ wᵢ·(−log p(yᵢ | xᵢ)) of the batch.
     *
     * @return the loss before the update
     */
    public float step(TrainingBatch batch, GradientAdjustment adjustment) {
        int n = batch.size();
        checkBatch(batch, n);
        NeuralRuntime.useThreads(threads);
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = inputs(scope, batch, 0, n);
            NDArray y = labels(scope, batch, 0, n);
            NDArray w = weights(scope, batch, n);
            NDArray loss = backward(scope, x, y, w);
            List<NDArray> parameters = model.parameters();
            List<NDArray> gradients = gradients(scope);
            adjustment.adjust(parameters, gradients, scope);
            updater.update(parameters, gradients, scope);
            zeroGradients();
            return loss.getFloat();
        }
    }

    /**
     * Adds the squared gradient of −log p(y | x) of every row of the batch, taken one row at a time, to
     * {@code accumulators} (one per parameter): the empirical Fisher information's diagonal, unnormalised.
     * The parameters do not change.
     */
    public void accumulateSquaredGradients(TrainingBatch batch, List<NDArray> accumulators) {
        int n = batch.size();
        checkBatch(batch, Math.min(n, 1)); // rows go through one at a time, so any number fits
        if (accumulators.size() != model.parameters().size()) {
            throw new IllegalArgumentException("one accumulator per parameter");
        }
        NeuralRuntime.useThreads(threads);
        for (int row = 0; row < n; row++) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray x = inputs(scope, batch, row, 1);
                NDArray y = labels(scope, batch, row, 1);
                backward(scope, x, y, one);
                List<NDArray> gradients = gradients(scope);
                for (int i = 0; i < gradients.size(); i++) {
                    NDArray g = gradients.get(i);
                    accumulators.get(i).addi(g.muli(g));
                }
                zeroGradients();
            }
        }
    }

    /** Tensors of zeros shaped like the parameters, owned by {@code owner}. */
    public List<NDArray> zerosLikeParameters(NDManager owner) {
        List<NDArray> out = new ArrayList<>();
        for (NDArray p : model.parameters()) {
            out.add(owner.zeros(p.getShape(), p.getDataType()));
        }
        return out;
    }

    /**
     * Scores the model without recording gradients: the number of correctly classified rows in each
     * group of the set (one forward pass for all groups).
     */
    public long[] countCorrect(EvaluationSet set) {
        NeuralRuntime.useThreads(threads);
        JniUtils.setGradMode(false);
        try (NDManager scope = manager.newSubManager()) {
            NDArray logits = model.logits(set.inputs(), scope);
            NDArray predicted = logits.argMax(1);
            predicted.attach(scope);
            NDArray hits = predicted.eq(set.labels()).toType(DataType.INT64, false);
            hits.attach(scope);
            NDArray perGroup = hits.reshape(set.groups(), set.groupSize()).sum(new int[] {1});
            perGroup.attach(scope);
            return perGroup.toLongArray();
        }
    }

    public void setLearningRate(double learningRate) {
        updater.setLearningRate(learningRate);
    }

    public double learningRate() {
        return updater.learningRate();
    }

    /** Optimiser steps taken. */
    public long steps() {
        return updater.steps();
    }

    /** Frees the optimiser state (the model is closed by its owner). Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            updater.close();
            manager.close();
        }
    }

    private NDArray backward(NDManager scope, NDArray x, NDArray y, NDArray w) {
        JniUtils.setGradMode(true);
        try {
            NDArray logits = model.logits(x, scope);
            NDArray logProbabilities = logits.logSoftmax(1);
            logProbabilities.attach(scope);
            NDArray picked = logProbabilities.gather(y, 1);
            picked.attach(scope);
            NDArray weighted = picked.mul(w);
            weighted.attach(scope);
            NDArray loss = weighted.sum().neg();
            loss.attach(scope);
            JniUtils.backward((PtNDArray) loss, (PtNDArray) one, false, false);
            return loss;
        } finally {
            JniUtils.setGradMode(false);
        }
    }

    private List<NDArray> gradients(NDManager scope) {
        List<NDArray> out = new ArrayList<>();
        for (NDArray p : model.parameters()) {
            NDArray g = p.getGradient();
            g.attach(scope);
            out.add(g);
        }
        return out;
    }

    private void zeroGradients() {
        for (NDArray p : model.parameters()) {
            JniUtils.zeroGrad((PtNDArray) p);
        }
    }

    private void checkBatch(TrainingBatch batch, int n) {
        if (batch.width() != width) {
            throw new IllegalArgumentException("batch rows have " + batch.width() + " features; the model takes "
                    + width);
        }
        if (n < 1 || n > maxRows) {
            throw new IllegalArgumentException("batch of " + n + " rows; this trainer takes 1.." + maxRows);
        }
    }

    private NDArray inputs(NDManager scope, TrainingBatch batch, int firstRow, int rows) {
        FloatBuffer floats = featureBytes.asFloatBuffer();
        floats.put(batch.features(), batch.offset(firstRow), rows * width);
        return scope.create(view(featureBytes, rows * width * Float.BYTES), new Shape(rows, width),
                DataType.FLOAT32);
    }

    private NDArray labels(NDManager scope, TrainingBatch batch, int firstRow, int rows) {
        LongBuffer longs = labelBytes.asLongBuffer();
        int[] labels = batch.labelArray();
        for (int i = 0; i < rows; i++) {
            longs.put(labels[firstRow + i]);
        }
        return scope.create(view(labelBytes, rows * Long.BYTES), new Shape(rows, 1), DataType.INT64);
    }

    private NDArray weights(NDManager scope, TrainingBatch batch, int rows) {
        weightBytes.asFloatBuffer().put(batch.weightArray(), 0, rows);
        return scope.create(view(weightBytes, rows * Float.BYTES), new Shape(rows, 1), DataType.FLOAT32);
    }

    /** The first {@code bytes} bytes of an aligned buffer, without copying (DJL wraps it as is). */
    private static ByteBuffer view(ByteBuffer buffer, int bytes) {
        ByteBuffer view = buffer.duplicate();
        view.position(0).limit(bytes);
        return view.slice().order(ByteOrder.nativeOrder());
    }
}
