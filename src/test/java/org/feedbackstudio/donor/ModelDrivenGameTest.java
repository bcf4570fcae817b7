package org.feedbackstudio.donor;

import org.feedbackstudio.core.EventRecorder;
import org.feedbackstudio.core.HeadlessRun;
import org.feedbackstudio.core.MetricFrame;
import org.feedbackstudio.core.RunObserver;
import org.feedbackstudio.core.RunOutcome;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.runtime.llm.Backend;
import org.feedbackstudio.runtime.llm.ModelAccount;
import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelSpec;
import org.feedbackstudio.runtime.llm.ModelUnavailableException;
import org.feedbackstudio.runtime.llm.ScriptedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Donor Game societies of model-driven agents, against a scripted OpenAI-compatible server on loopback. */
class ModelDrivenGameTest {
    @TempDir
    Path cache;
    private ScriptedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Scenario scenario(long seed, int concurrency, String... assignments) {
        ModelSpec model = ModelSpec.of(Backend.OPENAI, server.url() + "/v1", "tiny-chat", null)
                .withConcurrency(concurrency).withLimits(5, 1, 2);
        List<String> all = new ArrayList<>(List.of("agentMode=model", "agents=6", "rounds=6", "generations=2"));
        all.addAll(List.of(assignments));
        return Games.scenario(seed, all.toArray(String[]::new)).withModel(model);
    }

    record Run(List<MetricFrame> frames, RunOutcome outcome, ModelAccount account, EventRecorder events) {
    }

    private Run run(Scenario s, Path cacheDir) throws ScenarioException {
        List<MetricFrame> frames = new ArrayList<>();
        EventRecorder events = new EventRecorder();
        RunObserver collect = new RunObserver() {
            @Override
            public void frame(MetricFrame f) {
                frames.add(f);
            }

            @Override
            public boolean wantsEvents(String kind) {
                return true;
            }

            @Override
            public void event(SimEvent e) {
                events.publish(e);
            }
        };
        ModelAccount account = new ModelAccount();
        ModelEnvironment env = new ModelEnvironment(n -> null, cacheDir, account);
        RunOutcome outcome = new HeadlessRun(Games.SIMULATOR, s, 1, List.of(collect), env).run();
        return new Run(frames, outcome, account, events);
    }

