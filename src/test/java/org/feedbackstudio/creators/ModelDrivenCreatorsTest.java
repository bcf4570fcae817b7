package org.feedbackstudio.creators;

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
import org.feedbackstudio.runtime.llm.ScriptedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Creators driven by a language model, against a scripted OpenAI-compatible server on loopback. */
class ModelDrivenCreatorsTest {
    private static final Pattern DECIDED = Pattern.compile("make your next video in the genre (.+?)\\.");
    @TempDir
    Path cache;
    private ScriptedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Slow thinking always explores Gaming; fast thinking titles the video by its genre and the request number. */
    private static ScriptedServer.Response sensible(ScriptedServer.Received r) {
        String prompt = r.lastUser();
        if (prompt.contains("EXPLORE a genre you have not tried")) {
            return ScriptedServer.openAi("New audiences are worth a try.\nDecision: EXPLORE\nGenre: gaming", 300, 20);
        }
        Matcher m = DECIDED.matcher(prompt);
        String genre = m.find() ? m.group(1) : "?";
        return ScriptedServer.openAi("```json\n{\"name\": \"Clip " + r.number() + "\", \"genre\": \"" + genre
                + "\", \"tags\": [\"fun\", \"new\"], \"description\": \"A short clip.\"}\n```", 200, 30);
    }

    private Scenario scenario(long seed, String... assignments) throws ScenarioException {
        Scenario s = Scenario.defaults(Platforms.SIMULATOR, seed);
        List<String> all = new ArrayList<>(List.of("creatorMode=model", "users=100", "creators=4", "genres=4",
                "rounds=6", "creatorActivity=1.0", "recommender=popularity"));
        all.addAll(List.of(assignments));
        for (String a : all) {
            int eq = a.indexOf('=');
            s = s.withParameter(a.substring(0, eq), a.substring(eq + 1));
        }
        return s.withModel(ModelSpec.of(Backend.OPENAI, server.url() + "/v1", "tiny-chat", null)
                .withConcurrency(2).withLimits(5, 1, 1));
    }

    record Run(List<MetricFrame> frames, RunOutcome outcome, ModelAccount account, EventRecorder events) {
        double last(String metric) {
            int i = PlatformMetrics.specs(Platforms.settings("creatorMode", "model")).stream().map(m -> m.name())
                    .toList().indexOf(metric);
            return frames.get(frames.size() - 1).values()[i];
        }
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
        RunOutcome outcome = new HeadlessRun(Platforms.SIMULATOR, s, 1, List.of(collect),
                new ModelEnvironment(n -> null, cacheDir, account)).run();
        return new Run(frames, outcome, account, events);
    }

    @Test
    void creatorsThinkSlowThenFastAndTheirAnswersMakeTheItems() throws Exception {
        server = new ScriptedServer(ModelDrivenCreatorsTest::sensible);
        Run run = run(scenario(3), cache);
        assertNull(run.outcome().failure());
        List<SimEvent> decisions = run.events().ofKind(CreatorPlatformSimulation.DECISION);
        assertFalse(decisions.isEmpty());
        assertEquals(2 * decisions.size(), server.requests(), "one slow and one fast question per item");
        for (SimEvent e : decisions) {
            assertEquals("Gaming", e.data().get("genre"), "the genre the model chose");
            assertEquals("explore", e.data().get("mode"));
            assertTrue(((String) e.data().get("name")).startsWith("Clip "), e.text());
            assertEquals(List.of("fun", "new"), e.data().get("tags"));
            assertEquals("New audiences are worth a try.", e.data().get("reasoning"));
            assertEquals(true, e.data().get("modelDriven"));
        }
        assertEquals(0.0, run.last(PlatformMetrics.FALLBACKS));
        String slow = server.received.stream().map(ScriptedServer.Received::lastUser)
                .filter(p -> p.contains("should you EXPLORE")).findFirst().orElseThrow();
        assertTrue(slow.contains("You are creator "), slow);
        assertTrue(slow.contains("exposures"), slow);
        String system = server.received.get(0).body().get("messages").get(0).get("content").asText();
        assertTrue(system.contains("Music, Entertainment, Gaming, People & Blogs"), system);
        assertFalse(run.events().ofKind(ModelCreators.MODEL_CALL).isEmpty());
    }

