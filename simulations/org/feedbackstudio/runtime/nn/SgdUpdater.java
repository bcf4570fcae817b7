package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.ArrayList;
import java.util.List;

/** SGD with PyTorch's momentum: b ← μb + g, θ ← θ − lr·b (plain θ ← θ − lr·g when μ = 0). */
final class SgdUpdater implements ParameterUpdater {
    private final double momentum;
    private double learningRate;
    private long steps;
    private final NDManager manager;
    private final List<NDArray> buffers = new ArrayList<>();
    private final NDArray momentumScalar;

    SgdUpdater(OptimizerSpec.Sgd spec, List<NDArray> parameters, NDManager parent) {
        this.momentum = spec.momentum();
        this.learningRate = spec.learningRate();
        this.manager = parent.newSubManager();
        if (momentum > 0) {
            for (NDArray p : parameters) {
                buffers.add(manager.zeros(p.getShape(), p.getDataType()));
            }
        }
        momentumScalar = manager.create((float) momentum);
    }

    @Override
    public void update(List<NDArray> parameters, List<NDArray> gradients, NDManager scope) {
        steps++;
        NDArray rate = scope.create((float) learningRate);
        for (int i = 0; i < parameters.size(); i++) {
            NDArray p = parameters.get(i);
            NDArray g = gradients.get(i);
            if (momentum > 0) {
                NDArray b = buffers.get(i);
                b.muli(momentumScalar).addi(g);
                NDArray step = b.mul(rate);
                step.attach(scope);
                p.subi(step);
            } else {
                p.subi(g.muli(rate));
            }
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
