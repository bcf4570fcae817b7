package org.feedbackstudio.app.gui;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.Simulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every registered simulator, each of its tabs, in a 1024×700 window and in a 1600×1000 window, each
 * also in presentation mode: no text is cut (labels, buttons, cells, and the charts' axis titles), no number field
 * shows less than its value, nothing falls into the tool bar's overflow menu, and no pane scrolls sideways. With {@code -Dstudio.screenshots=DIR} it also writes what each tab looks like.
 */
@ExtendWith(ApplicationExtension.class)
class StudioLayoutTest {
    private final Catalog catalog = Catalog.standard();
    private StudioWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new StudioWindow(catalog, () -> stage);
        StudioFx.show(stage, window, 1024, 700);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
        fx(() -> {
            stage.setWidth(1024); // later tests share this stage
            stage.setHeight(700);
            return null;
        });
    }

    @Test
    void nothingIsCutAt1024By700NorInPresentationMode(FxRobot robot) throws Exception {
        List<String> problems = everySimulator(robot, "1024×700", new boolean[] {false, true});
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void nothingIsCutAt1600By1000NorInPresentationMode(FxRobot robot) throws Exception {
        fx(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
            return null;
        });
        waitFor(() -> stage.getScene().getWidth() >= 1599);
        List<String> problems = everySimulator(robot, "1600×1000", new boolean[] {false, true});
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private List<String> everySimulator(FxRobot robot, String size, boolean[] modes) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Simulator simulator : catalog.all()) {
            List<Preset> presets = Presets.of(catalog, simulator.id());
            Scenario scenario = presets.isEmpty() ? Scenario.defaults(simulator, 1) : presets.get(0).scenario();
            fx(() -> {
                window.presentation(false);
                window.load(scenario);
                return null;
            });
            waitFor(() -> window.viewModel().runState() == RunState.READY);
            for (int i = 1; i <= 2; i++) {
                long before = window.viewModel().tick();
                fx(() -> {
                    window.step();
                    return null;
                });
                waitFor(() -> window.viewModel().tick() > before
                        || window.viewModel().runState() == RunState.FINISHED);
            }
            for (boolean presentation : modes) {
                fx(() -> {
                    window.presentation(presentation);
                    return null;
                });
                String where = simulator.id() + ", " + size + (presentation ? ", presentation" : "");
                problems.addAll(controlsInReach(robot, where));
                problems.addAll(everyTab(robot, where));
            }
        }
        return problems;
    }

    @Test
    void aNumberFieldShowsExactlyTheValueInForce(FxRobot robot) throws Exception {
        Scenario bandit = Presets.of(catalog, "switching-costs").get(0).scenario();
        Scenario huge = bandit.withParameters(bandit.parameters().with("horizon", 1_000_000_000L));
        fx(() -> {
            window.load(huge);
            window.presentation(true);
            return null;
        });
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField field = fx(() -> robot.lookup("#param-field-horizon")
                .queryAs(javafx.scene.control.TextField.class));
        assertEquals("1,000,000,000", fx(field::getText));
        assertEquals(1_000_000_000L, window.viewModel().runInfo() == null
                ? window.viewModel().scenarioShown().parameters().getLong("horizon")
                : window.viewModel().runInfo().scenario().parameters().getLong("horizon"));
        List<String> cut = fx(() -> LayoutCheck.problems(stage.getScene())).stream()
                .filter(p -> p.contains("param-field-horizon")).toList();
        assertTrue(cut.isEmpty(), String.join("\n", cut));
        // What is typed with separators is read back to the same value, and shown the same way.
        StudioFx.setParameter(robot, "horizon", 250_000L);
        assertEquals("250,000", fx(field::getText));
        assertEquals(250_000L, window.viewModel().scenarioShown().parameters().getLong("horizon"));
    }

    /** The run controls, the speed, Export and Presentation are shown whole inside the window. */
    private List<String> controlsInReach(FxRobot robot, String where) throws Exception {
        return fx(() -> {
            List<String> missing = new ArrayList<>();
            Scene scene = stage.getScene();
            for (String id : List.of("#play", "#pause", "#step", "#reset", "#speed", "#speed-value", "#export",
                    "#presentation")) {
                javafx.scene.Node n = robot.lookup(id).query();
                boolean shown = n != null && n.isManaged();
                for (javafx.scene.Node p = n; shown && p != null; p = p.getParent()) {
                    shown = p.isVisible();
                }
                javafx.geometry.Bounds b = n == null ? null : n.localToScene(n.getLayoutBounds());
                if (!shown || b.getMinX() < 0 || b.getMaxX() > scene.getWidth() || b.getWidth() < 8) {
                    missing.add(where + ": " + id + " is not in reach");
                }
            }
            return missing;
        });
    }

    /** Brings each tab to the front in turn and lists what is cut there. */
    private List<String> everyTab(FxRobot robot, String where) throws Exception {
        TabPane tabs = fx(() -> robot.lookup("#tabs").queryAs(TabPane.class));
        List<String> found = new ArrayList<>();
        int count = fx(() -> tabs.getTabs().size());
        for (int i = 0; i < count; i++) {
            int index = i;
            Tab tab = fx(() -> {
                tabs.getSelectionModel().select(index);
                return tabs.getTabs().get(index);
            });
            // Views that ask for a snapshot of the simulation get it, then draw.
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            String label = where + ", " + tab.getText();
            found.addAll(fx(() -> LayoutCheck.problems(stage.getScene())).stream()
                    .map(p -> label + ": " + p).toList());
            String dir = System.getProperty("studio.screenshots");
            if (dir != null) {
                Scene scene = stage.getScene();
                Path file = Path.of(dir, (label.replaceAll("[^A-Za-z0-9]+", "-") + ".png").toLowerCase(Locale.ROOT));
                fx(() -> {
                    LayoutCheck.screenshot(scene, file);
                    return null;
                });
            }
        }
        return found;
    }
}
