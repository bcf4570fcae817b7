package org.feedbackstudio.negotiation;

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
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Negotiations whose roles are played by language models, against a scripted OpenAI-compatible server on loopback. */
class ModelNegotiationTest {
    private static final int PRICE = 0;
    private static final int DEAL_RATE = 1;
    private static final int TURNS = 3;
    private static final int NO_ANSWERS = 8;
    private static final int CHECKS = 9;
    private static final int DISAGREEMENTS = 10;

    @TempDir
    Path cache;
    private ScriptedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ModelSpec model(int concurrency, int reasks) {
        return ModelSpec.of(Backend.OPENAI, server.url() + "/v1", "tiny-chat", null).withConcurrency(concurrency)
                .withLimits(5, 1, reasks);
    }

    /** Every role a model, the seller improving, 3 games a round. */
    private Scenario allModels(long seed, int concurrency, String... more) throws ScenarioException {
        List<String> all = new ArrayList<>(List.of("seller=model", "buyer=model", "critic=model", "moderator=model",
                "rounds=2", "gamesPerRound=3"));
        all.addAll(List.of(more));
        return Runs.scenario(seed, all.toArray(String[]::new)).withModel(model(concurrency, 2));
    }

    record Run(List<MetricFrame> frames, RunOutcome outcome, ModelAccount account, EventRecorder events) {
        double last(int column) {
            return frames.get(frames.size() - 1).values()[column];
        }

        double at(int round, int column) {
            return frames.stream().filter(f -> f.tick() == round).findFirst().orElseThrow().values()[column];
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
        RunOutcome outcome = new HeadlessRun(Runs.SIMULATOR, s, 1, List.of(collect),
                new ModelEnvironment(n -> null, cacheDir, account)).run();
        return new Run(frames, outcome, account, events);
    }

    private static List<Map<?, ?>> lines(SimEvent transcript) {
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object o : (List<?>) transcript.data().get("lines")) {
            out.add((Map<?, ?>) o);
        }
        return out;
    }

    @Test
    void modelsPlayThePapersGameAndTheScriptedDealsAreReadAsHandComputed() throws Exception {
        server = new ScriptedServer(NegotiationScript::answer);
        Run run = run(allModels(5, 4), cache);
        assertNull(run.outcome().failure());
        // Round 1: $18/$12, $17/$13, $16/$14, then the buyer takes the seller's $15 in exchange 4.
        assertEquals(15.0, run.at(1, PRICE), 1e-9);
        assertEquals(4.0, run.at(1, TURNS), 1e-9);
        // Round 2: the coached seller starts a dollar higher, and the buyer takes $16 in exchange 4.
        assertEquals(16.0, run.at(2, PRICE), 1e-9);
        assertEquals(1.0, run.last(DEAL_RATE), 1e-9);
        assertEquals(0.0, run.last(NO_ANSWERS));
        // Per game: 8 utterances, 1 moderator call (the only agreement); 3 critic calls before round 2.
        assertEquals(2 * 3 * (8 + 1) + 3, server.requests());
        assertEquals(1.0 * 3, run.at(1, CHECKS), "one check a game, at the agreement");
        assertEquals(0.0, run.at(1, DISAGREEMENTS));

        SimEvent game = run.events().ofKind("transcript").get(0);
        List<Map<?, ?>> said = lines(game);
        assertEquals("Hi, this is a good balloon and its price is $20.", said.get(0).get("text"));
        assertEquals("I can let it go for $18.", said.get(2).get("text"));
        assertEquals("Deal! I'll take it for $15.", said.get(9).get("text"));
        List<?> sellerOffers = (List<?>) game.data().get("sellerOffers");
        assertEquals(List.of(20.0, 18.0, 17.0, 16.0, 15.0), sellerOffers, "the prices read from the seller's words");
        assertEquals(server.requests(), run.events().ofKind("model-call").size(), "every call on record");
    }

