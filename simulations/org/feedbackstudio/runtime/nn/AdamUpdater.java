package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Adam, in place. With bias corrections c₁ = 1 − β₁ᵗ and c₂ = 1 − β₂ᵗ, PyTorch's step
 * θ ← θ − lr·(m/c₁)/(√(v/c₂) + ε) equals θ ← θ − (lr·√c₂/c₁)·m/(√v + ε·√c₂), which needs no
 * corrected copies of m and v.
 */
final class AdamUpdater implements ParameterUpdater {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double learningRate;
    private long steps;
    private final NDManager manager;
    private final List<NDArray> means = new ArrayList<>();
    private final List<NDArray> variances = new ArrayList<>();
    // Scalars built once: creating a scalar tensor costs more than a pass over a small layer.
    private final NDArray beta1Scalar;
    private final NDArray oneMinusBeta1;
    private final NDArray beta2Scalar;
    private final NDArray squareScale;

    AdamUpdater(OptimizerSpec.Adam spec, List<NDArray> parameters, NDManager parent) {
        this.beta1 = spec.beta1();
        this.beta2 = spec.beta2();
        this.epsilon = spec.epsilon();
        this.learningRate = spec.learningRate();
        this.manager = parent.newSubManager();
        for (NDArray p : parameters) {
            means.add(manager.zeros(p.getShape(), p.getDataType()));
            variances.add(manager.zeros(p.getShape(), p.getDataType()));
        }
        beta1Scalar = manager.create((float) beta1);
        oneMinusBeta1 = manager.create((float) (1 - beta1));
        beta2Scalar = manager.create((float) beta2);
        // ((1-β₁)g)² · (1-β₂)/(1-β₁)² = (1-β₂)g²
        squareScale = manager.create((float) ((1 - beta2) / ((1 - beta1) * (1 - beta1))));
    }

    @Override
    public void update(List<NDArray> parameters, List<NDArray> gradients, NDManager scope) {
        steps++;
        double c1 = 1 - Math.pow(beta1, steps);
        double c2 = 1 - Math.pow(beta2, steps);
        NDArray stepSize = scope.create((float) (learningRate * Math.sqrt(c2) / c1));
        NDArray eps = scope.create((float) (epsilon * Math.sqrt(c2)));
        for (int i = 0; i < parameters.size(); i++) {
            NDArray p = parameters.get(i);
            NDArray g = gradients.get(i);
            NDArray m = means.get(i);
            NDArray v = variances.get(i);
            m.muli(beta1Scalar);
            g.muli(oneMinusBeta1);
            m.addi(g);                      // m = β₁m + (1-β₁)g
            g.muli(g).muli(squareScale);
            v.muli(beta2Scalar).addi(g);    // v = β₂v + (1-β₂)g²
            NDArray denominator = v.sqrt();
            denominator.attach(scope);
            denominator.addi(eps);
            NDArray step = m.div(denominator);
            step.attach(scope);
            step.muli(stepSize);
            p.subi(step);
        }
    }

    @Override
    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public void close() {
        manager.close();
    }
}
