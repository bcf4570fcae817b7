package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multilayer perceptron with ReLU hidden layers whose parameters live in native memory.
 *
 * <p>Weights are initialised here, from the run's own random stream, the way PyTorch initialises
 * {@code nn.Linear} (weights and biases uniform in ±1/√fan-in): PyTorch's generator is one per process,
 * so using it would let two runs in one studio disturb each other's draws.
 *
 * <p>Parameters are ordered weight₁, bias₁, weight₂, bias₂, …; a weight has shape [out, in]. The
 * trainer computes their gradients itself ({@link MlpProgram}), so they do not record autograd graphs.
 */
public final class Mlp implements AutoCloseable {
    private final MlpShape shape;
    private final NDManager manager;
    private final List<NDArray> parameters;
    private boolean closed;

    private Mlp(MlpShape shape, NDManager manager, List<NDArray> parameters) {
        this.shape = shape;
        this.manager = manager;
        this.parameters = List.copyOf(parameters);
    }

    /** A freshly initialised network whose parameters belong to a child of {@code parent}. */
    public static Mlp create(NDManager parent, MlpShape shape, SplittableRandom random) {
        NDManager manager = parent.newSubManager();
        int[] widths = shape.widths();
        List<NDArray> parameters = new ArrayList<>();
        for (int layer = 0; layer + 1 < widths.length; layer++) {
            int in = widths[layer];
            int out = widths[layer + 1];
            double bound = 1.0 / Math.sqrt(in);
            float[] weight = uniform(random, out * in, bound);
            float[] bias = uniform(random, out, bound);
            parameters.add(Tensors.floats(manager, weight, new Shape(out, in)));
            parameters.add(Tensors.floats(manager, bias, new Shape(out)));
        }
        return new Mlp(shape, manager, parameters);
    }

    private static float[] uniform(SplittableRandom random, int n, double bound) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) ((random.nextDouble() * 2.0 - 1.0) * bound);
        }
        return values;
    }

    public MlpShape shape() {
        return shape;
    }

    /** The live parameter tensors (weight₁, bias₁, …). Callers must not close them. */
    public List<NDArray> parameters() {
        return parameters;
    }

    /** A copy of every parameter's values, in parameter order (for snapshots and tests). */
    public List<float[]> parameterValues() {
        List<float[]> out = new ArrayList<>();
        for (NDArray p : parameters) {
            out.add(p.toFloatArray());
        }
        return out;
    }

    /** Frees the parameters and their gradients. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            manager.close();
        }
    }
}
