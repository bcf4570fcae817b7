package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.EventRecorder;
import org.feedbackstudio.core.HeadlessRun;
import org.feedbackstudio.core.MetricFrame;
import org.feedbackstudio.core.RunObserver;
import org.feedbackstudio.core.RunOutcome;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cross-play: every pairing of a list of models as seller × buyer, against the scripted server. */
class CrossPlayTest {
    @TempDir
    Path cache;
    private ScriptedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ModelSpec model(String name) {
        return ModelSpec.of(Backend.OPENAI, server.url() + "/v1", name, null).withConcurrency(4).withLimits(5, 1, 2);
    }

    private Scenario crossPlay(String... more) throws ScenarioException {
        List<String> all = new ArrayList<>(List.of("crossPlay=soft, hard", "gamesPerRound=2", "moderator=model"));
        all.addAll(List.of(more));
        Map<String, ModelSpec> models = new LinkedHashMap<>();
        models.put("soft", model("soft-chat"));
        models.put("hard", model("hard-chat"));
        return Runs.scenario(21, all.toArray(String[]::new)).withModel(model("judge")).withModels(models);
    }

    @Test
    void everyPairingPlaysAndTheTableIsTheHandCheckedOne() throws Exception {
        server = new ScriptedServer(NegotiationScript::answer);
        Scenario s = crossPlay();
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
        RunOutcome outcome = new HeadlessRun(Runs.SIMULATOR, s, 1, List.of(collect),
                new ModelEnvironment(n -> null, cache, new ModelAccount())).run();
        assertNull(outcome.failure());
        assertEquals(4, frames.size(), "one tick a pairing: soft and hard, each as seller against each as buyer");
        // Hand-checked from the script: soft seller asks 18, 17, 16, 15, …; hard seller one dollar more. Soft buyer
        // offers 12, 13, 14, … and takes a price up to a dollar above its next offer; hard buyer offers 11, 12, 13, …
        // and takes only its next offer or less.
        double[][] expected = {{15, 1, 4}, {14, 1, 5}, {16, 1, 4}, {15, 1, 5}};
        for (int p = 0; p < 4; p++) {
            double[] v = frames.get(p).values();
            assertEquals(expected[p][0], v[0], 1e-9, "price of pairing " + p);
            assertEquals(expected[p][1], v[1], 1e-9, "deal rate of pairing " + p);
            assertEquals(expected[p][2], v[2], 1e-9, "exchanges of pairing " + p);
            assertEquals(2.0, v[4], "one moderator check a game");
            assertEquals(0.0, v[5]);
        }
        for (ScriptedServer.Received r : server.received) {
            NegotiationScript.Chat c = NegotiationScript.chat(r);
            if (c.is("moderator")) {
                assertEquals("judge", r.body().get("model").asText());
            }
        }
        List<SimEvent> rows = events.ofKind("table-row");
        assertEquals(4, rows.size());
        Map<?, ?> row = (Map<?, ?>) rows.get(1).data().get("row");
        assertEquals("soft", row.get("seller"));
        assertEquals("hard", row.get("buyer"));
        assertEquals(14.0, row.get("meanPrice"));
        assertEquals(2, row.get("deals"));
    }

    @Test
    void theDetailHoldsTheTableAndEveryGame() throws Exception {
        server = new ScriptedServer(NegotiationScript::answer);
        try (Simulation sim = Runs.SIMULATOR.start(crossPlay(), org.feedbackstudio.core.EventSink.NONE,
                new ModelEnvironment(n -> null, cache, new ModelAccount()))) {
            while (!sim.isDone()) {
                sim.step();
            }
            NegotiationDetail d = (NegotiationDetail) sim.inspect().detail();
            assertTrue(d.isCrossPlay());
            assertEquals(List.of("soft", "hard"), d.crossPlay());
            assertEquals(16.0, d.pairing("hard", "soft").orElseThrow().meanPrice(), 1e-9);
            assertEquals(14.0, d.pairing("soft", "hard").orElseThrow().meanPrice(), 1e-9);
            GameRecord g = d.game(2, 1).orElseThrow();
            assertEquals("Deal, $14 it is.", g.lines().get(g.lines().size() - 1).text());
        }
    }

    @Test
    void aNameMissingFromTheModelsIsRefused() throws Exception {
        server = new ScriptedServer(NegotiationScript::answer);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Runs.SIMULATOR.check(crossPlay().withParameter("crossPlay", "soft,medium")));
        assertEquals("parameters.crossPlay", e.field());
        assertTrue(e.problem().contains("no model named \"medium\""), e.problem());
    }
}
