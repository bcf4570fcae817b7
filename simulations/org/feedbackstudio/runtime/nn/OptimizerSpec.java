package org.feedbackstudio.runtime.nn;

/** Which optimiser trains a model, with its hyperparameters (PyTorch's meaning and defaults). */
public sealed interface OptimizerSpec permits OptimizerSpec.Adam, OptimizerSpec.Sgd {

    double learningRate();

    /** The same optimiser with another learning rate. */
    OptimizerSpec withLearningRate(double newRate);

    /**
     * Adam as {@code torch.optim.Adam} computes it (bias-corrected moments, ε added to √v̂).
     */
    record Adam(double learningRate, double beta1, double beta2, double epsilon) implements OptimizerSpec {
        public Adam {
            positive(learningRate, "learning rate");
            if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
                throw new IllegalArgumentException("Adam's betas lie in [0, 1): " + beta1 + ", " + beta2);
            }
            positive(epsilon, "epsilon");
        }

        /** PyTorch's defaults: β₁ 0.9, β₂ 0.999, ε 1e-8. */
        public static Adam of(double learningRate) {
            return new Adam(learningRate, 0.9, 0.999, 1e-8);
        }

        @Override
        public OptimizerSpec withLearningRate(double newRate) {
            return new Adam(newRate, beta1, beta2, epsilon);
        }

        @Override
        public String toString() {
            return "Adam (lr " + learningRate + ")";
        }
    }

    /** Stochastic gradient descent with heavy-ball momentum, as {@code torch.optim.SGD} computes it. */
    record Sgd(double learningRate, double momentum) implements OptimizerSpec {
        public Sgd {
            positive(learningRate, "learning rate");
            if (!(momentum >= 0 && momentum < 1)) {
                throw new IllegalArgumentException("momentum lies in [0, 1): " + momentum);
            }
        }

        @Override
        public OptimizerSpec withLearningRate(double newRate) {
            return new Sgd(newRate, momentum);
        }

        @Override
        public String toString() {
            return momentum > 0 ? "SGD (lr " + learningRate + ", momentum " + momentum + ")"
                    : "SGD (lr " + learningRate + ")";
        }
    }

    private static void positive(double value, String what) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive number: " + value);
        }
    }
}
