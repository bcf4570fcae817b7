package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Experiment;
import org.feedbackstudio.core.ExperimentReader;
import org.feedbackstudio.core.ExperimentRunner;
import org.feedbackstudio.core.RunTask;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.ThreadsEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Sweep tab's results view model, as plain Java: what it shows of a folder a sweep wrote. */
class SweepResultsViewModelTest {
    private static final Catalog CATALOG = Catalog.standard();

    @TempDir
    Path dir;

    @Test
    void showsHeatMapsDifferencesAndRunsThatOpenWithTheirSeed() throws Exception {
        Experiment e = new ExperimentReader(CATALOG).read("""
                {"base": {"simulator": "switching-costs", "seed": 9, "parameters": {"learners": ["exp3"]}},
                 "vary": {"horizon": {"log": [200, 2000, 3]}, "actions": [2, 4]}, "replicates": 3,
                 "conditions": {"free": {"switchingCost": 0}, "charged": {"switchingCost": 1}},
                 "keep": {"series": {"every": 100}}}
                """, "study.json", null);
        new ExperimentRunner(e, dir).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());
        SweepResultsViewModel model = new SweepResultsViewModel(CATALOG);
        assertEquals("switching-costs: 2 conditions × 6 points × 3 seeds = 36 runs; 36 done.", model.open(dir));
        assertEquals(List.of("free", "charged"), model.conditions());
        assertEquals(List.of("horizon", "actions"), model.axes());
        assertEquals(List.of("200", "632", "2000"), model.values("horizon"));
        assertTrue(model.isLogSpaced("horizon"));

        SweepResultsViewModel.HeatMap map = model.heatMap("regret.exp3", 1, "horizon", "actions", Map.of());
        assertEquals(List.of("2", "4"), map.yLabels());
        double[][] folder = model.folder().heatMap(1, "regret.exp3", "horizon", "actions", Map.of());
        assertEquals(folder[1][2], map.cells()[1][2]);
        assertTrue(map.min() <= map.max());

        // With switches free and charged 1, EXP3's paired difference is its number of switches.
        List<SweepResultsViewModel.DifferenceLine> diff = model.differences("regret.exp3", "horizon",
                Map.of("actions", 1));
        assertEquals(1, diff.size());
        assertEquals("charged − free", diff.get(0).label());
        assertEquals(List.of(200.0, 632.0, 2000.0), diff.get(0).points().stream().map(p -> p[0]).toList());
        List<SweepResultsViewModel.DifferenceLine> switches = model.differences("switches.exp3", "horizon",
                Map.of("actions", 1));
        for (int i = 0; i < 3; i++) {
            assertTrue(diff.get(0).points().get(i)[1] > 0);
            assertEquals(0, switches.get(0).points().get(i)[1], 1e-9, "same seeds, same switches");
        }

        List<SweepResultsViewModel.RunLine> runs = model.runs("regret.exp3", 0, Map.of("horizon", 2, "actions", 0));
        assertEquals(3, runs.size());
        assertEquals(20, runs.get(0).ticks().length);
        RunTask task = runs.get(2).task();
        Scenario opened = model.scenario(task);
        assertEquals(Seeds.replicate(9, 2), opened.seed());
        assertEquals(2000L, opened.parameters().get("horizon"));
        assertEquals(0.0, opened.parameters().get("switchingCost"));
        assertTrue(opened.name().startsWith("Sweep run: free, "), opened.name());
    }

    @Test
    void aFolderThatHoldsNoSweepIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new SweepResultsViewModel(CATALOG).open(dir));
        assertTrue(e.getMessage().contains("holds no experiment.json"));
    }
}
