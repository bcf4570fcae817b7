package org.feedbackstudio.runtime.nn;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeuralRuntimeTest {

    @Test
    void theEngineLoadsOfflineFromTheClassPath() {
        assertEquals(NeuralRuntime.ENGINE_NAME, NeuralRuntime.engine().getEngineName());
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertTrue(NeuralRuntime.describe().startsWith("PyTorch 2.7.1"), NeuralRuntime.describe());
    }

    @Test
    void aMissingNativeLibrarySaysWhatToPutOnTheClassPath() throws Exception {
        NeuralRuntime.requireNativeLibraries(NeuralRuntime.class.getClassLoader());
        try (java.net.URLClassLoader empty = new java.net.URLClassLoader(new java.net.URL[0], null)) {
            NeuralRuntimeException e = assertThrows(NeuralRuntimeException.class,
                    () -> NeuralRuntime.requireNativeLibraries(empty));
            assertTrue(e.getMessage().contains("ai.djl.pytorch:pytorch-native-cpu:2.7.1"), e.getMessage());
            assertTrue(e.getMessage().contains("nothing is downloaded"), e.getMessage());
        }
    }

    @Test
    void threadCountsAreSetOnTheThreadThatComputes() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        Thread worker = new Thread(() -> {
            NeuralRuntime.useThreads(1);
            seen.set(NeuralRuntime.threads());
        });
        worker.start();
        worker.join();
        assertEquals(1, seen.get());
    }

    @Test
    void alignedBuffersHaveTheRequestedSizeAndNativeOrder() {
        for (int bytes : new int[] {1, 40, 64, 65, 1000, 4096}) {
            ByteBuffer b = Tensors.alignedBuffer(bytes);
            assertEquals(bytes, b.capacity());
            assertEquals(java.nio.ByteOrder.nativeOrder(), b.order());
            assertTrue(b.isDirect());
        }
    }
}
