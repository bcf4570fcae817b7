package org.feedbackstudio.runtime.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The layer widths of a multilayer perceptron: inputs, then hidden layers (ReLU), then outputs (logits).
 *
 * @param inputs  features per sample
 * @param hidden  widths of the hidden layers, in order; may be empty (a linear model)
 * @param outputs classes
 */
public record MlpShape(int inputs, List<Integer> hidden, int outputs) {
    public MlpShape {
        hidden = List.copyOf(hidden);
        if (inputs < 1 || outputs < 1 || hidden.stream().anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("every layer needs at least one unit: " + inputs + ", " + hidden
                    + ", " + outputs);
        }
    }

    /** {@code depth} hidden layers of {@code width} units each. */
    public static MlpShape uniform(int inputs, int width, int depth, int outputs) {
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            hidden.add(width);
        }
        return new MlpShape(inputs, hidden, outputs);
    }

    /** Widths of all layers, inputs first: {@code [784, 400, 400, 10]}. */
    public int[] widths() {
        int[] w = new int[hidden.size() + 2];
        w[0] = inputs;
        for (int i = 0; i < hidden.size(); i++) {
            w[i + 1] = hidden.get(i);
        }
        w[w.length - 1] = outputs;
        return w;
    }

    /** Number of linear layers (hidden layers + the output layer). */
    public int layers() {
        return hidden.size() + 1;
    }

    /** Number of trainable weights and biases. */
    public long parameterCount() {
        int[] w = widths();
        long n = 0;
        for (int i = 0; i + 1 < w.length; i++) {
            n += (long) w[i] * w[i + 1] + w[i + 1];
        }
        return n;
    }

    /** e.g. "784-400-400-10". */
    @Override
    public String toString() {
        return java.util.Arrays.stream(widths()).mapToObj(Integer::toString).collect(Collectors.joining("-"));
    }
}
