package org.feedbackstudio.app.gui.charts;

import javafx.stage.Stage;
import org.feedbackstudio.core.ChartSpec;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.text.NumberFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A logarithmic y axis labels its ticks as plain numbers (a chart's viewer needs the JavaFX toolkit). */
@ExtendWith(ApplicationExtension.class)
class LiveChartLogAxisTest {

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    @Test
    void logTicksReadAsPlainNumbers() throws Exception {
        LiveChart chart = WaitForAsyncUtils.asyncFx(() -> new LiveChart(
                new ChartSpec("Score", "generation", "units", List.of("score"), null, true))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> chart.setLogScale(true)).get(10, TimeUnit.SECONDS);
        assertTrue(chart.chart().getXYPlot().getRangeAxis() instanceof LogAxis);
        NumberFormat format = ((LogAxis) chart.chart().getXYPlot().getRangeAxis()).getNumberFormatOverride();
        assertEquals("10", format.format(10.0));
        assertEquals("31.6", format.format(Math.pow(10, 1.5)));
        assertEquals("3,160", format.format(Math.pow(10, 3.5)));
        assertEquals("30,700", format.format(30_720.0), "three significant digits");
        assertEquals("0.00316", format.format(Math.pow(10, -2.5)));
        WaitForAsyncUtils.asyncFx(() -> chart.setLogScale(false)).get(10, TimeUnit.SECONDS);
        assertTrue(chart.chart().getXYPlot().getRangeAxis() instanceof NumberAxis);
    }
}
