package org.feedbackstudio.app.gui.streams;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.feedbackstudio.app.gui.CanvasPane;
import org.feedbackstudio.app.gui.StudioFx;
import org.feedbackstudio.app.gui.StudioWindow;
import org.feedbackstudio.app.gui.kit.Numbers;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.streams.SampleImage;
import org.feedbackstudio.streams.StreamsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Tasks tab on the real catalog with the quick classroom preset (four rotated tasks of 60
 * iterations, a small network): what it draws is what the simulation's snapshot holds.
 */
@ExtendWith(ApplicationExtension.class)
class TasksViewTest {
    private static final String CLASSROOM = "Classroom: a network forgets in seconds";

    private final Catalog catalog = Catalog.standard();
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(catalog, () -> stage);
        StudioFx.show(stage, window);
    }

    @AfterEach
    void close() {
        window.close();
    }



    private Scenario classroom(Object... settings) throws Exception {
        Scenario s = Presets.of(catalog, "continual-streams").stream().filter(p -> p.title().equals(CLASSROOM))
                .findFirst().map(Preset::scenario).orElseThrow();
        for (int i = 0; i < settings.length; i += 2) {
            s = s.withParameters(s.parameters().with((String) settings[i], settings[i + 1]));
        }
        return s;
    }

    /** Loads a scenario, brings the Tasks tab to the front, plays it to its end; returns the view. */
    private TasksView runToEnd(FxRobot robot, Scenario scenario) throws Exception {
        fx(() -> {
            window.load(scenario);
            return null;
        });
        waitFor(() -> "Ready".equals(state(robot)));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        Tab tab = fx(() -> tabs.getTabs().stream().filter(t -> t.getUserData() instanceof TasksView)
                .findFirst().orElseThrow());
        assertEquals("Tasks", tab.getText());
        fx(() -> {
            tabs.getSelectionModel().select(tab);
            return null;
        });
        TasksView view = (TasksView) tab.getUserData();
        robot.clickOn("#play");
        waitFor(() -> "Finished".equals(state(robot)));
        long end = scenario.stopAfter() > 0 ? scenario.stopAfter()
                : scenario.parameters().getLong("tasks") * scenario.parameters().getLong("iterationsPerTask");
        waitFor(() -> view.shownTick() == end);
        return view;
    }

    private static String state(FxRobot robot) {
        return ((Label) robot.lookup("#status-state").query()).getText();
    }

    private StreamsView truth(long tick) throws Exception {
        Inspection<StreamsView> inspection = window.inspect(StreamsView.class).get(30, TimeUnit.SECONDS);
        assertEquals(tick, inspection.tick());
        return inspection.detail();
    }

    /** While the engine starts the status bar says what loads; a Tasks view opened mid-run never asks for a preset. */
    @Test
    void loadingSaysWhatLoadsAndAViewOpenedMidRunWaitsForTheRun(FxRobot robot) throws Exception {
        String message = fx(() -> {
            window.load(classroom());
            return robot.lookup("#status-message").queryAs(Label.class).getText();
        });
        assertTrue(message.startsWith("Loading Continual-learning streams: reading the Fashion-MNIST images"),
                message);
        waitFor(() -> "Ready".equals(state(robot)));
        robot.clickOn("#play");
        waitFor(() -> "Running".equals(state(robot)));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        String shown = fx(() -> {
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getUserData() instanceof TasksView)
                    .findFirst().orElseThrow());
            return robot.lookup("#streams-status").queryAs(Label.class).getText();
        });
        assertFalse(shown.contains("Load a preset"), shown);
        waitFor(() -> "Finished".equals(state(robot)));
    }

    @Test
    void theHeatMapHoldsTheAccuracyMatrixAndTheGalleryTheSampleImages(FxRobot robot) throws Exception {
        TasksView view = runToEnd(robot, classroom());
        StreamsView truth = truth(240);
        AccuracyMatrix m = fx(view::matrix);
        assertEquals(4, m.tasks());
        assertEquals(4, m.finished());
        assertEquals(-1, m.nowColumn(), "the run is over: no task in progress");
        Canvas canvas = fx(() -> (Canvas) robot.lookup("#streams-heat-map").queryAs(CanvasPane.class).canvas());
        WritableImage drawn = fx(() -> canvas.snapshot(null, null));
        HeatMapLayout layout = fx(() -> view.heatMap().cellLayout());
        for (int k = 1; k <= 4; k++) {
            List<Double> afterK = truth.accuracyMatrix().get(k - 1);
            for (int j = 1; j <= 4; j++) {
                if (j > k) {
                    assertEquals(AccuracyMatrix.Kind.NOT_SEEN, m.kind(j, k));
                    assertEquals("", m.label(j, k));
                    continue;
                }
                double a = afterK.get(j - 1);
                assertEquals(AccuracyMatrix.Kind.FINISHED, m.kind(j, k));
                assertEquals(a, m.accuracy(j, k), 0.0, "task " + j + " after task " + k);
                assertEquals(Numbers.fixed(a, 2), m.label(j, k));
                // The cell is painted in the accuracy's colour (read off a corner, clear of its label).
                Color painted = drawn.getPixelReader().getColor((int) layout.columnX(k) + 4, (int) layout.rowY(j) + 4);
                Color expected = AccuracyColours.of(a);
                assertEquals(expected.getRed(), painted.getRed(), 0.02, "red of cell " + j + "," + k);
                assertEquals(expected.getGreen(), painted.getGreen(), 0.02, "green of cell " + j + "," + k);
                assertEquals(expected.getBlue(), painted.getBlue(), 0.02, "blue of cell " + j + "," + k);
            }
        }
        // Naive fine-tuning on rotated clothes forgets: task 1 ends well below where it started.
        assertTrue(m.lostSinceLearned(1, 4) > 0.1, "task 1 lost " + m.lostSinceLearned(1, 4));

        SampleGallery gallery = fx(view::gallery);
        List<SampleGallery.Shown> shown = fx(gallery::shown);
        assertEquals(truth.samples().size(), shown.size(), "one picture per sample");
        assertEquals(16, shown.size(), "four per task");
        for (int i = 0; i < shown.size(); i++) {
            SampleImage expected = truth.samples().get(i);
            SampleImage sample = shown.get(i).sample();
            assertEquals(expected.task(), sample.task());
            assertEquals(expected.label(), sample.label());
            assertArrayEquals(expected.pixels(), sample.pixels(), 0f);
            PixelReader pixels = shown.get(i).image().getPixelReader();
            int scale = (int) shown.get(i).image().getWidth() / expected.side();
            assertEquals(2, scale);
            float[] grey = expected.pixels();
            for (int y = 0; y < expected.side(); y++) {
                for (int x = 0; x < expected.side(); x++) {
                    int g = SampleImages.grey(grey[y * expected.side() + x]);
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            assertEquals(0xFF000000 | g << 16 | g << 8 | g,
                                    pixels.getArgb(x * scale + dx, y * scale + dy), "sample " + i + " at " + x + "," + y);
                        }
                    }
                }
            }
        }
        assertEquals(List.of("task 1: rotated 0°", "task 2: rotated 45°", "task 3: rotated 90°", "task 4: rotated 135°"),
                fx(gallery::captions));
        assertTrue(fx(view::barsShown).isEmpty(), "naive fine-tuning has no schedule");
        assertTrue(fx(view::noRehearsalShown).startsWith("Naive fine-tuning rehearses nothing"));
    }

    @Test
    void theRehearsalBarsAreTheSchedulesNumbers(FxRobot robot) throws Exception {
        TasksView view = runToEnd(robot, classroom("strategy", "power-law-rehearsal"));
        StreamsView truth = truth(240);
        List<Bars> shown = fx(view::barsShown);
        assertEquals(2, shown.size(), "this task's plan and the schedule's shape");
        Bars plan = shown.get(0);
        assertEquals(3, plan.bars().size(), "ages 1 to 3 of four tasks");
        assertEquals(3, truth.rehearsalPlan().size(), "task 4 rehearses tasks of ages 1, 2 and 3");
        long total = 0;
        for (int a = 1; a <= 3; a++) {
            long n = truth.rehearsalPlan().get(a - 1);
            assertEquals(n, plan.bars().get(a - 1).value(), 0.0, "age " + a);
            total += n;
        }
        assertEquals(Math.round(0.5 * 60 * 64), total, "the budget r × N: half of 60 batches of 64");
        assertEquals("Task 4 rehearses 1,920 old images, by age", plan.title());
        Bars schedule = shown.get(1);
        assertEquals(truth.scheduleShares(), schedule.bars().stream().map(Bars.Bar::value).toList());
        assertTrue(schedule.bars().get(0).value() > schedule.bars().get(2).value(), "recent tasks get more");
        assertNull(fx(view::noRehearsalShown));
    }

    @Test
    void theReplayBarsAreTheMemorysContents(FxRobot robot) throws Exception {
        TasksView view = runToEnd(robot, classroom("strategy", "replay", "memorySize", 300L));
        StreamsView truth = truth(240);
        List<Bars> shown = fx(view::barsShown);
        assertEquals(1, shown.size());
        Bars memory = shown.get(0);
        assertEquals(4, memory.bars().size());
        int held = 0;
        for (int t = 1; t <= 4; t++) {
            int n = truth.memoryPerTask().get(t - 1);
            assertEquals(n, memory.bars().get(t - 1).value(), 0.0, "task " + t);
            held += n;
        }
        assertEquals(300, held, "the reservoir is full");
        assertEquals("Replay memory: 300 images, by task", memory.title());
    }

    @Test
    void midTaskTheLiveColumnHoldsTheLatestAccuracies(FxRobot robot) throws Exception {
        Scenario halfway = classroom().withStopAfter(90); // 30 iterations into task 2
        TasksView view = runToEnd(robot, halfway);
        AccuracyMatrix m = fx(view::matrix);
        assertEquals(1, m.finished());
        assertEquals(2, m.nowColumn());
        assertEquals(AccuracyMatrix.Kind.TO_COME, m.kind(1, 3));
        assertTrue(fx(() -> view.heatMap().readoutText()).startsWith("Rows: the task evaluated"));
        // The same scenario, run headless to the same iteration, scores the same accuracies.
        try (Simulation sim = catalog.find("continual-streams").orElseThrow().start(halfway, EventSink.NONE)) {
            for (int t = 0; t < 90; t++) {
                sim.step();
            }
            double[] values = new double[sim.metrics().size()];
            sim.sample(values);
            for (int j = 1; j <= 2; j++) {
                int index = -1;
                for (int i = 0; i < sim.metrics().size(); i++) {
                    if (sim.metrics().get(i).name().equals("acc.task" + j)) {
                        index = i;
                    }
                }
                assertEquals(values[index], m.accuracy(j, 2), 0.0, "task " + j + " now");
            }
        }
        assertNotNull(fx(view::shown));
        assertEquals(2, fx(view::shown).currentTask());
    }
}
