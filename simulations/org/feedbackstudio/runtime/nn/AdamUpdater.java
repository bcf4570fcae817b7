package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.IValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Adam as {@code torch.optim.Adam(fused=True)} computes it, with libtorch's fused kernel: one pass
 * over each parameter reads its gradient and moments and writes the new moments and values, with
 * bias-corrected moments and ε added to √v̂.
 */
final class AdamUpdater implements ParameterUpdater {
    private final MlpProgram program;
    private final NDManager manager;
    private final Arguments arguments = new Arguments();
    private final IValue parameters;
    private final IValue gradients;
    private final IValue means;
    private final IValue variances;
    /** The step count as libtorch's kernel reads it (float32, exact up to 2²⁴ steps). */
    private final IValue stepTensor;
    private final IValue beta1;
    private final IValue beta2;
    private final IValue epsilon;
    private double learningRate;
    private long steps;

    AdamUpdater(OptimizerSpec.Adam spec, MlpProgram program, IValue parameters, IValue gradients,
                List<NDArray> parameterList, NDManager parent) {
        this.program = program;
        this.parameters = parameters;
        this.gradients = gradients;
        this.learningRate = spec.learningRate();
        this.manager = parent.newSubManager();
        List<NDArray> m = new ArrayList<>();
        List<NDArray> v = new ArrayList<>();
        for (NDArray p : parameterList) {
            m.add(manager.zeros(p.getShape(), p.getDataType()));
            v.add(manager.zeros(p.getShape(), p.getDataType()));
        }
        this.means = arguments.tensors(m);
        this.variances = arguments.tensors(v);
        this.stepTensor = arguments.tensor(manager.zeros(new Shape(), DataType.FLOAT32));
        this.beta1 = arguments.number(spec.beta1());
        this.beta2 = arguments.number(spec.beta2());
        this.epsilon = arguments.number(spec.epsilon());
    }

    @Override
    public void update() {
        steps++;
        try (IValue lr = IValue.from(learningRate)) {
            program.run("adam", parameters, gradients, means, variances, stepTensor, lr, beta1, beta2, epsilon);
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
