package org.feedbackstudio.app.gui;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioReader;
import org.feedbackstudio.negotiation.NegotiationScript;
import org.feedbackstudio.runtime.llm.ScriptedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The studio with a negotiation cross-play of two scripted models on a loopback server: the model panel offers
 * each named model, and the Cross-play tab fills in the price and deal-rate table as computed by hand.
 */
@ExtendWith(ApplicationExtension.class)
class NegotiationModelStudioTest {
    private StudioWindow window;
    private ScriptedServer server;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(Catalog.standard(), () -> stage);
        StudioFx.show(stage, window);
    }

    @AfterEach
    void close() {
        window.close();
        if (server != null) {
            server.close();
        }
    }

    private static <T> T unchecked(java.util.concurrent.Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cellText(FxRobot robot, String id) throws Exception {
        Node cell = robot.lookup(id).query();
        return fx(() -> String.join(" / ", ((javafx.scene.layout.VBox) cell).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList()));
    }

    @Test
    void aCrossPlayRunShowsItsTableAndEachModelInThePanel(FxRobot robot) throws Exception {
        server = new ScriptedServer(NegotiationScript::answer);
        long seed = System.nanoTime() & 0xffffffffL; // the studio uses the user's own answer cache
        String block = "{\"backend\": \"openai\", \"baseUrl\": \"" + server.url() + "/v1\", \"model\": \"%s\"}";
        Scenario s = new ScenarioReader(Catalog.standard()).read("{\"simulator\": \"negotiation\", \"seed\": " + seed
                + ", \"parameters\": {\"crossPlay\": \"soft, hard\", \"gamesPerRound\": 2}, \"models\": {\"soft\": "
                + block.formatted("soft-chat") + ", \"hard\": " + block.formatted("hard-chat") + "}}", "test");
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        fx(() -> {
            window.load(s);
            return null;
        });
        waitFor(() -> window.viewModel().runState() == RunState.READY);

        ChoiceBox<?> blocks = robot.lookup("#model-block").query();
        assertTrue(fx(blocks::isVisible), "named models bring the Block choice");
        assertEquals(List.of("model block", "soft", "hard"), fx(() -> List.copyOf(blocks.getItems())));
        assertEquals("soft", fx(() -> String.valueOf(blocks.getValue())), "no model block: the first name shows");
        Label result = robot.lookup("#model-test-result").query();
        assertTrue(fx(result::getText).contains("soft-chat"), fx(result::getText));
        fx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<String> b = (ChoiceBox<String>) blocks;
            b.setValue("hard");
            return null;
        });
        assertTrue(fx(result::getText).contains("hard-chat"), fx(result::getText));

        fx(() -> {
            for (Node n : robot.lookup(".tab-pane").queryAll()) {
                javafx.scene.control.TabPane pane = (javafx.scene.control.TabPane) n;
                pane.getTabs().stream().filter(t -> t.getText().equals("Cross-play")).findFirst()
                        .ifPresent(t -> pane.getSelectionModel().select(t));
            }
            return null;
        });
        robot.clickOn("Play");
        waitFor(() -> window.viewModel().runState() == RunState.FINISHED);
        waitFor(() -> robot.lookup("#cross-play-1-1").tryQuery().isPresent()
                && !unchecked(() -> cellText(robot, "#cross-play-1-1")).startsWith("—"));
        assertEquals("$15.00 / deal rate 1.00 (2 of 2)", cellText(robot, "#cross-play-0-0"));
        assertEquals("$14.00 / deal rate 1.00 (2 of 2)", cellText(robot, "#cross-play-0-1"));
        assertEquals("$16.00 / deal rate 1.00 (2 of 2)", cellText(robot, "#cross-play-1-0"));
        assertEquals("$15.00 / deal rate 1.00 (2 of 2)", cellText(robot, "#cross-play-1-1"));

        // The Games view names each pairing where the improvement loop names rounds.
        fx(() -> {
            for (Node n : robot.lookup(".tab-pane").queryAll()) {
                javafx.scene.control.TabPane pane = (javafx.scene.control.TabPane) n;
                pane.getTabs().stream().filter(t -> t.getText().equals("Games")).findFirst()
                        .ifPresent(t -> pane.getSelectionModel().select(t));
            }
            return null;
        });
        waitFor(() -> robot.lookup("#negotiation-round").tryQuery().isPresent());
        ChoiceBox<?> rounds = robot.lookup("#negotiation-round").query();
        assertEquals("Pairing 2: soft × hard", fx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Integer> r = (ChoiceBox<Integer>) rounds;
            return r.getConverter().toString(2);
        }));
    }
}
