package org.feedbackstudio.app.gui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.feedbackstudio.app.gui.parameters.ParameterItem;
import org.feedbackstudio.app.gui.parameters.ParameterSheet;
import org.feedbackstudio.app.gui.charts.LiveChart;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Shared steps of the headless studio tests: show a window, wait on the JavaFX thread, read from it. */
public final class StudioFx {
    private StudioFx() {
    }

    /** Puts the studio in the stage at a typical laptop size, with its stylesheet, and shows it. */
    public static void show(Stage stage, StudioWindow window) {
        show(stage, window, 1280, 800);
    }

    /** Puts the studio in the stage at this size, with its stylesheet, and shows it. */
    public static void show(Stage stage, StudioWindow window, double width, double height) {
        Scene scene = new Scene(window.root(), width, height);
        if (StudioFx.class.getClassLoader().getResource(StudioApp.STYLESHEET) == null) {
            throw new AssertionError("the studio's stylesheet is missing: " + StudioApp.STYLESHEET);
        }
        StudioApp.addStylesheet(scene);
        stage.setScene(scene);
        // The same stage serves every test class in the JVM: a size left by an earlier test must not carry over.
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
    }

    /** Waits (up to a minute, generous for loaded CI machines) until the condition holds on the FX thread. */
    public static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    /** Runs a call on the JavaFX thread and returns its result. */
    public static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
    }

    // What a user sees, read from the window's nodes.

    /** The live charts shown, in order. */
    public static List<LiveChart> liveCharts(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".live-chart").queryAll().stream().map(LiveChart::of).toList());
    }

    /** The live chart with this title, or null. */
    public static LiveChart liveChart(FxRobot robot, String title) throws Exception {
        return liveCharts(robot).stream().filter(c -> c.spec().title().equals(title)).findFirst().orElse(null);
    }

    /** The status bar's tick, e.g. "step 1,000 of 1,000". */
    public static String statusTick(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#status-tick").queryAs(Label.class).getText());
    }

    /** Lines in the event log. */
    public static int eventLines(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#event-log").queryAs(ListView.class).getItems().size());
    }

    /** Whether the banner above the tabs shows, and its text. */
    public static boolean bannerShowing(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#banner").query().isVisible());
    }

    public static String bannerText(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#banner-text").queryAs(Label.class).getText());
    }

    /** Commits a value in the parameter sheet, as its editor does. */
    public static void setParameter(FxRobot robot, String name, Object value) throws Exception {
        fx(() -> {
            ParameterSheet sheet = ParameterSheet.of(robot.lookup("#parameter-sheet").query());
            ParameterItem item = sheet.item(name);
            if (item == null) {
                throw new AssertionError("no parameter " + name + " in the sheet");
            }
            item.setValue(value);
            return null;
        });
    }

    /** Chooses a sweep in the Sweep tab's view model, as a user would in its controls, and starts it. */
    public static void sweep(SweepViewModel sweep, String parameter, String from, String to, int values, int seeds,
                             List<String> metrics) throws Exception {
        fx(() -> {
            sweep.parameter().set(parameter);
            sweep.from().set(from);
            sweep.to().set(to);
            sweep.values().set(values);
            sweep.seeds().set(seeds);
            sweep.checked().setAll(metrics);
            sweep.run();
            return null;
        });
    }

    /** Points the Sweep tab's chart plots for a metric, found by its legend label. */
    public static int sweepChartPoints(FxRobot robot, String metric) {
        org.jfree.data.xy.XYDataset data = robot.lookup("#sweep-chart")
                .queryAs(org.jfree.chart.fx.ChartViewer.class).getChart().getXYPlot().getDataset();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (data.getSeriesKey(i).equals(metric)) {
                return data.getItemCount(i);
            }
        }
        return 0;
    }
}
