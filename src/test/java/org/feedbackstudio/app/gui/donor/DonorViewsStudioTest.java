package org.feedbackstudio.app.gui.donor;

import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.feedbackstudio.app.gui.StudioWindow;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.donor.AgentTile;
import org.feedbackstudio.donor.DonorSnapshot;
import org.feedbackstudio.donor.GenerationSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.feedbackstudio.app.gui.StudioFx;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Donor Game's views in the studio, headless, on the real catalog and its presets. */
@ExtendWith(ApplicationExtension.class)
class DonorViewsStudioTest {
    private static final String PAPER = "Paper: 12 agents, 10 generations";

    private StudioWindow window;
    private final Catalog catalog = Catalog.standard();

    @Start
    void start(Stage stage) {
        window = new StudioWindow(catalog, () -> stage);
        StudioFx.show(stage, window);
    }

    @AfterEach
    void close() {
        window.close();
    }



    private Scenario preset(String title) throws Exception {
        for (Preset p : Presets.of(catalog, "donor-game")) {
            if (p.title().equals(title)) {
                return p.scenario();
            }
        }
        throw new AssertionError("no preset " + title);
    }

    private void showTab(FxRobot robot, String title) throws Exception {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        fx(() -> {
            for (Tab t : tabs.getTabs()) {
                if (t.getText().equals(title)) {
                    tabs.getSelectionModel().select(t);
                    return null;
                }
            }
            throw new AssertionError("no tab " + title);
        });
    }

    private DonorSnapshot snapshot() throws Exception {
        return window.inspect(DonorSnapshot.class).get(30, TimeUnit.SECONDS).detail();
    }