    @Test
    void unreadableAnswersAreAskedAgainThenFallBackToTheBuiltInRule() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.openAi("I am not sure what to do.", 50, 5));
        Run run = run(scenario(4), cache);
        assertNull(run.outcome().failure());
        int items = run.events().ofKind(CreatorPlatformSimulation.DECISION).size();
        assertTrue(items > 0);
        assertEquals(2.0 * items, run.last(PlatformMetrics.FALLBACKS), "both steps fell back for every item");
        assertEquals(2 * 2 * items, server.requests(), "each question asked once more (reasks 1)");
        for (SimEvent e : run.events().ofKind(CreatorPlatformSimulation.DECISION)) {
            assertTrue(((String) e.data().get("reasoning")).startsWith("fell back to the built-in rule"), e.text());
        }
    }

    @Test
    void theSameSeedAndCacheReplayTheRunWithNoCall() throws Exception {
        server = new ScriptedServer(ModelDrivenCreatorsTest::sensible);
        Run first = run(scenario(5), cache);
        int calls = server.requests();
        Run again = run(scenario(5), cache);
        assertEquals(calls, server.requests(), "the replay asked nothing");
        assertEquals(first.account().snapshot().calls(), again.account().snapshot().cacheHits());
        assertEquals(first.frames().size(), again.frames().size());
        for (int i = 0; i < first.frames().size(); i++) {
            assertArrayEquals(first.frames().get(i).values(), again.frames().get(i).values(), 0.0);
        }
    }

    @Test
    void aMixedPopulationAsksOnlyTheModelDrivenCreators() throws Exception {
        server = new ScriptedServer(ModelDrivenCreatorsTest::sensible);
        Run run = run(scenario(6, "modelShare=0.5"), cache);
        assertNull(run.outcome().failure());
        for (ScriptedServer.Received r : server.received) {
            String p = r.lastUser();
            assertTrue(p.contains("You are creator 0.") || p.contains("You are creator 1."), p);
        }
        boolean builtInSeen = false;
        for (SimEvent e : run.events().ofKind(CreatorPlatformSimulation.DECISION)) {
            int creator = (Integer) e.data().get("creator");
            assertEquals(creator < 2, e.data().get("modelDriven"));
            builtInSeen |= creator >= 2;
        }
        assertTrue(builtInSeen);
    }

    @Test
    void modelModeWithoutAModelBlockIsRefusedSayingWhatToAdd() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Platforms.SIMULATOR.check(
                Scenario.defaults(Platforms.SIMULATOR, 1).withParameter("creatorMode", "model")));
        assertEquals("model", e.field());
        assertTrue(e.getMessage().contains("needs a model block"), e.getMessage());
    }

    @Test
    void answersAreReadLeniently() {
        List<String> genres = Genres.first(15);
        assertEquals(new CreatorAnswers.Choice(Mode.EXPLOIT, 10), read(CreatorAnswers.decision(genres),
                "**Decision:** EXPLOIT\n**Genre:** Science and Technology."));
        assertTrue(CreatorAnswers.decision(genres).read("Decision: EXPLORE\nGenre: Cooking")
                instanceof org.feedbackstudio.runtime.llm.Reading.Unreadable);
        assertTrue(CreatorAnswers.item("Music", genres).read("{\"name\": \"x\", \"genre\": \"Gaming\"}")
                instanceof org.feedbackstudio.runtime.llm.Reading.Unreadable, "another genre than decided");
        CreatorAnswers.Item item = read(CreatorAnswers.item("Howto & Style", genres),
                "Sure! {\"name\": \"Five knots\", \"genre\": \"howto and style\", \"tags\": [\"diy\"]}");
        assertEquals("Five knots", item.name());
        assertEquals(List.of("diy"), item.tags());
        assertEquals("", item.description());
    }

    private static <T> T read(org.feedbackstudio.runtime.llm.AnswerReader<T> reader, String text) {
        return ((org.feedbackstudio.runtime.llm.Reading.Read<T>) reader.read(text)).value();
    }
}
