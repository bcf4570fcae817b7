package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.IValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TorchScriptProgramTest {
    private static final String AXPY = """
            class Axpy(Module):
              __parameters__ = []
              __buffers__ = []
              training : bool
              def axpy(self: __torch__.Axpy, a: float, x: Tensor, y: Tensor) -> float:
                _0 = torch.add_(y, x, alpha=a)
                return torch.item(torch.sum(y))
            """;

    @Test
    void aMethodChangesItsArgumentsInPlaceAndReturnsANumber() {
        try (NDManager m = NeuralRuntime.engine().newBaseManager();
             TorchScriptProgram program = TorchScriptProgram.compile(m, "Axpy", AXPY);
             Arguments args = new Arguments()) {
            NDArray x = m.create(new float[] {1, 2, 3});
            NDArray y = m.create(new float[] {10, 20, 30});
            IValue xv = args.tensor(x);
            IValue yv = args.tensor(y);
            IValue a = args.number(2.0);
            for (int call = 1; call <= 2; call++) {
                try (IValue sum = program.call("axpy", a, xv, yv)) {
                    assertEquals(60 + call * 12, sum.toDouble(), 1e-9);
                }
            }
            assertArrayEquals(new float[] {14, 28, 42}, y.toFloatArray(), "y += 2x twice, in the Java tensor");
        }
    }

    @Test
    void sourceLibtorchRejectsIsReportedWithItsDiagnosis() {
        try (NDManager m = NeuralRuntime.engine().newBaseManager()) {
            NeuralRuntimeException e = assertThrows(NeuralRuntimeException.class,
                    () -> TorchScriptProgram.compile(m, "Axpy", AXPY.replace("torch.add_", "torch.no_such_op")));
            assertTrue(e.getMessage().contains("Axpy") && e.getMessage().contains("no_such_op"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> TorchScriptProgram.compile(m, "not a name", AXPY));
        }
    }

    @Test
    void theArchiveHoldsTheSourceTheModuleObjectAndTheFormatVersion() throws Exception {
        byte[] zip = TorchScriptProgram.archive("Axpy", AXPY);
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            List<String> names = new java.util.ArrayList<>();
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().endsWith("code/__torch__.py")) {
                    assertEquals(AXPY, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            assertEquals(List.of("program/version", "program/code/__torch__.py", "program/data.pkl",
                    "program/constants.pkl"), names);
        }
    }
}
