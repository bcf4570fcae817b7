package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.IValue;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a matrix-factorisation model with Adam, one minibatch per native call ({@link FactorProgram}):
 * pointwise with binary cross-entropy on (user, item, label) rows, or pairwise with BPR on (user,
 * positive, negative) triples.
 *
 * <p>Items are described by one index into each of several tables: the first is the item's own id, the
 * others side features (a genre, a creator), so an item never trained on is still scored through them.
 * The item-id table grows as items arrive ({@link #ensureItems}), keeping what was learned and the
 * optimiser's moments: training resumes warm. Users and side features start from N(0, 0.1²) drawn from
 * the given seed, item ids and biases from zero, so the same seed trains the same model, bit for bit, for
 * a fixed thread count. Everything native lives in one sub-manager, closed with the trainer; a step
 * allocates only batch-sized temporaries, freed by libtorch before the call returns.
 */
public final class FactorTrainer implements AutoCloseable {
    static final double INITIAL_SPREAD = 0.1;

    private final NDManager manager;
    private final FactorProgram program;
    private final int[] tableSizes;
    private final int dimension;
    private final int batchSize;
    private final int threads;
    private final List<NDArray> params = new ArrayList<>();
    private final List<NDArray> grads = new ArrayList<>();
    private final List<NDArray> means = new ArrayList<>();
    private final List<NDArray> variances = new ArrayList<>();
    private final ByteBuffer userBytes;
    private final ByteBuffer labelBytes;
    private final ByteBuffer[] positiveBytes;
    private final ByteBuffer[] negativeBytes;
    private final Arguments inputs = new Arguments();
    private final IValue userValue;
    private final IValue labelValue;
    private final IValue positiveValue;
    private final IValue negativeValue;
    private final IValue stepValue;
    private final IValue rate;
    private Arguments state = new Arguments();
    private IValue paramValues;
    private IValue gradValues;
    private IValue meanValues;
    private IValue varianceValues;
    private long steps;
    private boolean closed;

    /**
     * @param parent       manager the trainer's native state belongs to (a sub-manager of it)
     * @param users        rows of the user table
     * @param tableSizes   rows of each item table: the item-id table first (its initial room), then side features
     * @param dimension    embedding size
     * @param batchSize    rows (or triples) per step
     * @param learningRate Adam's step size
     * @param seed         the initial values' seed
     * @param threads      PyTorch intra-op threads on the training thread
     */
    public FactorTrainer(NDManager parent, int users, int[] tableSizes, int dimension, int batchSize,
                         double learningRate, long seed, int threads) {
        if (users < 1 || tableSizes.length < 1 || dimension < 1 || batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("users, tables, dimension, batch size and threads must be positive");
        }
        for (int size : tableSizes) {
            if (size < 1) {
                throw new IllegalArgumentException("every table needs a row");
            }
        }
        this.tableSizes = tableSizes.clone();
        this.dimension = dimension;
        this.batchSize = batchSize;
        this.threads = threads;
        NeuralRuntime.useThreads(threads);
        this.manager = parent.newSubManager();
        try {
            this.program = new FactorProgram(manager);
            SplittableRandom random = new SplittableRandom(seed);
            int tables = tableSizes.length;
            params.add(normal(users, random));
            for (int t = 0; t < tables; t++) {
                params.add(t == 0 ? manager.zeros(new Shape(tableSizes[0], dimension), DataType.FLOAT32)
                        : normal(tableSizes[t], random));
            }
            for (int t = 0; t < tables; t++) {
                params.add(manager.zeros(new Shape(tableSizes[t]), DataType.FLOAT32));
            }
            params.add(manager.zeros(new Shape(1), DataType.FLOAT32));
            for (NDArray p : params) {
                grads.add(manager.zeros(p.getShape(), DataType.FLOAT32));
                means.add(manager.zeros(p.getShape(), DataType.FLOAT32));
                variances.add(manager.zeros(p.getShape(), DataType.FLOAT32));
            }
            this.userBytes = Tensors.alignedBuffer(batchSize * Long.BYTES);
            this.labelBytes = Tensors.alignedBuffer(batchSize * Float.BYTES);
            this.positiveBytes = new ByteBuffer[tables];
            this.negativeBytes = new ByteBuffer[tables];
            List<NDArray> positives = new ArrayList<>();
            List<NDArray> negatives = new ArrayList<>();
            for (int t = 0; t < tables; t++) {
                positiveBytes[t] = Tensors.alignedBuffer(batchSize * Long.BYTES);
                negativeBytes[t] = Tensors.alignedBuffer(batchSize * Long.BYTES);
                positives.add(manager.create(positiveBytes[t], new Shape(batchSize), DataType.INT64));
                negatives.add(manager.create(negativeBytes[t], new Shape(batchSize), DataType.INT64));
            }
            this.userValue = inputs.tensor(manager.create(userBytes, new Shape(batchSize), DataType.INT64));
            this.labelValue = inputs.tensor(manager.create(labelBytes, new Shape(batchSize), DataType.FLOAT32));
            this.positiveValue = inputs.tensors(positives);
            this.negativeValue = inputs.tensors(negatives);
            this.stepValue = inputs.tensor(manager.zeros(new Shape(), DataType.FLOAT32));
            this.rate = inputs.number(learningRate);
            bindState();
        } catch (RuntimeException | Error e) {
            inputs.close();
            state.close();
            manager.close();
            throw e;
        }
    }

    private NDArray normal(int rows, SplittableRandom random) {
        float[] values = new float[rows * dimension];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (INITIAL_SPREAD * random.nextGaussian());
        }
        return Tensors.floats(manager, values, new Shape(rows, dimension));
    }

    /** The lists handed to the program refer to the tensors; after a table grows they are made again. */
    private void bindState() {
        state.close();
        state = new Arguments();
        paramValues = state.tensors(params);
        gradValues = state.tensors(grads);
        meanValues = state.tensors(means);
        varianceValues = state.tensors(variances);
    }

    /** Rows (or triples) per step. */
    public int batchSize() {
        return batchSize;
    }

    /** Rows of the item-id table now. */
    public int itemCapacity() {
        return tableSizes[0];
    }

    /**
     * Makes room for item ids below {@code items}, doubling the table as needed; rows learned so far and
     * their optimiser moments are kept, new rows start at zero.
     */
    public void ensureItems(int items) {
        if (items <= tableSizes[0]) {
            return;
        }
        int rows = tableSizes[0];
        while (rows < items) {
            rows = Math.multiplyExact(rows, 2);
        }
        int tables = tableSizes.length;
        NeuralRuntime.useThreads(threads);
        for (int index : new int[] {1, 1 + tables}) {
            Shape shape = index == 1 ? new Shape(rows, dimension) : new Shape(rows);
            for (List<NDArray> list : List.of(params, grads, means, variances)) {
                NDArray old = list.get(index);
                NDArray grown = manager.zeros(shape, DataType.FLOAT32);
                try (Arguments a = new Arguments()) {
                    program.run("grow", a.tensor(old), a.tensor(grown));
                }
                list.set(index, grown);
                old.close();
            }
        }
        tableSizes[0] = rows;
        bindState();
    }

    /**
     * One Adam step on the mean binary cross-entropy of the first {@code n} rows.
     *
     * @param items  per table, each row's index into it (items[0] the item ids)
     * @param labels 1 for a positive, 0 for a negative
     * @return the batch's loss before the update
     */
    public double pointwiseStep(int[] userIds, int[][] items, float[] labels, int n) {
        check(items, n);
        NeuralRuntime.useThreads(threads);
        load(userBytes, userIds, n);
        labelBytes.asFloatBuffer().put(labels, 0, n);
        for (int t = 0; t < items.length; t++) {
            load(positiveBytes[t], items[t], n);
        }
        steps++;
        try (IValue count = IValue.from((long) n);
             IValue loss = program.call("pointwise_step", userValue, positiveValue, labelValue, count, paramValues,
                     gradValues, meanValues, varianceValues, stepValue, rate)) {
            return loss.toDouble();
        }
    }

    /**
     * One Adam step on the mean BPR loss −log σ(s(u, i⁺) − s(u, i⁻)) of the first {@code n} triples.
     *
     * @return the batch's loss before the update
     */
    public double pairwiseStep(int[] userIds, int[][] positives, int[][] negatives, int n) {
        check(positives, n);
        check(negatives, n);
        NeuralRuntime.useThreads(threads);
        load(userBytes, userIds, n);
        for (int t = 0; t < positives.length; t++) {
            load(positiveBytes[t], positives[t], n);
            load(negativeBytes[t], negatives[t], n);
        }
        steps++;
        try (IValue count = IValue.from((long) n);
             IValue loss = program.call("pairwise_step", userValue, positiveValue, negativeValue, count, paramValues,
                     gradValues, meanValues, varianceValues, stepValue, rate)) {
            return loss.toDouble();
        }
    }

    /** Optimiser steps taken. */
    public long steps() {
        return steps;
    }

    /** A copy of the model's values for scoring without native calls. */
    public FactorWeights weights() {
        NeuralRuntime.useThreads(threads);
        int tables = tableSizes.length;
        float[][] itemTables = new float[tables][];
        float[][] itemBiases = new float[tables][];
        for (int t = 0; t < tables; t++) {
            itemTables[t] = params.get(1 + t).toFloatArray();
            itemBiases[t] = params.get(1 + tables + t).toFloatArray();
        }
        return new FactorWeights(dimension, params.get(0).toFloatArray(), itemTables, itemBiases,
                params.get(2 * tables + 1).toFloatArray()[0]);
    }

    private void check(int[][] items, int n) {
        if (items.length != tableSizes.length) {
            throw new IllegalArgumentException(items.length + " index arrays for " + tableSizes.length + " tables");
        }
        if (n < 1 || n > batchSize) {
            throw new IllegalArgumentException("batch of " + n + " rows; this trainer takes 1.." + batchSize);
        }
    }

    private static void load(ByteBuffer bytes, int[] values, int n) {
        LongBuffer view = bytes.asLongBuffer();
        for (int i = 0; i < n; i++) {
            view.put(i, values[i]);
        }
    }

    /** Frees every tensor of the model, its optimiser and its buffers. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            inputs.close();
            state.close();
            program.close();
            manager.close();
        }
    }
}
