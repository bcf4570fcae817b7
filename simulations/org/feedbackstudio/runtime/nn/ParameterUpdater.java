package org.feedbackstudio.runtime.nn;

/**
 * The state of an optimiser (moments, momentum buffers) and the in-place update it applies to the
 * parameters from the gradients the trainer has just computed. Both lists were handed over when the
 * updater was made; an update is one call into libtorch's fused kernel for every parameter at once.
 */
public sealed interface ParameterUpdater extends AutoCloseable permits AdamUpdater, SgdUpdater {

    /** Applies one update from the current gradients. */
    void update();

    /** Changes the learning rate for the following updates. */
    void setLearningRate(double learningRate);

    double learningRate();

    /** Number of updates applied so far. */
    long steps();

    /** Frees the optimiser state. */
    @Override
    void close();
}
