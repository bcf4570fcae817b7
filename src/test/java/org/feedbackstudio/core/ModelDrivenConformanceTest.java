package org.feedbackstudio.core;

import org.feedbackstudio.runtime.llm.ModelAccount;
import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelSpec;
import org.feedbackstudio.runtime.llm.ScriptedServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conformance contract for model-driven runs: every preset with a model block, pointed at a scripted
 * loopback server, runs; run again with the same seed and cache it gives the same numbers with no call.
 */
class ModelDrivenConformanceTest {
    private static final long CHECK_TICKS = 30;

    @TempDir
    static Path cache;

    @TestFactory
    Stream<DynamicTest> everyModelDrivenPreset() throws ScenarioException {
        List<DynamicTest> tests = new ArrayList<>();
        Catalog catalog = Catalog.standard();
        for (Simulator s : catalog.all()) {
            for (Preset p : Presets.of(catalog, s.id())) {
                if (p.scenario().hasModels()) {
                    tests.add(DynamicTest.dynamicTest(p.resource() + ": same seed and cache, same numbers, no call",
                            () -> replays(s, p.scenario(), cache.resolve(s.id() + "-" + tests.size()))));
                }
            }
        }
        assertTrue(!tests.isEmpty(), "no preset drives agents by a model");
        return tests.stream();
    }

    private static void replays(Simulator s, Scenario preset, Path cacheDir) throws Exception {
        // A generic agent that states a strategy and answers with a small number, whatever it is asked.
        try (ScriptedServer server = new ScriptedServer(r -> ScriptedServer.openAi("Let me think.\nMy strategy will "
                + "be to give half.\nJustification: fairness.\nAnswer: " + (r.number() % 3), 100, 10))) {
            Scenario scenario = preset.withModel(atServer(preset.model(), server)).withStopAfter(CHECK_TICKS);
            java.util.Map<String, ModelSpec> named = new java.util.LinkedHashMap<>();
            preset.models().forEach((name, spec) -> named.put(name, atServer(spec, server)));
            scenario = scenario.withModels(named);
            ModelAccount first = new ModelAccount();
            List<MetricFrame> a = run(s, scenario, new ModelEnvironment(n -> "unused", cacheDir, first));
            int calls = server.requests();
            assertTrue(calls > 0);
            ModelAccount second = new ModelAccount();
            List<MetricFrame> b = run(s, scenario, new ModelEnvironment(n -> "unused", cacheDir, second));
            assertEquals(calls, server.requests(), "the second run made no call");
            assertEquals(0, second.snapshot().calls());
            assertEquals(first.snapshot().calls(), second.snapshot().cacheHits());
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.get(i).values(), b.get(i).values(), 0.0, "tick " + a.get(i).tick());
            }
        }
    }

    private static ModelSpec atServer(ModelSpec spec, ScriptedServer server) {
        return spec == null ? null : spec.withBackend(spec.backend(), server.url() + "/v1", spec.apiKeyEnv());
    }

    private static List<MetricFrame> run(Simulator s, Scenario scenario, ModelEnvironment env) throws Exception {
        List<MetricFrame> frames = new ArrayList<>();
        RunObserver collect = new RunObserver() {
            @Override
            public void frame(MetricFrame frame) {
                frames.add(frame);
            }
        };
        RunOutcome outcome = new HeadlessRun(s, scenario, 1, List.of(collect), env).run();
        assertNull(outcome.failure());
        return frames;
    }
}
