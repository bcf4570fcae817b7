package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.IValue;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains an {@link Mlp} with softmax cross-entropy, one batch at a time, and scores it.
 *
 * <p>All arithmetic runs in the {@link MlpProgram}, a call or two per step. Everything a step touches
 * is allocated once, here: the input buffers (64-byte-aligned, wrapped by tensors without copying, so
 * a step's only copy is the batch going in), the gradients, the scratch tensors of the forward and
 * backward pass and the optimiser's state. A step therefore allocates nothing large, native memory
 * stays flat however long a run trains, and glibc's allocator has no megabytes to hand back to the
 * kernel and fault in again after every step. Each call sets PyTorch's intra-op thread count on the
 * calling thread; results are reproducible bit for bit for a fixed thread count.
 */
public final class MlpTrainer implements AutoCloseable {
    private final Mlp model;
    private final NDManager manager;
    private final MlpProgram program;
    private final ParameterUpdater updater;
    private final int threads;
    private final int maxRows;
    private final int width;
    private final ByteBuffer featureBytes;
    private final ByteBuffer labelBytes;
    private final ByteBuffer weightBytes;
    private final List<NDArray> gradients;
    private final Arguments arguments = new Arguments();
    private final IValue features;
    private final IValue labels;
    private final IValue weights;
    private final IValue parameterValues;
    private final IValue gradientValues;
    private final IValue outputs;
    private final IValue deltas;
    /** Forward-pass scratch for scoring, grown to the largest evaluation set seen. */
    private NDManager evaluationScratch;
    private Arguments evaluationArguments;
    private IValue evaluationOutputs;
    private int evaluationRows;
    private boolean closed;

    /**
     * @param parent   manager the trainer's native state (buffers, optimiser moments) belongs to
     * @param maxRows  largest batch {@link #step} will see
     * @param threads  PyTorch intra-op threads on the training thread
     */
    public MlpTrainer(NDManager parent, Mlp model, OptimizerSpec optimizer, int maxRows, int threads) {
        if (maxRows < 1 || threads < 1) {
            throw new IllegalArgumentException("maxRows and threads must be positive");
        }
        this.model = model;
        this.threads = threads;
        this.maxRows = maxRows;
        this.width = model.shape().inputs();
        this.manager = parent.newSubManager();
        try {
            this.program = new MlpProgram(manager);
            this.featureBytes = Tensors.alignedBuffer(Math.multiplyExact(maxRows, width) * Float.BYTES);
            this.labelBytes = Tensors.alignedBuffer(maxRows * Long.BYTES);
            this.weightBytes = Tensors.alignedBuffer(maxRows * Float.BYTES);
            this.features = arguments.tensor(manager.create(featureBytes, new Shape(maxRows, width),
                    DataType.FLOAT32));
            this.labels = arguments.tensor(manager.create(labelBytes, new Shape(maxRows, 1), DataType.INT64));
            this.weights = arguments.tensor(manager.create(weightBytes, new Shape(maxRows, 1), DataType.FLOAT32));
            this.gradients = zerosLikeParameters(manager);
            this.parameterValues = arguments.tensors(model.parameters());
            this.gradientValues = arguments.tensors(gradients);
            this.outputs = arguments.tensors(layerScratch(manager, maxRows));
            this.deltas = arguments.tensors(layerScratch(manager, maxRows));
            this.updater = newUpdater(optimizer);
        } catch (RuntimeException | Error e) {
            arguments.close();
            manager.close();
            throw e;
        }
    }

    private ParameterUpdater newUpdater(OptimizerSpec spec) {
        if (spec instanceof OptimizerSpec.Adam adam) {
            return new AdamUpdater(adam, program, parameterValues, gradientValues, model.parameters(), manager);
        }
        if (spec instanceof OptimizerSpec.Sgd sgd) {
            return new SgdUpdater(sgd, program, parameterValues, gradientValues, model.parameters(), manager);
        }
        throw new IllegalArgumentException("unknown optimiser " + spec);
    }

    /** One tensor [rows, width of layer l + 1] per layer, in {@code owner}. */
    private List<NDArray> layerScratch(NDManager owner, int rows) {
        int[] widths = model.shape().widths();
        List<NDArray> out = new ArrayList<>();
        for (int l = 1; l < widths.length; l++) {
            out.add(owner.zeros(new Shape(rows, widths[l]), DataType.FLOAT32));
        }
        return out;
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
        load(batch, 0, n);
        float loss = gradients(0, n);
        if (adjustment != GradientAdjustment.NONE) {
            try (NDManager scope = manager.newSubManager()) {
                adjustment.adjust(model.parameters(), gradients, scope);
            }
        }
        updater.update();
        return loss;
    }

    /**
     * Adds the squared gradient of −log p(y | x) of every row of the batch, taken one row at a time, to
     * {@code accumulators} (one per parameter): the empirical Fisher information's diagonal, unnormalised.
     * The parameters do not change.
     */
    public void accumulateSquaredGradients(TrainingBatch batch, List<NDArray> accumulators) {
        int n = batch.size();
        checkBatch(batch, Math.min(n, 1)); // rows go through in chunks, so any number fits
        if (accumulators.size() != model.parameters().size()) {
            throw new IllegalArgumentException("one accumulator per parameter");
        }
        NeuralRuntime.useThreads(threads);
        try (Arguments sums = new Arguments()) {
            IValue sumValues = sums.tensors(accumulators);
            for (int first = 0; first < n; first += maxRows) {
                int rows = Math.min(maxRows, n - first);
                load(batch, first, rows);
                FloatBuffer w = weightBytes.asFloatBuffer();
                for (int i = 0; i < rows; i++) {
                    w.put(i, 1f); // each row's own loss, unweighted
                }
                try (IValue count = IValue.from((long) rows)) {
                    program.run("add_squared_gradients", features, labels, weights, count, parameterValues,
                            gradientValues, outputs, deltas, sumValues);
                }
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
     * Scores the model: the number of correctly classified rows in each group of the set (one forward
     * pass for all groups).
     */
    public long[] countCorrect(EvaluationSet set) {
        NeuralRuntime.useThreads(threads);
        if (set.rows() > evaluationRows) {
            growEvaluationScratch(set.rows());
        }
        try (IValue groups = IValue.from((long) set.groups());
             IValue counts = program.call("count_correct", set.inputs(), set.labels(), groups, parameterValues,
                     evaluationOutputs)) {
            return counts.toLongArray();
        }
    }

    private void growEvaluationScratch(int rows) {
        closeEvaluationScratch();
        evaluationScratch = manager.newSubManager();
        evaluationArguments = new Arguments();
        evaluationOutputs = evaluationArguments.tensors(layerScratch(evaluationScratch, rows));
        evaluationRows = rows;
    }

    private void closeEvaluationScratch() {
        if (evaluationScratch != null) {
            evaluationArguments.close();
            evaluationScratch.close();
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

    /** Frees the optimiser state and every buffer (the model is closed by its owner). Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            updater.close();
            arguments.close();
            closeEvaluationScratch();
            program.close();
            manager.close();
        }
    }

    /** The loss of rows [first, first + n) of the loaded batch; their gradient goes to {@link #gradients}. */
    private float gradients(int first, int n) {
        try (IValue from = IValue.from((long) first); IValue count = IValue.from((long) n);
             IValue loss = program.call("gradients", features, labels, weights, from, count, parameterValues,
                     gradientValues, outputs, deltas)) {
            return (float) loss.toDouble();
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

    /** Copies rows [first, first + rows) of the batch to the top of the input buffers. */
    private void load(TrainingBatch batch, int first, int rows) {
        featureBytes.asFloatBuffer().put(batch.features(), batch.offset(first), rows * width);
        LongBuffer y = labelBytes.asLongBuffer();
        int[] labelArray = batch.labelArray();
        for (int i = 0; i < rows; i++) {
            y.put(i, labelArray[first + i]);
        }
        weightBytes.asFloatBuffer().put(batch.weightArray(), first, rows);
    }
}
