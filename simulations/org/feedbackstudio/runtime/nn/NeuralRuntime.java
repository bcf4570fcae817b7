package org.feedbackstudio.runtime.nn;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * The embedded neural runtime: DJL's PyTorch engine, loaded once per process, offline, with the native
 * library that Maven put on the class path ({@code ai.djl.pytorch:pytorch-native-cpu}).
 *
 * <p>Nothing here downloads: {@code ai.djl.offline} is forced to true before the engine loads, and a
 * missing native library is reported with what to put on the class path instead of DJL's attempt to
 * fetch one.
 *
 * <p>PyTorch's intra-op thread count is a per-thread setting (OpenMP), and the thread that trains is
 * not always the one that loaded the engine (the studio steps on a worker thread). Every entry point
 * of the trainer therefore calls {@link #useThreads} on the thread doing the work; results are only
 * bit-for-bit reproducible for a fixed thread count.
 */
public final class NeuralRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(NeuralRuntime.class);

    /** DJL's name of the engine the studio uses. */
    public static final String ENGINE_NAME = "PyTorch";

    /** Marker files inside the two Maven artifacts that carry the native code. */
    private static final String NATIVE_MARKER = "native/lib/pytorch.properties";
    private static final String JNI_MARKER = "jnilib/pytorch.properties";

    private NeuralRuntime() {
    }

    /** The loaded engine, or the reason it could not load (computed once, never changed). */
    private static final class Loaded {
        static final Engine ENGINE;
        static final NeuralRuntimeException FAILURE;

        static {
            Engine engine = null;
            NeuralRuntimeException failure = null;
            try {
                engine = load();
            } catch (NeuralRuntimeException e) {
                failure = e;
            } catch (RuntimeException | LinkageError e) {
                failure = new NeuralRuntimeException("PyTorch's native library failed to load (" + e
                        + "). " + whatIsNeeded(), e);
            }
            ENGINE = engine;
            FAILURE = failure;
        }
    }

    /**
     * The PyTorch engine, loading it on first use.
     *
     * @throws NeuralRuntimeException when the native library is missing or does not load
     */
    public static Engine engine() {
        if (Loaded.FAILURE != null) {
            throw Loaded.FAILURE;
        }
        return Loaded.ENGINE;
    }

    /** Sets PyTorch's intra-op thread count for the calling thread, if it differs. */
    public static void useThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        engine();
        if (JniUtils.getNumThreads() != threads) {
            JniUtils.setNumThreads(threads);
        }
    }

    /** The calling thread's intra-op thread count as PyTorch reports it (at::get_num_threads). */
    public static int threads() {
        engine();
        return JniUtils.getNumThreads();
    }

    /** One line on the engine: version, the features libtorch was built with, threads. */
    public static String describe() {
        Engine engine = engine();
        return ENGINE_NAME + " " + engine.getVersion() + " (libtorch built with " + JniUtils.getFeatures()
                + "), intra-op threads " + JniUtils.getNumThreads() + ", inter-op threads "
                + JniUtils.getNumInteropThreads();
    }

    private static Engine load() {
        // The studio never fetches code at run time, whatever the user's environment says.
        System.setProperty("ai.djl.offline", "true");
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
        setIfAbsent("ai.djl.pytorch.num_threads", "1");
        // The graph executor only matters for TorchScript models, which the studio does not load.
        setIfAbsent("ai.djl.pytorch.graph_optimizer", "false");
        if (System.getenv("PYTORCH_LIBRARY_PATH") == null) {
            requireNativeLibraries(NeuralRuntime.class.getClassLoader());
        }
        Engine engine = Engine.getEngine(ENGINE_NAME);
        LOG.info("Neural runtime: {} {} (libtorch features {})", ENGINE_NAME, engine.getVersion(),
                JniUtils.getFeatures());
        return engine;
    }

    private static String whatIsNeeded() {
        String os = System.getProperty("os.name", "?") + "/" + System.getProperty("os.arch", "?");
        return "The studio needs the Maven artifacts ai.djl.pytorch:pytorch-native-cpu:2.7.1 (classifier for "
                + os.toLowerCase(Locale.ROOT) + ") and ai.djl.pytorch:pytorch-jni:2.7.1-0.36.0 on the class "
                + "path; build the studio with Maven on this platform (nothing is downloaded at run time), "
                + "or point PYTORCH_LIBRARY_PATH at a libtorch 2.7.1 folder.";
    }

    /**
     * Checks that the two Maven artifacts with native code are visible to {@code loader}; without them
     * DJL would try to download libtorch, which the studio never does.
     *
     * @throws NeuralRuntimeException naming what is missing and what to do
     */
    static void requireNativeLibraries(ClassLoader loader) {
        if (loader.getResource(NATIVE_MARKER) == null) {
            throw new NeuralRuntimeException("PyTorch's native library is not on the class path. " + whatIsNeeded());
        }
        if (loader.getResource(JNI_MARKER) == null) {
            throw new NeuralRuntimeException("DJL's PyTorch JNI library is not on the class path. " + whatIsNeeded());
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
