package org.feedbackstudio.app.gui;

import org.feedbackstudio.app.gui.charts.AxisTitles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.controlsfx.control.CheckComboBox;
import org.feedbackstudio.app.gui.charts.Palette;
import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterType;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Simulator;
import org.feedbackstudio.core.Statistics;
import org.feedbackstudio.core.Sweep;
import org.jfree.chart.JFreeChart;
import org.feedbackstudio.app.gui.charts.ReadableLogAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The Sweep tab: vary one numeric parameter over a range, run several seeds at each value in the
 * background, and plot each chosen metric's final value (mean ± standard error) against it — on log–log
 * axes with the fitted slope, to compare with a theoretical rate. Progress shows; Cancel stops it. The
 * {@link SweepViewModel} decides and computes; this pane binds its controls to it and draws.
 */
final class SweepPane {
    private final SweepViewModel model;
    private final BorderPane pane = new BorderPane();
    private final javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(pane);
    private final ComboBox<String> parameter = new ComboBox<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Spinner<Integer> count = new Spinner<>(2, 40, 6);
    private final Spinner<Integer> seeds = new Spinner<>(1, 100, 4);
    private final CheckBox logX = new CheckBox("log x");
    private final CheckBox logY = new CheckBox("log y");
    private final CheckComboBox<String> metrics = new CheckComboBox<>();
    private final Button run = new Button("Run sweep");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    private final XYErrorRenderer renderer = new XYErrorRenderer();
    private final XYPlot plot;
    private final JFreeChart chart;
    private boolean syncingChecks;

