package org.feedbackstudio.app.gui;

import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioReader;
import org.feedbackstudio.runtime.llm.ScriptedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The studio with a model-driven Donor Game against a scripted OpenAI-compatible server: the model panel shows
 * the block, the run plays to the end with the status bar counting calls, running it again replays from the
 * cache with no call, and an outage pauses the run with Retry.
 */
@ExtendWith(ApplicationExtension.class)
class ModelStudioTest {
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

    private static String text(Label label) {
        return unchecked(() -> fx(label::getText));
    }

    private static <T> T unchecked(java.util.concurrent.Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ScriptedServer.Response answer(ScriptedServer.Received r) {
        return ScriptedServer.openAi(r.lastUser().contains("You currently have") ? "Justification: fair.\nAnswer: 1"
                : "My strategy will be to give one unit to everyone.", 50, 5);
    }

    @Test
    void aModelDrivenRunPlaysCountsItsCallsAndReplaysWithNone(FxRobot robot) throws Exception {
        server = new ScriptedServer(ModelStudioTest::answer);
        // A fresh seed each time: the studio uses the user's own answer cache.
        long seed = System.nanoTime() & 0xffffffffL;
        Scenario s = new ScenarioReader(Catalog.standard()).read("{\"simulator\": \"donor-game\", \"seed\": " + seed
                + ", \"parameters\": {\"agentMode\": \"model\", \"agents\": 4, \"rounds\": 2, \"generations\": 2},"
                + " \"model\": {\"backend\": \"openai\", \"baseUrl\": \"" + server.url() + "/v1\", \"model\": "
                + "\"tiny-chat\"}}", "test");
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        fx(() -> {
            window.load(s);
            return null;
        });
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        TitledPane panel = robot.lookup("#model-panel").query();
        assertTrue(fx(panel::isExpanded), "the panel opens for a scenario with a model");
        Label result = robot.lookup("#model-test-result").query();
        assertTrue(fx(result::getText).contains("tiny-chat"), fx(result::getText));

        robot.clickOn("#model-test");
        waitFor(() -> text(result).startsWith("Answered in"));

        robot.clickOn("Play");
        waitFor(() -> window.viewModel().runState() == RunState.FINISHED);
        Label usage = robot.lookup("#status-model").query();
        int calls = server.requests();
        waitFor(() -> text(usage).contains("0 from cache"));
        assertTrue(fx(usage::getText).startsWith("model: " + (calls - 1) + " calls"), fx(usage::getText));

        fx(() -> {
            window.load(s);
            return null;
        });
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        robot.clickOn("Play");
        waitFor(() -> window.viewModel().runState() == RunState.FINISHED);
        waitFor(() -> text(usage).startsWith("model: 0 calls, " + (calls - 1) + " from cache"));
        assertTrue(server.requests() == calls, "the replay made no call");

        // An outage: a new seed asks again, the server fails, the studio pauses with the reason and Retry.
        server.script(r -> ScriptedServer.error(503, "down for maintenance"));
        Scenario other = s.withSeed(seed + 1).withModel(s.model().withLimits(5, 0, 0));
        fx(() -> {
            window.load(other);
            return null;
        });
        waitFor(() -> unchecked(() -> StudioFx.bannerShowing(robot)));
        waitFor(() -> unchecked(() -> StudioFx.bannerText(robot)).contains("down for maintenance"));
        // Paused, not broken; and the choices stay readable however long the reason is.
        assertEquals("Paused (model)", fx(() -> robot.lookup("#status-state").queryAs(Label.class).getText()));
        for (String choice : java.util.List.of("Retry", "Dismiss")) {
            javafx.scene.control.Button button = fx(() -> robot.lookup(choice).queryButton());
            assertTrue(fx(() -> button.getWidth() + 0.5 >= button.prefWidth(-1)), choice + " is squeezed into an ellipsis");
        }
        server.script(ModelStudioTest::answer);
        robot.clickOn("Retry");
        waitFor(() -> window.viewModel().runState() == RunState.FINISHED);
    }
}
