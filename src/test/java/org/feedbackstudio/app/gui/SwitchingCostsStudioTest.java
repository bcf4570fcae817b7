package org.feedbackstudio.app.gui;

import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.feedbackstudio.app.gui.charts.LiveChart;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.regret.SwitchingCostsSimulator;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.BasicStroke;
import java.util.List;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio on the real catalog, driven like a user would, with the switching-costs simulator. */
@ExtendWith(ApplicationExtension.class)
class SwitchingCostsStudioTest {
    private static final String BATCHED = "regret, batched EXP3";
    private static final String THEORY = "theoretical rate (bandit, ∝ t^(2/3))";

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


    private LiveChart regretChart(FxRobot robot) throws Exception {
        return StudioFx.liveChart(robot, SwitchingCostsSimulator.REGRET_CHART);
    }

    /** Clicks a row of the catalog tree by its text, scrolling it into view first. */
    private void clickCatalogRow(FxRobot robot, String text) throws Exception {
        @SuppressWarnings("unchecked")
        TreeView<CatalogPane.Entry> tree = (TreeView<CatalogPane.Entry>) robot.lookup("#catalog").query();
        fx(() -> {
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                TreeItem<CatalogPane.Entry> item = tree.getTreeItem(row);
                if (item.getValue().toString().equals(text)) {
                    tree.scrollTo(row);
                }
            }
            return null;
        });
        // The tree lays its cells out on a later pulse: wait until the row's cell shows the text.
        waitFor(() -> robot.lookup(".tree-cell").match((TreeCell<?> c) -> text.equals(c.getText())).tryQuery()
                .isPresent());
        TreeCell<?> cell = robot.lookup(".tree-cell").match((TreeCell<?> c) -> text.equals(c.getText())).query();
        robot.clickOn(cell);
    }

    @Test
    void playingSwitchingCostsFillsTheRegretChartAndAdvancesTheStatusBar(FxRobot robot) throws Exception {
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        clickCatalogRow(robot, "Switching costs");
        waitFor(() -> window.viewModel().runInfo() != null
                && window.viewModel().runInfo().simulator().id().equals("switching-costs")
                && window.viewModel().runState() == RunState.READY);
        LiveChart chart = regretChart(robot);
        assertNotNull(chart, "the regret chart is shown");
        assertEquals(1, (int) fx(() -> chart.pointCount(BATCHED)), "only round 0 before play");
        assertEquals("round 0 of 100,000", StudioFx.statusTick(robot));

        robot.clickOn("#play");
        waitFor(() -> chart.pointCount(BATCHED) > 1
                && !robot.lookup("#status-tick").queryAs(javafx.scene.control.Label.class).getText()
                .equals("round 0 of 100,000"));
        int seen = fx(() -> chart.pointCount(BATCHED));
        waitFor(() -> window.viewModel().runState() == RunState.FINISHED);

        int last = fx(() -> chart.pointCount(BATCHED));
        assertTrue(seen > 1 && last >= seen, seen + " then " + last);
        assertEquals(100_001, last, "one point per round, round 0 included");
        assertEquals(last, (int) fx(() -> chart.pointCount(THEORY)), "the reference curve follows the run");
        assertEquals("round 100,000 of 100,000", StudioFx.statusTick(robot));
        // the theoretical rate is drawn dashed, the learner solid
        XYPlot plot = chart.chart().getXYPlot();
        BasicStroke theory = (BasicStroke) plot.getRenderer(0).getSeriesStroke(1);
        BasicStroke learner = (BasicStroke) plot.getRenderer(0).getSeriesStroke(0);
        assertNotNull(theory.getDashArray());
        assertNull(learner.getDashArray());
    }

    private Preset preset(String title) throws Exception {
        return Presets.of(catalog, "switching-costs").stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void sweepingTheHorizonFromTheBanditPresetShowsTheTwoThirdsSlope() throws Exception {
        Preset bandit = preset("Bandit feedback: regret grows like T^(2/3)");
        fx(() -> {
            window.load(bandit.scenario());
            return null;
        });
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        SweepViewModel sweep = window.viewModel().sweep();
        StudioFx.sweep(sweep, "horizon", "10000", "1000000", 5, 3, List.of("regret.batched-exp3", "rate.theory"));
        waitFor(() -> !sweep.running().get());
        assertEquals(5, (int) fx(() -> sweep.series().get().get("regret.batched-exp3").size()));
        String message = fx(() -> sweep.message().get());
        // Cheng, Zhou and Ji: Θ(T^(2/3)) under bandit feedback; the reference has exactly that slope
        assertTrue(message.contains("rate.theory slope 0.67 [reference]"), message);
        double slope = slopeOf(message, "regret.batched-exp3");
        assertTrue(slope > 0.6 && slope < 0.73, message);
    }

    @Test
    void sweepingTheHorizonFromTheFullInformationPresetShowsTheSquareRootSlope() throws Exception {
        fx(() -> {
            window.load(preset("Full information: regret grows like √T").scenario());
            return null;
        });
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        SweepViewModel sweep = window.viewModel().sweep();
        StudioFx.sweep(sweep, "horizon", "10000", "1000000", 6, 4, List.of("regret.lazy-hedge", "regret.hedge", "rate.theory"));
        waitFor(() -> !sweep.running().get());
        String message = fx(() -> sweep.message().get());
        // Θ(√T) under full information, reached by lazy Hedge (one run per seed, so a few hundredths of
        // noise, well clear of the bandit 2/3); Hedge pays switching fees of order T
        assertTrue(message.contains("rate.theory slope 0.50 [reference]"), message);
        double lazy = slopeOf(message, "regret.lazy-hedge");
        assertTrue(lazy > 0.38 && lazy < 0.58, message);
        assertTrue(slopeOf(message, "regret.hedge") > lazy + 0.15, message);
    }

    @Test
    void theSweepOffersTheHorizonAndFollowsThePresetsLearners() throws Exception {
        fx(() -> {
            window.load(preset("Bandit feedback: regret grows like T^(2/3)").scenario());
            return null;
        });
        assertEquals("horizon", fx(() -> window.viewModel().sweep().parameter().get()), "the first log-scale parameter");
        assertEquals(List.of("regret.batched-exp3", "regret.exp3", "rate.theory"),
                fx(() -> List.copyOf(window.viewModel().sweep().checked())));
        fx(() -> {
            window.load(preset("The B_ex phase transition").scenario());
            return null;
        });
        assertEquals(List.of("regret.batched-exp3", "regret.budgeted", "rate.theory"),
                fx(() -> List.copyOf(window.viewModel().sweep().checked())), "another lineup, other metrics");
        assertEquals("horizon", fx(() -> window.viewModel().sweep().parameter().get()), "the choice of parameter stays");
    }

    @Test
    void sweepingTheBudgetPastThePhaseTransitionShowsRegretFalling() throws Exception {
        Preset transition = preset("The B_ex phase transition");
        fx(() -> {
            window.load(transition.scenario());
            return null;
        });
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        SweepViewModel sweep = window.viewModel().sweep();
        StudioFx.sweep(sweep, "budget", "2000", "900000", 8, 2, List.of("regret.budgeted", "rate.theory"));
        waitFor(() -> !sweep.running().get());
        assertEquals(8, (int) fx(() -> sweep.series().get().get("regret.budgeted").size()));
        String message = fx(() -> sweep.message().get());
        // flat below the transition, slope −1/2 past it: the reference's upper half shows the −1/2
        assertTrue(message.contains("rate.theory slope") && message.contains("(upper half -0.50) [reference]"),
                message);
        assertTrue(slopeOf(message, "regret.budgeted") < -0.4, message);
    }

    private static double slopeOf(String message, String metric) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(metric) + " slope (-?\\d+\\.\\d+)").matcher(message);
        assertTrue(m.find(), message);
        return Double.parseDouble(m.group(1));
    }
}