    SweepPane(SweepViewModel model) {
        this.model = model;
        plot = new XYPlot(data, new NumberAxis("parameter"), new NumberAxis("final value"), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainMinorGridlinePaint(new Color(0xEBEBEB));
        plot.setRangeMinorGridlinePaint(new Color(0xEBEBEB));
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(1.2f));
        renderer.setCapLength(6);
        chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 14)); // space between entries
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("sweep-chart");
        AxisTitles.keepWhole(viewer);

        parameter.setId("sweep-parameter");
        parameter.setItems(model.parameters());
        parameter.valueProperty().bindBidirectional(model.parameter());
        from.setPrefColumnCount(7);
        to.setPrefColumnCount(7);
        from.textProperty().bindBidirectional(model.from());
        to.textProperty().bindBidirectional(model.to());
        // Widths in em: the spinners stay readable in presentation mode's larger text.
        count.setStyle("-fx-pref-width: 5.5em;");
        seeds.setStyle("-fx-pref-width: 5.5em;");
        typeable(count);
        typeable(seeds);
        count.getValueFactory().valueProperty().bindBidirectional(model.values());
        seeds.getValueFactory().valueProperty().bindBidirectional(model.seeds());
        count.setTooltip(new Tooltip("How many values between from and to"));
        seeds.setTooltip(new Tooltip("Runs (replicate seeds) per value; the chart shows mean ± standard error"));
        logX.selectedProperty().bindBidirectional(model.logX());
        logY.selectedProperty().bindBidirectional(model.logY());
        model.logX().addListener((o, a, b) -> axes());
        model.logY().addListener((o, a, b) -> axes());
        metrics.setStyle("-fx-pref-width: 13em;");
        metrics.setId("sweep-metrics");
        metrics.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String metric) {
                return metric == null ? "" : model.label(metric);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        metrics.getItems().setAll(model.metrics());
        model.metrics().addListener((javafx.collections.ListChangeListener<String>) c -> {
            syncingChecks = true;
            metrics.getItems().setAll(model.metrics());
            syncingChecks = false;
            showChecks();
        });
        model.checked().addListener((javafx.collections.ListChangeListener<String>) c -> showChecks());
        metrics.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!syncingChecks) {
                model.checked().setAll(List.copyOf(metrics.getCheckModel().getCheckedItems()));
            }
        });
        run.setId("sweep-run");
        run.setOnAction(e -> {
            plot.getDomainAxis().setLabel(axisLabel());
            model.run();
        });
        run.disableProperty().bind(model.running());
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.running().not());
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progress());
        message.textProperty().bind(model.message());
        message.setId("sweep-message");
        model.series().addListener((o, was, now) -> draw(now));
        FlowPane controls = new FlowPane(8, 6, new Label("Vary"), parameter, new Label("from"), from,
                new Label("to"), to, new Label("values"), count, new Label("seeds"), seeds, logX, logY,
                new Label("metrics"), metrics, run, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 8, 6, 8));
        message.setPadding(new Insets(0, 8, 6, 8));
        message.setWrapText(true);
        pane.setTop(new javafx.scene.layout.VBox(controls, message));
        pane.setCenter(viewer);
        // The controls take several lines in a narrow window or in presentation mode's larger text; the chart
        // keeps a readable height below them and the tab scrolls down to it rather than squeezing it flat.
        viewer.setMinHeight(240);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        axes();
    }

    Node node() {
        return scroll;
    }

    private String axisLabel() {
        Parameter<?> p = model.chosenParameter();
        return p == null ? "parameter" : p.name() + (p.unit().isEmpty() ? "" : " (" + p.unit() + ")");
    }

    /** The check boxes follow the view model's list of metrics to plot. */
    private void showChecks() {
        syncingChecks = true;
        try {
            metrics.getCheckModel().clearChecks();
            model.checked().forEach(m -> metrics.getCheckModel().check(m));
        } finally {
            syncingChecks = false;
        }
        // The box names how many are chosen; which ones is in its list and its tooltip, not cut short.
        List<String> chosen = model.checked();
        metrics.setTitle(chosen.isEmpty() ? "none chosen" : chosen.size() + " of " + model.metrics().size()
                + " metrics");
        metrics.setTooltip(new Tooltip(chosen.isEmpty() ? "Choose the metrics to plot"
                : "Plotted: " + String.join(", ", chosen.stream().map(model::label).toList())));
    }

    /** Draws each metric's points, mean ± standard error; references (a theoretical rate) dashed. */
    private void draw(Map<String, List<SweepViewModel.Point>> series) {
        data.removeAllSeries();
        int colour = 0;
        for (Map.Entry<String, List<SweepViewModel.Point>> e : series.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(model.label(e.getKey())); // words, not file names
            for (SweepViewModel.Point p : e.getValue()) {
                s.add(p.x(), p.mean(), p.mean() - p.standardError(), p.mean() + p.standardError());
            }
            data.addSeries(s);
            int index = data.getSeriesCount() - 1;
            if (model.references().contains(e.getKey())) {
                renderer.setSeriesPaint(index, new Color(0x444444));
                renderer.setSeriesStroke(index, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                        10f, new float[] {7f, 5f}, 0f));
            } else {
                renderer.setSeriesPaint(index, Palette.color(colour++));
                renderer.setSeriesStroke(index, new BasicStroke(2f));
            }
        }
        decadeTicks();
    }

    private void axes() {
        String xLabel = plot.getDomainAxis() == null ? "parameter" : plot.getDomainAxis().getLabel();
        String yLabel = "final value (mean ± s.e.)";
        ValueAxis x = logX.isSelected() ? new ReadableLogAxis(xLabel) : new NumberAxis(xLabel);
        ValueAxis y = logY.isSelected() ? new ReadableLogAxis(yLabel) : new NumberAxis(yLabel);
        if (x instanceof NumberAxis nx) {
            nx.setAutoRangeIncludesZero(false);
        }
        if (y instanceof NumberAxis ny) {
            ny.setAutoRangeIncludesZero(false);
        }
        if (y instanceof LogAxis ly) {
            ly.setSmallestValue(1e-6);
        }
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        decadeTicks();
    }

    /**
     * Log axes label the powers of ten, with 2 and 5 between when they span few decades, as on log–log
     * paper, never exponents such as 10^4.2 (see {@link ReadableLogAxis}); linear axes never switch to
     * scientific notation.
     */
    private void decadeTicks() {
        for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            if (axis instanceof NumberAxis number) {
                number.setNumberFormatOverride(org.feedbackstudio.app.gui.kit.Numbers.axisFormat(number));
            }
        }
    }

    /** Lets a spinner take a typed number when focus leaves it, not only on Enter; bad text reverts. */
    private static void typeable(Spinner<Integer> spinner) {
        spinner.setEditable(true);
        spinner.getEditor().focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                try {
                    spinner.getValueFactory().setValue(Integer.parseInt(spinner.getEditor().getText().strip()));
                } catch (NumberFormatException e) {
                    spinner.getEditor().setText(String.valueOf(spinner.getValue()));
                }
            }
        });
    }
}
