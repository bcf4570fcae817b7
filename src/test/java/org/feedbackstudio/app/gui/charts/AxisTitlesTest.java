package org.feedbackstudio.app.gui.charts;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.feedbackstudio.app.gui.LayoutCheck;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An axis title longer than its axis is shown above the plot, whole, and goes back beside the axis when the
 * chart grows; the layout check sees a title or a legend entry that would be cut.
 */
@ExtendWith(ApplicationExtension.class)
class AxisTitlesTest {
    private static final String LONG = "share of decisions that explore, per creator and round";
    private Stage stage;
    private ChartViewer viewer;
    private NumberAxis y;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        XYSeries s = new XYSeries("clicks");
        s.add(1, 2);
        s.add(2, 3);
        y = new NumberAxis(LONG);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("round"), y,
                new XYLineAndShapeRenderer());
        viewer = new ChartViewer(new JFreeChart(plot));
        stage.setScene(new Scene(new StackPane(viewer), 420, 220));
        stage.setWidth(420); // the same stage serves every test: undo an earlier test's resize
        stage.setHeight(220);
        stage.show();
    }

    private List<String> settle() throws Exception {
        for (int i = 0; i < 4; i++) {
            // Draw now (the canvas otherwise draws when the pulse comes), then let queued fits run.
            WaitForAsyncUtils.asyncFx(() -> viewer.getCanvas().draw()).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        return WaitForAsyncUtils.asyncFx(() -> LayoutCheck.problems(stage.getScene())).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aLongTitleMovesAboveThePlotAndComesBack() throws Exception {
        List<String> before = settle();
        assertTrue(before.stream().anyMatch(p -> p.startsWith("cut axis title")), "the check sees the cut: " + before);

        AxisTitles titles = WaitForAsyncUtils.asyncFx(() -> AxisTitles.keepWhole(viewer)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> viewer.getChart().fireChartChanged()).get(10, TimeUnit.SECONDS);
        List<String> small = settle();
        assertTrue(titles.isCaption(y), "moved above the plot");
        assertNull(y.getLabel());
        assertEquals(LONG, titles.title(y));
        assertTrue(viewer.getChart().getSubtitles().stream().anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle
                && ((org.jfree.chart.title.TextTitle) t).getText().contains(LONG)), "shown as a caption");
        assertTrue(small.isEmpty(), small.toString());

        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(900);
            stage.setHeight(700);
        }).get(10, TimeUnit.SECONDS);
        List<String> large = settle();
        assertFalse(titles.isCaption(y), "back beside its axis");
        assertEquals(LONG, y.getLabel());
        assertTrue(large.isEmpty(), large.toString());
    }

    @Test
    void theCheckSeesALegendEntryWiderThanTheChart() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            XYSeries s = new XYSeries("learning speed: the mean of a new task's first ten evaluations while it is "
                    + "being learned");
            s.add(1, 2);
            s.add(2, 3);
            viewer.getChart().getXYPlot().setDataset(new XYSeriesCollection(s));
        }).get(10, TimeUnit.SECONDS);
        List<String> found = settle();
        assertTrue(found.stream().anyMatch(p -> p.startsWith("cut legend entry")), found.toString());
    }
}
