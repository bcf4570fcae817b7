package org.feedbackstudio.app.gui;

import javafx.stage.Stage;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Experiment;
import org.feedbackstudio.core.ExperimentReader;
import org.feedbackstudio.core.ExperimentRunner;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.ThreadsEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Sweep tab's results view in the studio, headless: a folder opens, and a run opens as a normal run. */
@ExtendWith(ApplicationExtension.class)
class SweepResultsStudioTest {
    private StudioWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(Catalog.standard(), () -> stage);
        StudioFx.show(stage, window);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aSweepFolderShowsItsConditionsAndARunOpensWithItsSeed(FxRobot robot) throws Exception {
        Experiment e = new ExperimentReader(Catalog.standard()).read("""
                {"base": {"simulator": "switching-costs", "seed": 3, "parameters": {"learners": ["exp3"]}},
                 "vary": {"horizon": [300, 600], "actions": [2, 3]}, "replicates": 2,
                 "conditions": {"free": {"switchingCost": 0}, "charged": {"switchingCost": 2}},
                 "keep": {"series": {"every": 50}}}
                """, "study.json", null);
        new ExperimentRunner(e, dir).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());
        robot.clickOn("Sweep");
        robot.clickOn("Results");
        fx(() -> {
            window.sweepResults().open(dir.toFile());
            return null;
        });
        assertTrue(robot.lookup("switching-costs: 2 conditions × 4 points × 2 seeds = 16 runs; 16 done.")
                .tryQuery().isPresent(), "the folder is described");
        assertEquals(1, (int) fx(() -> window.sweepResults().differenceSeries()), "charged − free");
        assertEquals(2, (int) fx(() -> window.sweepResults().shownRuns().size()), "the two seeds of the point");

        fx(() -> {
            window.sweepResults().openRun(1);
            return null;
        });
        waitFor(() -> window.viewModel().scenarioShown().seed() == Seeds.replicate(3, 1));
        assertEquals(2.0, fx(() -> window.viewModel().scenarioShown().parameters().get("switchingCost")));
        assertEquals(300L, fx(() -> window.viewModel().scenarioShown().parameters().get("horizon")));
    }
}