    private static AgentTile tile(DonorSnapshot s, String name) {
        return s.agents().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void thePaperPresetShowsOneTilePerAgentAndAClickedTileShowsThatAgent(FxRobot robot) throws Exception {
        fx(() -> {
            window.load(preset(PAPER));
            return null;
        });
        showTab(robot, "Population");
        PopulationView view = PopulationView.of(robot.lookup("#" + PopulationView.ID).query());
        assertNotNull(view);
        waitFor(() -> view.shownTick() == 0);
        robot.clickOn("#play");
        waitFor(() -> view.shownTick() == 240);

        DonorSnapshot s = snapshot();
        assertEquals(240, s.tick());
        assertEquals(12, s.agents().size());
        assertEquals(12, (int) fx(view::tilesDrawn), "one tile per agent");
        long survivors = s.agents().stream().filter(t -> t.born() < s.generation()).count();
        assertEquals(List.of("Survivors of earlier generations · " + survivors,
                "Newcomers of generation 10 · " + (12 - survivors)), fx(view::headings));

        // Click the tile of a newcomer (it has a parent, and it has been a donor this generation).
        AgentTile chosen = s.agents().stream().filter(t -> t.born() == 10).findFirst().orElseThrow();
        Point2D centre = fx(() -> view.canvas().localToScreen(view.tileCentre(chosen.name())));
        robot.clickOn(centre);
        waitFor(() -> chosen.name().equals(view.selected()));

        Label name = robot.lookup("#donor-detail-name").queryAs(Label.class);
        Label strategy = robot.lookup("#donor-detail-strategy").queryAs(Label.class);
        assertEquals(chosen.name(), name.getText());
        assertEquals("“" + chosen.strategy().sentence() + "”", strategy.getText());
        assertTrue(strategy.getText().startsWith("“My strategy will be"), strategy.getText());
        List<String> shown = traceShown(robot);
        assertEquals(chosen.lastTraceLines(), shown, "the last record, line for line as the donor read it");
        assertTrue(shown.get(0).startsWith("In round "), shown.get(0));
        assertTrue(s.agents().stream().anyMatch(t -> t.name().equals(chosen.parent())),
                "a newcomer's parent survived into this generation");
        assertTrue(robot.lookup("#donor-agent-details .hyperlink").queryAll().stream()
                .anyMatch(n -> ((Hyperlink) n).getText().equals(chosen.parent())), "its parent is a link");
        // The run is over: the last generation has no next one, so its rank is told without one.
        String details = fx(() -> robot.lookup("#donor-agent-details .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("\n")));
        assertTrue(details.contains("Rank "), details);
        assertFalse(details.contains("next generation") || details.contains("replaced by a newcomer"), details);
        assertTrue(details.contains("among the best, who would survive") || details.contains("not among the best"),
                details);

        // The package hook selects without a click: a survivor, with its own sentence.
        AgentTile other = s.agents().stream().filter(t -> t.born() < 10).findFirst().orElseThrow();
        fx(() -> {
            view.select(other.name());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("“" + tile(s, other.name()).strategy().sentence() + "”",
                robot.lookup("#donor-detail-strategy").queryAs(Label.class).getText());
        assertEquals(other.lastTraceLines(), traceShown(robot));
    }

    private static List<String> traceShown(FxRobot robot) {
        VBox box = robot.lookup("#donor-detail-trace").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void theDonationMapHoldsTheSimulationsHistograms(FxRobot robot) throws Exception {
        fx(() -> {
            window.load(preset(PAPER));
            return null;
        });
        showTab(robot, "Donations");
        DonationsView view = DonationsView.of(robot.lookup("#" + DonationsView.ID).query());
        assertNotNull(view);
        robot.clickOn("#play");
        waitFor(() -> view.shownTick() == 240 && view.grid() != null && view.grid().finished() == 10);

        DonorSnapshot s = snapshot();
        DonationGrid grid = fx(view::grid);
        assertEquals(1, grid.generationsPerColumn(), "ten generations, one column each");
        assertEquals(10, grid.columns());
        assertEquals(s.histogramBins(), grid.bins());
        for (GenerationSummary g : s.history()) {
            int c = grid.columnOf(g.generation());
            assertEquals(g.encounters(), grid.total(c), "generation " + g.generation());
            for (int b = 0; b < grid.bins(); b++) {
                long count = g.donationHistogram().get(b);
                assertEquals(count, grid.count(c, b), "generation " + g.generation() + ", bin " + b);
                assertEquals((double) count / g.encounters(), grid.share(c, b), 1e-12);
            }
            assertEquals(g.donationFraction(), grid.meanDonation(c), 1e-12);
        }
        for (int c = 0; c < grid.columns(); c++) {
            assertTrue(!grid.inPlay(c), "the run is over: no generation in play");
        }
    }

    @Test
    void aGenerationJustEndedIsShownOnceAndOneInPlayShowsItsDonationsSoFar(FxRobot robot) throws Exception {
        Scenario paper = preset(PAPER);
        fx(() -> {
            window.load(paper.withStopAfter(24)); // the end of generation 1
            return null;
        });
        showTab(robot, "Donations");
        DonationsView view = DonationsView.of(robot.lookup("#" + DonationsView.ID).query());
        robot.clickOn("#play");
        waitFor(() -> view.shownTick() == 24 && view.grid() != null);
        DonorSnapshot ended = snapshot();
        assertTrue(ended.generationEnded());
        DonationGrid grid = fx(view::grid);
        assertEquals(ended.history().get(0).encounters(), grid.total(0));
        assertEquals(0, grid.total(1), "generation 2 has not started");
        assertTrue(!grid.inPlay(0) && !grid.inPlay(1));

        fx(() -> {
            window.load(paper.withStopAfter(30)); // round 6 of generation 2's first game
            return null;
        });
        robot.clickOn("#play");
        waitFor(() -> view.shownTick() == 30 && view.grid() != null);
        DonorSnapshot during = snapshot();
        DonationGrid now = fx(view::grid);
        assertTrue(now.inPlay(1));
        for (int b = 0; b < now.bins(); b++) {
            assertEquals((long) during.currentHistogram().get(b), now.count(1, b), "bin " + b);
        }
        assertEquals(6 * 6, now.total(1), "six rounds of six donors");
    }

    @Test
    void tenThousandAgentsAllGetATile(FxRobot robot) throws Exception {
        Scenario paper = preset(PAPER);
        fx(() -> {
            window.load(paper.withParameters(paper.parameters().with("agents", 10_000L)));
            return null;
        });
        showTab(robot, "Population");
        PopulationView view = PopulationView.of(robot.lookup("#" + PopulationView.ID).query());
        robot.clickOn("#step");
        waitFor(() -> view.shownTick() == 1);
        assertEquals(10_000, (int) fx(view::tilesDrawn));
        assertTrue(fx(view::allTilesFit), "every tile fits at " + fx(view::tileSize) + " px");
        assertEquals(List.of("First generation · 10,000"), fx(view::headings));

        DonorSnapshot s = snapshot();
        AgentTile donor = s.agents().stream().filter(t -> t.donations() == 1).findFirst().orElseThrow();
        Point2D centre = fx(() -> view.canvas().localToScreen(view.tileCentre(donor.name())));
        robot.clickOn(centre);
        waitFor(() -> donor.name().equals(view.selected()));
        assertEquals("“" + donor.strategy().sentence() + "”",
                robot.lookup("#donor-detail-strategy").queryAs(Label.class).getText());
        assertEquals(donor.lastTraceLines(), traceShown(robot), "round 1: the donor was told there was no record");
    }

}
