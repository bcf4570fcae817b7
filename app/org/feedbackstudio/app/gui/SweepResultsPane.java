package org.feedbackstudio.app.gui;

import org.feedbackstudio.app.gui.charts.AxisTitles;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.feedbackstudio.app.gui.charts.Palette;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Sweep tab's results view: Open sweep folder… reads any folder a sweep wrote (command line, studio or
 * cluster); a heat map shows a metric's mean over two varied parameters; beside it, each condition's
 * difference from the first, paired by seed, with its 95% interval, along the heat map's x parameter, and
 * the runs of one grid point as series — a click on one opens it as a normal run with its seed. The
 * {@link SweepResultsViewModel} computes; this pane draws.
 */
final class SweepResultsPane {
    private static final String DIFFERENCE_TITLE = "Difference from the first condition, paired by seed";
    private static final Color[] VIRIDIS = {Color.web("#440154"), Color.web("#414487"), Color.web("#2a788e"),
        Color.web("#22a884"), Color.web("#7ad151"), Color.web("#fde725")};

    private final SweepResultsViewModel model;
    private final Supplier<Window> owner;
    private final Consumer<Scenario> openRun;
    private final BorderPane pane = new BorderPane();
    private final Label message = new Label("Open a folder written by sweep --out (on this machine or a cluster) "
            + "to see heat maps, condition comparisons and runs.");
    private final ComboBox<String> metric = new ComboBox<>();
    private final ComboBox<String> condition = new ComboBox<>();
    private final ComboBox<String> x = new ComboBox<>();
    private final ComboBox<String> y = new ComboBox<>();
    private final FlowPane at = new FlowPane(8, 6);
    private final Map<String, ComboBox<String>> atChoices = new LinkedHashMap<>();
    private final CanvasPane heatMap = new CanvasPane(this::drawHeatMap, 520, 420);
    private final YIntervalSeriesCollection differences = new YIntervalSeriesCollection();
    private final XYPlot differencePlot;
    private final JFreeChart differenceChart;
    private final XYSeriesCollection runs = new XYSeriesCollection();
    private final XYPlot runsPlot;
    private final List<SweepResultsViewModel.RunLine> shownRuns = new ArrayList<>();
    private final Label runsHint = new Label();
    private SweepResultsViewModel.HeatMap shownMap;
    private boolean filling;