    @Test
    void theCriticsFeedbackGoesIntoTheImprovingSellersNextGameWithThePapersGoal() throws Exception {
        server = new ScriptedServer(NegotiationScript::answer);
        Run run = run(allModels(6, 1), cache);
        assertNull(run.outcome().failure());
        List<NegotiationScript.Chat> round2Sellers = server.received.stream().map(NegotiationScript::chat)
                .filter(c -> c.is("seller") && c.count("user", "Here is the feedback from the critic") == 1).toList();
        assertFalse(round2Sellers.isEmpty());
        NegotiationScript.Chat c = round2Sellers.get(0);
        String feedback = c.messages().stream().filter(m -> m[1].contains("Here is the feedback from the critic"))
                .findFirst().orElseThrow()[1];
        assertTrue(feedback.contains("1. Open with confidence and hold your price longer."), feedback);
        assertTrue(feedback.contains("3. Stress the quality of the balloon."), feedback);
        assertTrue(feedback.contains("higher than $15"), feedback);
        // The whole first game stays in the seller's context, before the feedback.
        assertTrue(c.messages().stream().anyMatch(m -> m[0].equals("user") && m[1].equals("Deal! I'll take it for $15.")));
        // The critic read the seller's first game.
        String criticPrompt = server.received.stream().map(NegotiationScript::chat).filter(x -> x.is("coach"))
                .findFirst().orElseThrow().user();
        assertTrue(criticPrompt.contains("buyer: Deal! I'll take it for $15."), criticPrompt);
        assertTrue(criticPrompt.contains("(deal at $15)"), criticPrompt);
        // The feedback event says what went in.
        List<SimEvent> fb = run.events().ofKind("feedback");
        assertEquals(3, fb.size());
        assertTrue(fb.get(0).text().contains("higher than $15"), fb.get(0).text());
    }

    @Test
    void moderatorDisagreementsAreCountedChartedAndListed() throws Exception {
        // The model moderator says "no" the first time it sees an agreement in a game: the built-in one says deal.
        server = new ScriptedServer(r -> NegotiationScript.answer(r, c -> c.is("moderator")
                && c.user().contains("Deal! I'll take it") && !c.user().contains(" it is.") ? "Not yet. Deal: no" : null));
        Run run = run(allModels(7, 4, "rounds=1"), cache);
        assertNull(run.outcome().failure());
        // Each game: the buyer's "Deal! I'll take it for $15." (model: no, built-in: yes — a disagreement), then the
        // seller's "Deal, $15 it is." (both: deal at $15).
        assertEquals(6.0, run.last(CHECKS));
        assertEquals(3.0, run.last(DISAGREEMENTS));
        assertEquals(15.0, run.last(PRICE), 1e-9);
        assertEquals(5.0, run.last(TURNS), 1e-9);
        List<SimEvent> listed = run.events().ofKind("disagreement");
        assertEquals(3, listed.size());
        assertEquals("no deal", listed.get(0).data().get("model"));
        assertEquals("deal at $15", listed.get(0).data().get("builtIn"));
        assertEquals("Deal! I'll take it for $15.", listed.get(0).data().get("line"));
        assertTrue(Runs.SIMULATOR.charts(allModels(7, 4).parameters()).stream()
                .anyMatch(ch -> ch.metrics().contains("disagreements")), "charted");
    }

    @Test
    void anUtteranceWithNoPriceIsReaskedThenTheGameEndsAsNoDealWithACountedFallback() throws Exception {
        server = new ScriptedServer(r -> NegotiationScript.answer(r, c -> c.is("seller") ? "Let me think about it." : null));
        Run run = run(allModels(8, 4), cache);
        assertNull(run.outcome().failure());
        assertEquals(3.0, run.at(1, NO_ANSWERS));
        assertEquals(0.0, run.last(DEAL_RATE));
        assertEquals(3, run.account().snapshot().fallbacks());
        assertEquals(2 * 3, run.account().snapshot().reasks(), "two re-asks before each fallback");
        assertEquals(3 * 3, server.requests(), "nothing else was asked");
        List<SimEvent> fallbacks = run.events().ofKind("fallback");
        assertEquals(3, fallbacks.size());
        assertEquals("seller", fallbacks.get(0).data().get("role"));
        assertTrue(fallbacks.get(0).text().contains("names no price and accepts no offer"), fallbacks.get(0).text());
        assertEquals("no_answer", run.events().ofKind("transcript").get(0).data().get("outcome"));
    }

