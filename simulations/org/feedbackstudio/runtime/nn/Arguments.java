package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.IValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Arguments for {@link TorchScriptProgram} calls that are built once and passed to every call: a
 * tensor, a list of tensors or a number, as libtorch values. A list holds references to its tensors,
 * so in-place changes to them are seen by every later call. Closing frees the values (not the tensors).
 */
final class Arguments implements AutoCloseable {
    private final List<IValue> values = new ArrayList<>();

    IValue tensor(NDArray array) {
        return keep(IValue.from((PtNDArray) array));
    }

    IValue tensors(List<NDArray> arrays) {
        return keep(IValue.listFrom(arrays.toArray(PtNDArray[]::new)));
    }

    IValue number(double value) {
        return keep(IValue.from(value));
    }

    IValue number(long value) {
        return keep(IValue.from(value));
    }

    private IValue keep(IValue value) {
        values.add(value);
        return value;
    }

    @Override
    public void close() {
        for (IValue v : values) {
            v.close();
        }
        values.clear();
    }
}