    private static void sameNumbers(List<MetricFrame> a, List<MetricFrame> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).tick(), b.get(i).tick());
            assertArrayEquals(a.get(i).values(), b.get(i).values(), 0.0, "frame at tick " + a.get(i).tick());
        }
    }

    @Test
    void agentsAreAskedThePapersPromptsAndTheirAnswersAreRead() throws Exception {
        server = new ScriptedServer(r -> DonorScript.answer(r, 0));
        Run run = run(scenario(5, 4), cache);
        assertNull(run.outcome().failure());
        // 6 first strategies, 3 newcomers, 2 games × 6 rounds × 3 encounters × 2 generations.
        assertEquals(6 + 3 + 72, server.requests());
        ScriptedServer.Received first = server.received.get(0);
        String system = first.body().get("messages").get(0).get("content").asText();
        assertTrue(system.contains("starts the game with 10 units"), system);
        assertTrue(system.contains("receives 2 times"), system);
        assertTrue(system.contains("best-performing half"), system);
        assertFalse(system.contains("punish"), system);
        assertEquals(0.8, first.body().get("temperature").asDouble(), "the paper's temperature");

        List<String> donations = server.received.stream().map(ScriptedServer.Received::lastUser)
                .filter(p -> p.contains("How many units do you give up?")).toList();
        assertEquals(72, donations.size());
        assertTrue(donations.stream().anyMatch(p -> p.contains("did not have any previous interactions.")));
        assertTrue(donations.stream().anyMatch(p -> p.contains("% of their resources to")));
        assertTrue(donations.get(0).contains("My strategy will be to give"), donations.get(0));
        List<String> newcomers = server.received.stream().map(ScriptedServer.Received::lastUser)
                .filter(p -> p.contains("generation 2. Below is the advice")).toList();
        assertEquals(3, newcomers.size());
        assertTrue(newcomers.get(0).contains("(final score "), newcomers.get(0));

        // Every donation event's units are what the scripted model answered.
        for (SimEvent e : run.events().ofKind("donation")) {
            double units = Games.number(e, "units");
            assertEquals(Math.floor(units), units, 1e-9, "whole units as answered");
        }
        assertEquals(81, run.events().ofKind("model-call").size());
        assertEquals(0.0, run.frames().get(run.frames().size() - 1).values()[2], "no fallback");
        assertEquals(81, run.account().snapshot().calls());
        assertEquals(9L * 150 + 72L * 400, run.account().snapshot().inputTokens());
        assertEquals(9L * 30 + 72L * 20, run.account().snapshot().outputTokens());
    }

    @Test
    void runningTheScenarioAgainReplaysFromTheCacheWithNoCallAndTheSameNumbers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        // A sampling model: answers differ from call to call, so only the cache can repeat a run.
        server = new ScriptedServer(r -> {
            calls.incrementAndGet();
            ScriptedServer.Response base = DonorScript.answer(r, 0);
            return base.body().contains("Answer:") ? ScriptedServer.openAi("Answer: "
                    + ThreadLocalRandom.current().nextInt(3), 400, 2) : base;
        });
        Scenario s = scenario(11, 4);
        Run first = run(s, cache);
        int made = calls.get();
        Run again = run(s, cache);
        assertEquals(made, calls.get(), "the replay made no call");
        assertEquals(0, again.account().snapshot().calls());
        assertEquals(made, again.account().snapshot().cacheHits());
        sameNumbers(first.frames(), again.frames());
    }

    @Test
    void resultsDoNotDependOnTheOrderAnswersArrive() throws Exception {
        server = new ScriptedServer(r -> DonorScript.answer(r, 0).after(ThreadLocalRandom.current().nextInt(8)));
        Run one = run(scenario(3, 1), cache.resolve("a"));
        Run eight = run(scenario(3, 8), cache.resolve("b"));
        sameNumbers(one.frames(), eight.frames());
    }

    @Test
    void unreadableAnswersAreReaskedThenFallBackAndAreCounted() throws Exception {
        server = new ScriptedServer(r -> DonorScript.answer(r, 2));
        Run run = run(scenario(7, 4), cache);
        assertNull(run.outcome().failure());
        List<SimEvent> fallbacks = run.events().ofKind("fallback");
        assertFalse(fallbacks.isEmpty());
        double counted = run.frames().get(run.frames().size() - 1).values()[2];
        assertEquals(fallbacks.size(), counted, "the fallbacks metric counts each fallback event");
        assertEquals(fallbacks.size(), run.account().snapshot().fallbacks());
        assertEquals(2L * fallbacks.size(), run.account().snapshot().reasks(), "two re-asks before each fallback");
        for (SimEvent e : run.events().ofKind("donation")) {
            String donor = Games.text(e, "donor");
            if (Integer.parseInt(donor.substring(donor.indexOf('_') + 1)) % 2 == 0) {
                assertEquals(0.0, Games.number(e, "units"), "a fallback gives nothing");
            }
        }
    }

    @Test
    void aRunStoppedByAnOutageResumesFromTheCacheToTheSameNumbers() throws Exception {
        server = new ScriptedServer(r -> DonorScript.answer(r, 0));
        Run reference = run(scenario(9, 4), cache.resolve("reference"));

        AtomicInteger budget = new AtomicInteger(40);
        server.script(r -> budget.getAndDecrement() > 0 ? DonorScript.answer(r, 0)
                : ScriptedServer.error(503, "maintenance"));
        Run stopped = run(scenario(9, 4), cache.resolve("resumed"));
        assertInstanceOf(ModelUnavailableException.class, stopped.outcome().failure());
        assertTrue(stopped.outcome().failure().getMessage().contains("maintenance"));
        long stoppedAt = stopped.outcome().tick();
        assertTrue(stoppedAt > 0 && stoppedAt < 24, "stopped midway, at " + stoppedAt);

        budget.set(10_000);
        Run resumed = run(scenario(9, 4), cache.resolve("resumed"));
        assertNull(resumed.outcome().failure());
        assertTrue(resumed.account().snapshot().cacheHits() >= 40 - 2, resumed.account().snapshot().toString());
        sameNumbers(reference.frames(), resumed.frames());
    }

    @Test
    void aMixedSocietyGivesTheModelItsShareOfSeatsInEveryGeneration() throws Exception {
        server = new ScriptedServer(r -> DonorScript.answer(r, 0));
        Scenario s = scenario(4, 4, "modelShare=0.5", "generations=3");
        Run run = run(s, cache);
        assertNull(run.outcome().failure());
        try (var sim = Games.SIMULATOR.start(s, org.feedbackstudio.core.EventSink.NONE,
                new ModelEnvironment(n -> null, cache, new ModelAccount()))) {
            while (!sim.isDone()) {
                sim.step();
                DonorSnapshot snap = Games.snapshot(sim);
                long written = snap.agents().stream().filter(t -> t.strategy() instanceof WrittenStrategy).count();
                assertEquals(3, written, "half the seats are the model's at tick " + sim.tick());
            }
        }
        long strategyCalls = server.received.stream().filter(r -> r.lastUser().contains("My strategy will be")).count();
        long donationCalls = server.received.stream().filter(r -> r.lastUser().contains("How many units")).count();
        assertTrue(strategyCalls >= 3 && donationCalls > 0);
    }

    @Test
    void agentModeModelNeedsAModelBlock() {
        server = null;
        ScenarioException e = assertThrows(ScenarioException.class, () -> new org.feedbackstudio.core.ScenarioReader(
                org.feedbackstudio.core.Catalog.standard()).read("{\"simulator\": \"donor-game\", \"parameters\": "
                + "{\"agentMode\": \"model\"}}", "m.json"));
        assertEquals("model", e.field());
        assertTrue(e.problem().contains("needs a model block"), e.problem());
    }

    @Test
    void promptsComeFromTheUsersFolderWhereItHasThem(@TempDir Path prompts) throws Exception {
        server = new ScriptedServer(r -> DonorScript.answer(r, 0));
        Files.writeString(prompts.resolve("strategy-first.txt"), "Your name is {name}. Pirates! State your plan, "
                + "starting \"My strategy will be\".");
        Run run = run(scenario(5, 4, "promptFolder=" + prompts, "generations=1"), cache);
        assertNull(run.outcome().failure());
        assertTrue(server.received.get(0).lastUser().contains("Pirates!"));

        Files.writeString(prompts.resolve("donation.txt"), "You are {name}; your pet is {pet}.");
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(scenario(5, 4,
                "promptFolder=" + prompts), cache));
        assertTrue(e.getMessage().contains("{pet}"), e.getMessage());
        assertTrue(e.getMessage().contains("donation.txt"), e.getMessage());
    }

    @Test
    void theInspectorShowsAnAgentsPromptsAndReplies() throws Exception {
        server = new ScriptedServer(r -> DonorScript.answer(r, 0));
        try (var sim = Games.SIMULATOR.start(scenario(5, 4), org.feedbackstudio.core.EventSink.NONE,
                new ModelEnvironment(n -> null, cache, new ModelAccount()))) {
            sim.step();
            var agents = sim.inspect().agents();
            assertTrue(agents.stream().allMatch(a -> a.properties().get("Strategy reply").contains("My strategy")));
            assertTrue(agents.stream().anyMatch(a -> a.properties().containsKey("Last donation reply")));
        }
    }
}
