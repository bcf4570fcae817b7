package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.IValue;

import java.util.ArrayList;
import java.util.List;

/**
 * SGD with PyTorch's momentum, b ← μb + g, θ ← θ − lr·b (plain θ ← θ − lr·g when μ = 0), with
 * libtorch's fused kernel. The buffers start at zero, so the first step's b is g as in PyTorch.
 */
final class SgdUpdater implements ParameterUpdater {
    private final MlpProgram program;
    private final NDManager manager;
    private final Arguments arguments = new Arguments();
    private final IValue parameters;
    private final IValue gradients;
    private final IValue buffers;
    private final IValue momentum;
    private double learningRate;
    private long steps;

    SgdUpdater(OptimizerSpec.Sgd spec, MlpProgram program, IValue parameters, IValue gradients,
               List<NDArray> parameterList, NDManager parent) {
        this.program = program;
        this.parameters = parameters;
        this.gradients = gradients;
        this.learningRate = spec.learningRate();
        this.manager = parent.newSubManager();
        List<NDArray> b = new ArrayList<>();
        if (spec.momentum() > 0) { // libtorch's kernel takes no buffers without momentum
            for (NDArray p : parameterList) {
                b.add(manager.zeros(p.getShape(), p.getDataType()));
            }
        }
        this.buffers = arguments.tensors(b);
        this.momentum = arguments.number(spec.momentum());
    }

    @Override
    public void update() {
        steps++;
        try (IValue lr = IValue.from(learningRate)) {
            program.run("sgd", parameters, gradients, buffers, lr, momentum);
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
        arguments.close();
        manager.close();
    }
}
