package org.feedbackstudio.app.gui;

import javafx.stage.Stage;
import org.feedbackstudio.app.gui.charts.LiveChart;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.WalkFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio's controls, headless, on a test simulator whose numbers are easy to check. */
@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {
    private StudioWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(new Catalog(List.of(new WalkFixture())), () -> stage);
        StudioFx.show(stage, window);
    }

    @AfterEach
    void close() {
        window.close();
    }



    @Test
    void playDrawsTheChartAndAdvancesTheStatusBar(FxRobot robot) throws Exception {
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        robot.clickOn("#play");
        waitFor(() -> window.viewModel().runState() == RunState.FINISHED);
        LiveChart chart = StudioFx.liveCharts(robot).get(0);
        assertEquals(1001, (int) fx(() -> chart.pointCount("Position")), "tick 0 plus 1000 steps");
        assertEquals("step 1,000 of 1,000", StudioFx.statusTick(robot));
        assertTrue(StudioFx.eventLines(robot) > 0, "events reach the log");
    }

    @Test
    void aNonLiveChangeMidRunOffersAReset(FxRobot robot) throws Exception {
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        robot.clickOn("#step");
        waitFor(() -> window.viewModel().tick() == 1);
        StudioFx.setParameter(robot, "steps", 300L);
        assertTrue(StudioFx.bannerShowing(robot));
        assertTrue(StudioFx.bannerText(robot).startsWith("steps takes effect when the run starts again"));
        robot.clickOn("Reset now");
        waitFor(() -> window.viewModel().runInfo() != null && window.viewModel().runInfo().totalTicks() == 300);
    }

    @Test
    void aLiveChangeAppliesWithoutReset(FxRobot robot) throws Exception {
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        robot.clickOn("#step");
        waitFor(() -> window.viewModel().tick() == 1);
        StudioFx.setParameter(robot, "upProbability", 1.0);
        waitFor(() -> window.viewModel().scenarioShown().parameters().getDouble("upProbability") == 1.0);
        assertTrue(!StudioFx.bannerShowing(robot), "no reset offered for a live parameter");
        assertEquals(0.5, fx(() -> window.viewModel().runInfo().scenario().parameters().getDouble("upProbability")),
                "the run was not restarted: it started with 0.5 and goes on with 1.0");
    }

    @Test
    void aLiveChangeIsMarkedOnTheChartsLoggedAndKeptInTheExport(FxRobot robot) throws Exception {
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        for (int i = 1; i <= 3; i++) {
            int done = i;
            robot.clickOn("#step");
            waitFor(() -> window.viewModel().tick() == done);
        }
        StudioFx.setParameter(robot, "upProbability", 1.0);
        LiveChart chart = StudioFx.liveCharts(robot).get(0);
        waitFor(() -> chart.changeMarks().size() == 1);
        assertEquals(List.of("upProbability 0.5 → 1"), fx(chart::changeMarks));
        assertEquals(List.of(4.0), fx(chart::changeMarkXs), "marked at the first step taken with the new value");
        EventLogPane log = window.eventLog();
        List<org.feedbackstudio.core.SimEvent> changes = fx(() -> log.lines("parameter"));
        assertEquals(1, changes.size());
        assertEquals(4, changes.get(0).tick());
        assertEquals("upProbability 0.5 → 1 (changed live after tick 3)", changes.get(0).text());
        // The kept overlay is named by what sets the run apart from the scenario it came from.
        fx(() -> {
            chart.keepAsOverlay();
            return null;
        });
        assertTrue(fx(() -> chart.overlayNames()).stream().allMatch(n -> n.startsWith("seed 1 · upProbability 1: ")),
                fx(() -> chart.overlayNames()).toString());
        robot.clickOn("#play");
        waitFor(() -> window.viewModel().runState() == RunState.FINISHED);
        Path csv = dir.resolve("walk.csv");
        fx(() -> {
            window.exportCsv(csv);
            return null;
        });
        List<String> beside = Files.readAllLines(dir.resolve("walk-changes.jsonl"));
        assertEquals(1, beside.size());
        assertTrue(beside.get(0).startsWith("{\"tick\":4,\"kind\":\"parameter\",") && beside.get(0).contains(
                "\"parameter\":\"upProbability\",\"from\":0.5,\"to\":1.0,\"afterTick\":3"), beside.get(0));
    }

    @Test
    void aBadScenarioFileChangesNothingAndSaysWhere(FxRobot robot) throws Exception {
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"simulator\": \"walk\", \"parameters\": {\"steps\": -3}}");
        boolean opened = fx(() -> window.openScenario(bad));
        assertTrue(!opened);
        String message = StudioFx.bannerText(robot);
        assertTrue(message.contains("bad.json:1:47: parameters.steps: -3 is out of range"), message);
        assertEquals(1000, window.viewModel().scenarioShown().parameters().getInt("steps"), "nothing changed");
    }

    @Test
    void aSweepPlotsFinalValuesAndTheirLogLogSlope(FxRobot robot) throws Exception {
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        StudioFx.setParameter(robot, "upProbability", 1.0);
        SweepViewModel sweep = window.viewModel().sweep();
        StudioFx.sweep(sweep, "steps", "10", "1000", 3, 2, List.of("position"));
        waitFor(() -> !sweep.running().get());
        assertEquals(3, (int) fx(() -> sweep.series().get().get("position").size()));
        assertEquals(3, (int) fx(() -> StudioFx.sweepChartPoints(robot, "Position")),
                "and the chart shows them, named in words");
        String message = fx(() -> sweep.message().get());
        // Always up: the final position equals the number of steps, a power law of exponent 1.
        assertTrue(message.contains("Done: 6 runs") && message.contains("position slope 1.00"), message);
    }

    @Test
    void exportsChartsDataAndScenario(FxRobot robot) throws Exception {
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        robot.clickOn("#play");
        waitFor(() -> window.viewModel().runState() == RunState.FINISHED);
        Path png = dir.resolve("walk.png");
        Path svg = dir.resolve("walk.svg");
        Path csv = dir.resolve("walk.csv");
        Path json = dir.resolve("walk.json");
        fx(() -> {
            window.exportChart("Walk", "png", png);
            window.exportChart("Walk", "svg", svg);
            window.exportCsv(csv);
            window.saveScenario(json);
            return null;
        });
        byte[] header = Files.readAllBytes(png);
        assertEquals((byte) 0x89, header[0]);
        assertEquals('P', header[1]);
        assertTrue(Files.readString(svg).contains("<svg"));
        // The exported chart says which run it shows: the scenario, the seed, what differs from the defaults.
        assertTrue(Files.readString(svg).contains("Random walk (test fixture) · seed 1 · all parameters at their defaults"),
                "the subtitle names the run");
        List<String> rows = Files.readAllLines(csv);
        assertEquals("tick,position,maxPosition,hundreds", rows.get(0));
        assertEquals("1000", rows.get(rows.size() - 1).split(",")[0]);
        assertTrue(fx(() -> window.openScenario(json)));
    }
}
