package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A few tensor methods written in TorchScript, compiled by libtorch once and then run by its
 * interpreter, each call one crossing into native code.
 *
 * <p>Why not DJL's operators one by one: a training step built from them crosses JNI a hundred times
 * and allocates a fresh tensor for every result, and glibc hands those megabytes back to the kernel
 * after each step only to fault them in again on the next. TorchScript reaches what DJL does not
 * expose — the {@code out=} forms of the operators, which write into tensors allocated once, and
 * libtorch's fused optimiser kernels ({@code torch._fused_adam_}) — so a program can run a whole
 * step without allocating anything large.
 *
 * <p>The source is the body of one TorchScript class in the form libtorch serialises a scripted module
 * ({@code code/__torch__.py} in a saved model): methods take {@code self} typed as
 * {@code __torch__.<ClassName>}, and operators are called as {@code torch.<op>}. It is packed here into
 * the archive {@code torch.jit.load} reads, so no Python is involved. Methods run with autograd off
 * (DJL runs them in inference mode) on the calling thread, with the graph executor's optimiser off so
 * that every call runs the same operators in the same order.
 */
public final class TorchScriptProgram implements AutoCloseable {
    /**
     * The archive format version written: the newest that libtorch 2.7 reads, so that the loader applies
     * none of its upgraders (which rewrite operators whose meaning changed since older files).
     */
    static final String FORMAT_VERSION = "10";

    private final PtSymbolBlock module;

    private TorchScriptProgram(PtSymbolBlock module) {
        this.module = module;
    }

    /**
     * Compiles a TorchScript class. The module belongs to {@code manager} and is freed with it or by
     * {@link #close()}.
     *
     * @param className the class name the source declares ({@code class <className>(Module):})
     * @param source    the class, in libtorch's serialised TorchScript
     * @throws NeuralRuntimeException if libtorch rejects the source (the message quotes its diagnosis)
     */
    public static TorchScriptProgram compile(NDManager manager, String className, String source) {
        if (!className.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a TorchScript class name: " + className);
        }
        byte[] archive = archive(className, source);
        try {
            return new TorchScriptProgram(JniUtils.loadModule((PtNDManager) manager,
                    new ByteArrayInputStream(archive), true, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new NeuralRuntimeException("libtorch could not compile the TorchScript program " + className
                    + ": " + e.getMessage(), e);
        }
    }

    /** Runs a method with autograd off; the caller closes the result. */
    public IValue call(String method, IValue... arguments) {
        JniUtils.setGraphExecutorOptimize(false); // per thread: the plain interpreter, no profiling runs
        return IValueUtils.runMethod(module, method, arguments);
    }

    /** Frees the compiled module. Idempotent. */
    @Override
    public void close() {
        module.close();
    }

    /**
     * The zip archive of a scripted module with no parameters or attributes: its source, the pickled
     * module object (an instance of the class whose state is {@code {"training": True}}), an empty
     * table of constants and the format version, all under one top-level folder.
     */
    static byte[] archive(String className, String source) {
        String folder = "program/";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            stored(zip, folder + "version", FORMAT_VERSION.getBytes(StandardCharsets.US_ASCII));
            stored(zip, folder + "code/__torch__.py", source.getBytes(StandardCharsets.UTF_8));
            stored(zip, folder + "data.pkl", moduleObjectPickle(className));
            stored(zip, folder + "constants.pkl", new byte[] {(byte) 0x80, 2, ')', '.'}); // protocol 2, (), stop
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    /** Pickle (protocol 2) of {@code __torch__.<className>()} with its state set to {@code {"training": True}}. */
    private static byte[] moduleObjectPickle(String className) {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(0x80); // PROTO
        p.write(2);
        p.writeBytes(("c__torch__\n" + className + "\n").getBytes(StandardCharsets.US_ASCII)); // GLOBAL
        p.write(')'); // EMPTY_TUPLE
        p.write(0x81); // NEWOBJ
        p.write('}'); // EMPTY_DICT
        byte[] key = "training".getBytes(StandardCharsets.US_ASCII);
        p.write('X'); // BINUNICODE, 4-byte little-endian length
        p.write(key.length);
        p.write(0);
        p.write(0);
        p.write(0);
        p.writeBytes(key);
        p.write(0x88); // NEWTRUE
        p.write('s'); // SETITEM
        p.write('b'); // BUILD
        p.write('.'); // STOP
        return p.toByteArray();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