    @Test
    void anUnreadableCriticEndsTheChainsNextGameAsNoDeal() throws Exception {
        server = new ScriptedServer(r -> NegotiationScript.answer(r, c -> c.is("coach") ? "Fine." : null));
        Run run = run(allModels(9, 4), cache);
        assertNull(run.outcome().failure());
        assertEquals(1.0, run.at(1, DEAL_RATE), 1e-9);
        assertEquals(3.0, run.at(2, NO_ANSWERS));
        assertEquals(0.0, run.at(2, DEAL_RATE));
        assertEquals("critic", run.events().ofKind("fallback").get(0).data().get("role"));
    }

    @Test
    void runningTheScenarioAgainReplaysFromTheCacheWithNoCallAndTheSameNumbers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        // A sampling model: the buyer's patience differs from call to call, so only the cache can repeat a run.
        server = new ScriptedServer(r -> {
            calls.incrementAndGet();
            return NegotiationScript.answer(r, c -> c.is("buyer") && ThreadLocalRandom.current().nextInt(3) == 0
                    ? "Would you take $" + (11 + ThreadLocalRandom.current().nextInt(4)) + "?" : null);
        });
        Scenario s = allModels(11, 4, "rounds=3", "gamesPerRound=4");
        Run first = run(s, cache);
        assertNull(first.outcome().failure());
        int made = calls.get();
        Run again = run(s, cache);
        assertNull(again.outcome().failure());
        assertEquals(made, calls.get(), "the replay made no call");
        assertEquals(0, again.account().snapshot().calls());
        assertEquals(made, again.account().snapshot().cacheHits());
        assertEquals(first.frames().size(), again.frames().size());
        for (int i = 0; i < first.frames().size(); i++) {
            assertArrayEquals(first.frames().get(i).values(), again.frames().get(i).values(), 0.0);
        }
    }

    @Test
    void resultsDoNotDependOnHowManyGamesArePlayedAtOnce() throws Exception {
        server = new ScriptedServer(r -> NegotiationScript.answer(r).after(ThreadLocalRandom.current().nextInt(4)));
        Run one = run(allModels(3, 1, "gamesPerRound=6"), cache.resolve("a"));
        Run eight = run(allModels(3, 8, "gamesPerRound=6"), cache.resolve("b"));
        for (int i = 0; i < one.frames().size(); i++) {
            assertArrayEquals(one.frames().get(i).values(), eight.frames().get(i).values(), 0.0);
        }
    }

    @Test
    void aModelSellerMeetsBuiltInBuyersWhoReadItsPrices() throws Exception {
        server = new ScriptedServer(NegotiationScript::answer);
        Run run = run(Runs.scenario(12, "seller=model", "rounds=1", "gamesPerRound=4", "rivalJitter=0")
                .withModel(model(4, 2)), cache);
        assertNull(run.outcome().failure());
        for (SimEvent t : run.events().ofKind("transcript")) {
            List<?> sellerOffers = (List<?>) t.data().get("sellerOffers");
            assertEquals(20.0, sellerOffers.get(0));
            if (sellerOffers.size() > 1) {
                assertEquals(18.0, sellerOffers.get(1), "the built-in buyer saw the model's $18");
            }
        }
        assertTrue(server.received.stream().map(NegotiationScript::chat).allMatch(c -> c.is("seller")),
                "only the seller is a model");
    }

    @Test
    void rolesNameModelsFromTheScenariosModelsMap() throws Exception {
        server = new ScriptedServer(NegotiationScript::answer);
        ModelSpec other = model(2, 2).withModel("other-chat");
        Scenario s = Runs.scenario(13, "seller=model", "buyer=model", "buyerModel=other", "rounds=1", "gamesPerRound=2")
                .withModel(model(2, 2)).withModels(Map.of("other", other));
        Run run = run(s, cache);
        assertNull(run.outcome().failure());
        for (ScriptedServer.Received r : server.received) {
            NegotiationScript.Chat c = NegotiationScript.chat(r);
            assertEquals(c.is("buyer") ? "other-chat" : "tiny-chat", r.body().get("model").asText());
        }
        ScenarioException missing = assertThrows(ScenarioException.class, () -> Runs.SIMULATOR.check(
                s.withParameter("buyerModel", "nobody")));
        assertEquals("parameters.buyerModel", missing.field());
        assertTrue(missing.problem().contains("it names other"), missing.problem());
        ScenarioException noBlock = assertThrows(ScenarioException.class, () -> Runs.SIMULATOR.check(
                Runs.scenario(1, "critic=model")));
        assertEquals("model", noBlock.field());
    }
}
