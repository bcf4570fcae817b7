package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.List;

/**
 * The state of an optimiser (moments, momentum buffers) and the in-place update it applies.
 *
 * <p>Updates run with autograd off and work in place on the parameters and on the gradient tensors,
 * which the caller zeroes afterwards: reusing the gradient's memory as scratch space saves the
 * allocations that dominate a naive implementation.
 */
public sealed interface ParameterUpdater extends AutoCloseable permits AdamUpdater, SgdUpdater {

    /**
     * Applies one update. {@code gradients[i]} belongs to {@code parameters[i]} and may be overwritten;
     * temporaries go to {@code scope}.
     */
    void update(List<NDArray> parameters, List<NDArray> gradients, NDManager scope);

    /** Changes the learning rate for the following updates. */
    void setLearningRate(double learningRate);

    double learningRate();

    /** Number of updates applied so far. */
    long steps();

    /** Frees the optimiser state. */
    @Override
    void close();
}
