package org.feedbackstudio.app.gui.negotiation;

import javafx.stage.Stage;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.negotiation.GameRecord;
import org.feedbackstudio.negotiation.GameRules;
import org.feedbackstudio.negotiation.NegotiationDetail;
import org.feedbackstudio.negotiation.NegotiationScript;
import org.feedbackstudio.negotiation.NegotiationSimulator;
import org.feedbackstudio.runtime.llm.Backend;
import org.feedbackstudio.runtime.llm.ModelAccount;
import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelSpec;
import org.feedbackstudio.runtime.llm.ScriptedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Games view's panes on a game played by language models: the transcript utterance by utterance, the model
 * critic's feedback that went into it, and the model moderator's verdict beside the built-in one.
 */
@ExtendWith(ApplicationExtension.class)
class ModelGamePanesTest {
    @TempDir
    Path cache;

    @Start
    void start(Stage stage) {
        // the panes are built on the JavaFX thread; no window is needed
    }

    @Test
    void aModelGameShowsItsWordsItsFeedbackAndItsVerdict() throws Exception {
        NegotiationSimulator simulator = new NegotiationSimulator();
        try (ScriptedServer server = new ScriptedServer(NegotiationScript::answer)) {
            Scenario s = Scenario.defaults(simulator, 5);
            for (String kv : List.of("seller=model", "buyer=model", "critic=model", "moderator=model", "rounds=2",
                    "gamesPerRound=1")) {
                s = s.withParameter(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
            s = s.withModel(ModelSpec.of(Backend.OPENAI, server.url() + "/v1", "tiny-chat", null));
            GameRecord g;
            try (Simulation sim = simulator.start(s, EventSink.NONE, new ModelEnvironment(n -> null, cache,
                    new ModelAccount()))) {
                sim.step();
                sim.step();
                g = ((NegotiationDetail) sim.inspect().detail()).game(2, 0).orElseThrow();
            }
            GameRecord game = g;
            List<String> lines = fx(() -> {
                TranscriptPane pane = new TranscriptPane();
                pane.show(game, GameRules.paper());
                return pane.lines();
            });
            assertTrue(lines.stream().anyMatch(l -> l.contains("I can let it go for $19.")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("Deal! I'll take it for $16.")), lines.toString());

            List<String> feedback = fx(() -> {
                FeedbackPane pane = new FeedbackPane();
                pane.show(game, true);
                return pane.texts();
            });
            assertEquals("1. Open with confidence and hold your price longer.", feedback.get(1));
            assertTrue(feedback.contains("The feedback went into the language model's context, with every game "
                    + "before it."), feedback.toString());
            assertTrue(feedback.stream().anyMatch(t -> t.startsWith("Seller (coached): a language model")),
                    feedback.toString());

            String verdict = GameText.verdict(game, GameRules.paper());
            assertTrue(verdict.startsWith("Deal at $16."), verdict);
            assertTrue(verdict.contains("The model moderator was asked 1 time; last: model: deal at $16; built-in: "
                    + "deal at $16 (they agreed every time)."), verdict);
        }
    }
}