    SweepResultsPane(SweepResultsViewModel model, Supplier<Window> owner, Consumer<Scenario> openRun) {
        this.model = model;
        this.owner = owner;
        this.openRun = openRun;
        Button open = new Button("Open sweep folder…");
        open.setId("sweep-open-folder");
        open.setOnAction(e -> chooseFolder());
        metric.setId("results-metric");
        x.setId("results-x");
        y.setId("results-y");
        condition.setId("results-condition");
        for (ComboBox<String> c : List.of(metric, condition, x, y)) {
            c.setOnAction(e -> refresh());
        }
        metric.setPrefWidth(220);
        FlowPane controls = new FlowPane(8, 6, open, new Label("Metric"), metric, new Label("Condition"), condition,
                new Label("x"), x, new Label("y"), y);
        controls.setAlignment(Pos.CENTER_LEFT);
        at.setAlignment(Pos.CENTER_LEFT);
        message.setWrapText(true);
        VBox top = new VBox(6, controls, at, message);
        top.setPadding(new Insets(6, 8, 6, 8));
        pane.setTop(top);

        differencePlot = new XYPlot(differences, new NumberAxis("x"), new NumberAxis("difference"), errorRenderer());
        differencePlot.addRangeMarker(new ValueMarker(0, java.awt.Color.GRAY, new BasicStroke(1f)));
        differenceChart = chart(differencePlot, DIFFERENCE_TITLE);
        ChartViewer differenceViewer = new ChartViewer(differenceChart);
        differenceViewer.setId("results-differences");
        AxisTitles.keepWhole(differenceViewer);

        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        runsPlot = new XYPlot(runs, new NumberAxis("tick"), new NumberAxis("value"), lines);
        ChartViewer runsViewer = new ChartViewer(chart(runsPlot, "Runs at the chosen point: click one to open it"));
        runsViewer.setId("results-runs");
        AxisTitles.keepWhole(runsViewer);
        runsViewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getEntity() instanceof XYItemEntity item) {
                    openRun(item.getSeriesIndex());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
            }
        });
        runsHint.setWrapText(true);
        runsHint.setPadding(new Insets(4, 8, 4, 8));
        BorderPane runsPane = new BorderPane(runsViewer);
        runsPane.setTop(runsHint);

        TabPane right = new TabPane(new Tab("Conditions", differenceViewer), new Tab("Runs", runsPane));
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        heatMap.setId("results-heat-map");
        SplitPane split = new SplitPane(heatMap, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        pane.setCenter(split);
    }

    Node node() {
        return pane;
    }

    /** Opens a folder (the button's action, and for tests and scripted screenshots). */
    void open(File dir) {
        try {
            message.setText(model.open(dir.toPath()));
        } catch (ScenarioException e) {
            message.setText("Cannot open " + dir + ": " + e.getMessage());
            return;
        }
        filling = true;
        metric.getItems().setAll(model.metrics());
        metric.getSelectionModel().selectFirst();
        condition.getItems().setAll(model.conditions());
        condition.getSelectionModel().select(model.conditions().size() - 1);
        List<String> axes = model.axes();
        x.getItems().setAll(axes);
        y.getItems().setAll(axes);
        if (!axes.isEmpty()) {
            x.getSelectionModel().select(0);
            y.getSelectionModel().select(axes.size() > 1 ? 1 : 0);
        }
        at.getChildren().clear();
        atChoices.clear();
        for (String a : axes) {
            ComboBox<String> values = new ComboBox<>();
            values.getItems().setAll(model.values(a));
            values.getSelectionModel().selectFirst();
            values.setOnAction(e -> refresh());
            atChoices.put(a, values);
            at.getChildren().addAll(new Label(a + " at"), values);
        }
        filling = false;
        refresh();
    }

    /** Chooses what to show by the names the controls offer (for tests and scripted screenshots). */
    void show(String metricName, String conditionName, String xAxis, String yAxis) {
        filling = true;
        metric.getSelectionModel().select(metricName);
        condition.getSelectionModel().select(conditionName);
        x.getSelectionModel().select(xAxis);
        y.getSelectionModel().select(yAxis);
        filling = false;
        refresh();
    }

    /** The runs drawn now, in the order of the chart's series. */
    List<SweepResultsViewModel.RunLine> shownRuns() {
        return List.copyOf(shownRuns);
    }

    /** Opens the i-th drawn run as a normal run with its seed (what a click on its line does). */
    void openRun(int i) {
        if (i >= 0 && i < shownRuns.size()) {
            openRun.accept(model.scenario(shownRuns.get(i).task()));
        }
    }

    /** The paired differences drawn now: one series per compared condition. */
    int differenceSeries() {
        return differences.getSeriesCount();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open sweep folder");
        File dir = chooser.showDialog(owner.get());
        if (dir != null) {
            open(dir);
        }
    }

    private Map<String, Integer> atIndices() {
        Map<String, Integer> out = new LinkedHashMap<>();
        atChoices.forEach((a, c) -> out.put(a, Math.max(0, c.getSelectionModel().getSelectedIndex())));
        return out;
    }

    private void refresh() {
        if (filling || !model.isOpen() || metric.getValue() == null) {
            return;
        }
        String m = metric.getValue();
        int c = Math.max(0, condition.getSelectionModel().getSelectedIndex());
        String xAxis = x.getValue();
        String yAxis = y.getValue();
        Map<String, Integer> chosen = atIndices();
        shownMap = xAxis == null || yAxis == null ? null : model.heatMap(m, c, xAxis, yAxis, chosen);
        heatMap.redraw();

        differences.removeAllSeries();
        List<SweepResultsViewModel.DifferenceLine> lines = model.differences(m, xAxis, chosen);
        for (int i = 0; i < lines.size(); i++) {
            YIntervalSeries s = new YIntervalSeries(lines.get(i).label());
            for (double[] p : lines.get(i).points()) {
                if (!Double.isNaN(p[1])) {
                    s.add(p[0], p[1], Double.isNaN(p[2]) ? p[1] : p[2], Double.isNaN(p[3]) ? p[1] : p[3]);
                }
            }
            differences.addSeries(s);
            differencePlot.getRenderer().setSeriesPaint(i, Palette.color(i));
            differencePlot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
        }
        differencePlot.setDomainAxis(axis(xAxis == null ? "" : xAxis, xAxis != null && model.isLogSpaced(xAxis)));
        differencePlot.setRangeAxis(axis(m + " difference", false));
        differenceChart.setTitle(lines.isEmpty() ? "One condition: nothing to compare" : DIFFERENCE_TITLE);

        runs.removeAllSeries();
        shownRuns.clear();
        try {
            List<SweepResultsViewModel.RunLine> runLines = model.runs(m, c, chosen);
            for (SweepResultsViewModel.RunLine r : runLines) {
                XYSeries s = new XYSeries(r.label(), false, true);
                for (int i = 0; i < r.ticks().length; i++) {
                    s.add(r.ticks()[i], r.values()[i]);
                }
                runs.addSeries(s);
                runsPlot.getRenderer().setSeriesPaint(shownRuns.size(), Palette.color(shownRuns.size()));
                runsPlot.getRenderer().setSeriesStroke(shownRuns.size(), new BasicStroke(1.6f));
                shownRuns.add(r);
            }
            runsPlot.setRangeAxis(axis(m, false));
            runsHint.setText(!model.keptSeries() ? "This sweep kept final values only; run an experiment with "
                    + "\"keep\": {\"series\": {\"every\": N}} to see its runs here."
                    : runLines.isEmpty() ? "No run of this point is done yet."
                    : runLines.size() + " runs at the chosen point (\"at\" values above); click one to open it "
                    + "as a normal run with its seed.");
        } catch (IOException e) {
            runsHint.setText("Cannot read the series: " + e.getMessage());
        }
    }

    private static ValueAxis axis(String label, boolean log) {
        if (log) {
            LogAxis a = new org.feedbackstudio.app.gui.charts.ReadableLogAxis(label); // decades, 2 and 5 when few
            a.setSmallestValue(1e-9);
            return a;
        }
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        a.setNumberFormatOverride(org.feedbackstudio.app.gui.kit.Numbers.axisFormat(a));
        return a;
    }

    private static XYErrorRenderer errorRenderer() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setErrorStroke(new BasicStroke(1.2f));
        r.setCapLength(6);
        return r;
    }

    private static JFreeChart chart(XYPlot plot, String title) {
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(new java.awt.Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new java.awt.Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13),
                plot, true);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    /** A value in [0, 1] on the viridis scale (dark blue to yellow), readable in grey too. */
    static Color colour(double t) {
        double s = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) s, VIRIDIS.length - 2);
        return VIRIDIS[i].interpolate(VIRIDIS[i + 1], s - i);
    }

    private void drawHeatMap() {
        GraphicsContext g = heatMap.canvas().getGraphicsContext2D();
        double w = heatMap.canvas().getWidth();
        double h = heatMap.canvas().getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        SweepResultsViewModel.HeatMap map = shownMap;
        if (map == null) {
            return;
        }
        double left = 86;
        double top = 34;
        double right = 104;
        double bottom = 54;
        int nx = map.xLabels().size();
        int ny = map.yLabels().size();
        double cw = Math.max(4, (w - left - right) / nx);
        double ch = Math.max(4, (h - top - bottom) / ny);
        g.setFill(Color.BLACK);
        g.setFont(Font.font("SansSerif", 13));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(metric.getValue() + (condition.getValue() == null || condition.getValue().isEmpty() ? ""
                : " — " + condition.getValue()), 10, top / 2);
        g.setFont(Font.font("SansSerif", 11));
        // Values that span decades get a logarithmic colour scale, so that small ones do not all look alike.
        boolean logColours = map.min() > 0 && map.max() / map.min() > 20;
        double low = logColours ? Math.log(map.min()) : map.min();
        double range = (logColours ? Math.log(map.max()) : map.max()) - low;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double v = map.cells()[j][i];
                double cx = left + i * cw;
                double cy = top + (ny - 1 - j) * ch; // y grows upwards
                double t = range > 0 ? ((logColours ? Math.log(v) : v) - low) / range : 0.5;
                g.setFill(Double.isNaN(v) ? Color.gray(0.9) : colour(t));
                g.fillRect(cx, cy, cw - 1, ch - 1);
                if (!Double.isNaN(v) && cw > 40 && ch > 16) {
                    g.setFill(t > 0.6 ? Color.BLACK : Color.WHITE);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.fillText(number(v), cx + cw / 2, cy + ch / 2);
                }
            }
        }
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < nx; i++) {
            g.fillText(map.xLabels().get(i), left + (i + 0.5) * cw, top + ny * ch + 12);
        }
        g.fillText(map.x(), left + nx * cw / 2, top + ny * ch + 34);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int j = 0; j < ny; j++) {
            g.fillText(map.yLabels().get(j), left - 6, top + (ny - 1 - j + 0.5) * ch);
        }
        g.save();
        g.translate(14, top + ny * ch / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(map.y(), 0, 0);
        g.restore();
        // Colour key
        double kx = left + nx * cw + 16;
        double kh = ny * ch;
        for (int k = 0; k < 100; k++) {
            g.setFill(colour(1 - k / 99.0));
            g.fillRect(kx, top + k * kh / 100, 14, kh / 100 + 1);
        }
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.LEFT);
        if (!Double.isInfinite(map.max())) {
            g.fillText(number(map.max()), kx + 18, top + 6);
            g.fillText(number(map.min()), kx + 18, top + kh - 6);
            g.fillText(number(logColours ? Math.exp(low + range / 2) : low + range / 2), kx + 18, top + kh / 2);
            g.fillText(logColours ? "mean (log scale)" : "mean over seeds", kx - 4, top + kh + 14);
        }
    }

    private static String number(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-2)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.3f", v);
    }
}
