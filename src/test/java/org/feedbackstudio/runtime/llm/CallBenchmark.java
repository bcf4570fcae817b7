package org.feedbackstudio.runtime.llm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The runtime's own overhead per call: a scripted loopback server that answers at once, and a session that
 * asks batches of distinct questions (cache misses: a full call, a cache write and a read of the answer) at
 * concurrency 1 and 8. Alternates the two settings and reports medians. Run with {@code bench/llm-calls.sh}.
 */
public final class CallBenchmark {
    private CallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (ScriptedServer server = new ScriptedServer(r -> ScriptedServer.openAi(
                "Justification: I give half.\nAnswer: 5", 400, 20))) {
            server.stopRecording();
            List<Double> one = new ArrayList<>();
            List<Double> eight = new ArrayList<>();
            measure(server, 1, 500, 0); // warm-up
            measure(server, 8, 2000, 0);
            for (int r = 0; r < repeats; r++) {
                one.add(measure(server, 1, calls / 4, r));
                eight.add(measure(server, 8, calls, r));
            }
            System.out.printf(Locale.ROOT, "concurrency 1: median %.0f calls/s  (runs: %s)%n", median(one), one);
            System.out.printf(Locale.ROOT, "concurrency 8: median %.0f calls/s  (runs: %s)%n", median(eight), eight);
        }
        paperScale();
        embedded();
    }

    /** The embedded backend's generation speed on the tiny test model, where it is present. */
    private static void embedded() throws Exception {
        Path gguf = EmbeddedLlamaModelTest.TINY;
        if (!Files.isRegularFile(gguf)) {
            System.out.println("embedded: " + gguf + " is absent, not measured");
            return;
        }
        try (EmbeddedLlamaModel model = new EmbeddedLlamaModel(gguf.toString(), java.time.Duration.ofSeconds(60))) {
            List<ChatMessage> story = List.of(ChatMessage.user("Once upon a time"));
            model.chat(new ChatRequest(story, new Sampling(0.8, 1.0, 64, List.of()), 0)); // warm-up
            long tokens = 0;
            long nanos = 0;
            for (int seed = 1; seed <= 20; seed++) {
                ChatReply r = model.chat(new ChatRequest(story, new Sampling(0.8, 1.0, 200, List.of()), seed));
                tokens += r.usage().outputTokens();
                nanos += r.usage().latencyNanos();
            }
            System.out.printf(Locale.ROOT, "embedded llama.cpp on %s: %d tokens in %.2f s, %.0f tokens/s "
                    + "(prompt included in the time)%n", gguf.getFileName(), tokens, nanos / 1e9, tokens / (nanos / 1e9));
        }
    }

    /** The model-driven paper preset (12 agents, 10 generations) against a server that answers at once. */
    private static void paperScale() throws Exception {
        org.feedbackstudio.core.Catalog catalog = org.feedbackstudio.core.Catalog.standard();
        org.feedbackstudio.core.Preset preset = org.feedbackstudio.core.Presets.of(catalog, "donor-game").stream()
                .filter(p -> p.scenario().model() != null && !p.scenario().parameters().getBoolean(
                        "punishment")).findFirst().orElseThrow();
        try (ScriptedServer server = new ScriptedServer(r -> ScriptedServer.openAi(
                r.lastUser().contains("You currently have") ? "Justification: half.\nAnswer: 1"
                        : "My strategy will be to give a little to everyone.", 500, 100))) {
            server.stopRecording();
            Path cache = Files.createTempDirectory("llm-bench");
            ModelSpec m = preset.scenario().model();
            org.feedbackstudio.core.Scenario s = preset.scenario().withModel(m.withBackend(m.backend(),
                    server.url() + "/v1", null).withConcurrency(6));
            for (String label : List.of("calls", "replay from the cache")) {
                ModelEnvironment env = new ModelEnvironment(n -> null, cache, new ModelAccount());
                long t0 = System.nanoTime();
                new org.feedbackstudio.core.HeadlessRun(catalog.require("donor-game"), s, 0, List.of(), env).run();
                System.out.printf(Locale.ROOT, "paper-scale run (%s): %.2f s, %s%n", label,
                        (System.nanoTime() - t0) / 1e9, env.account().snapshot().summary());
            }
        }
    }

    private static double measure(ScriptedServer server, int concurrency, int calls, int run) throws Exception {
        Path cache = Files.createTempDirectory("llm-bench");
        try {
            ModelSpec spec = ModelSpec.of(Backend.OPENAI, server.url() + "/v1", "bench", null)
                    .withConcurrency(concurrency);
            ModelEnvironment env = new ModelEnvironment(n -> null, cache, new ModelAccount());
            List<Question<Integer>> qs = new ArrayList<>(calls);
            for (int i = 0; i < calls; i++) {
                qs.add(OpenAiBackendTest.number(DecisionId.of(run, "concurrency", concurrency, "agent", i),
                        "You currently have 10 units. How many units do you give up?"));
            }
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            try (ModelSession session = ModelSession.open(spec, env)) {
                for (int from = 0; from < calls; from += 6 * concurrency) { // rounds of a large society
                    session.askAll(qs.subList(from, Math.min(calls, from + 6 * concurrency)));
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuMicros = (os.getProcessCpuTime() - cpu0) / 1e3 / calls;
            System.out.printf(Locale.ROOT, "  concurrency %d: %d calls in %.2f s, %.0f µs CPU per call (client and "
                    + "server together)%n", concurrency, calls, seconds, cpuMicros);
            if (env.account().snapshot().calls() != calls) {
                throw new IllegalStateException("expected " + calls + " calls, made " + env.account().snapshot());
            }
            return Math.round(calls / seconds);
        } finally {
            try (Stream<Path> files = Files.walk(cache)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
