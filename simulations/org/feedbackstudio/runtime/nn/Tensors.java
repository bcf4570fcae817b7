package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Moving data between Java arrays and native tensors.
 *
 * <p>DJL wraps a direct buffer without copying it, so a tensor made from a Java buffer lives at
 * whatever address the JVM chose. BLAS kernels may take different code paths (and round differently)
 * for differently aligned data, so the runtime only computes on memory aligned like PyTorch's own
 * allocations (64 bytes): either buffers from {@link #alignedBuffer} or tensors copied by libtorch.
 */
public final class Tensors {
    /** PyTorch's CPU allocator alignment. */
    static final int ALIGNMENT = 64;

    private Tensors() {
    }

    /** A direct, native-order buffer of {@code bytes} bytes whose address is a multiple of 64. */
    public static ByteBuffer alignedBuffer(int bytes) {
        // alignedSlice keeps whole 64-byte blocks only, so round up and leave a block for the shift.
        int rounded = Math.max(ALIGNMENT, (bytes + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT);
        ByteBuffer raw = ByteBuffer.allocateDirect(rounded + ALIGNMENT);
        ByteBuffer aligned = raw.alignedSlice(ALIGNMENT);
        aligned.limit(bytes);
        return aligned.slice().order(ByteOrder.nativeOrder());
    }

    /** A float32 tensor owned by libtorch holding a copy of {@code values}. */
    public static NDArray floats(NDManager manager, float[] values, Shape shape) {
        checkSize(values.length, shape);
        ByteBuffer buffer = alignedBuffer(values.length * Float.BYTES);
        buffer.asFloatBuffer().put(values);
        return ownedCopy(manager, buffer, shape, DataType.FLOAT32);
    }

    /** An int64 tensor owned by libtorch holding a copy of {@code values}. */
    public static NDArray longs(NDManager manager, int[] values, Shape shape) {
        checkSize(values.length, shape);
        ByteBuffer buffer = alignedBuffer(values.length * Long.BYTES);
        var view = buffer.asLongBuffer();
        for (int v : values) {
            view.put(v);
        }
        return ownedCopy(manager, buffer, shape, DataType.INT64);
    }

    /** Copies a float32 tensor (of any shape) into a Java array. */
    public static float[] toFloats(NDArray array) {
        return array.toFloatArray();
    }

    private static NDArray ownedCopy(NDManager manager, ByteBuffer buffer, Shape shape, DataType type) {
        try (NDArray view = manager.create(buffer, shape, type)) {
            return view.duplicate();
        }
    }

    private static void checkSize(int length, Shape shape) {
        if (shape.size() != length) {
            throw new IllegalArgumentException(length + " values do not fill shape " + shape);
        }
    }
}
