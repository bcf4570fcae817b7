package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.List;

/**
 * A change to the gradients between the backward pass and the optimiser step, such as the gradient
 * of a regularisation penalty that is cheaper to add directly than to differentiate.
 */
@FunctionalInterface
public interface GradientAdjustment {

    GradientAdjustment NONE = (parameters, gradients, scope) -> { };

    /**
     * Adjusts {@code gradients[i]} (of {@code parameters[i]}) in place; runs with autograd off.
     * Temporaries go to {@code scope}.
     */
    void adjust(List<NDArray> parameters, List<NDArray> gradients, NDManager scope);
}
