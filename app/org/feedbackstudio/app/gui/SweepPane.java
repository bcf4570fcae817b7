package org.feedbackstudio.app.gui;

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
 * Sweeps in the studio: vary one numeric parameter over a range, run several seeds at each value in the
 * background, and plot each chosen metric's final value (mean ± standard error) against it — on log–log
 * axes with the fitted slope, to compare with a theoretical rate. Progress shows; Cancel stops it.
 */
final class SweepPane {
    private final Supplier<Simulator> simulator;
    private final Supplier<Scenario> scenario;
    private final BorderPane pane = new BorderPane();
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
    private final Label message = new Label("Vary one parameter over a range; each point runs several seeds.");
    private final YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    private final XYErrorRenderer renderer = new XYErrorRenderer();
    private final XYPlot plot;
    private final JFreeChart chart;
    private final AtomicBoolean cancelFlag = new AtomicBoolean();
    /** Metrics the simulator's charts draw as references (a theoretical rate): dashed here too. */
    private Set<String> references = Set.of();
    private Thread worker;

    SweepPane(Supplier<Simulator> simulator, Supplier<Scenario> scenario) {
        this.simulator = simulator;
        this.scenario = scenario;
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

        parameter.setId("sweep-parameter");
        parameter.setOnAction(e -> suggestRange());
        from.setPrefColumnCount(7);
        to.setPrefColumnCount(7);
        count.setPrefWidth(70);
        seeds.setPrefWidth(70);
        typeable(count);
        typeable(seeds);
        count.setTooltip(new Tooltip("How many values between from and to"));
        seeds.setTooltip(new Tooltip("Runs (replicate seeds) per value; the chart shows mean ± standard error"));
        logX.setSelected(true);
        logY.setSelected(true);
        logX.setOnAction(e -> axes());
        logY.setOnAction(e -> axes());
        metrics.setPrefWidth(220);
        run.setId("sweep-run");
        run.setOnAction(e -> start());
        cancel.setOnAction(e -> cancelFlag.set(true));
        cancel.setDisable(true);
        progress.setPrefWidth(160);
        FlowPane controls = new FlowPane(8, 6, new Label("Vary"), parameter, new Label("from"), from,
                new Label("to"), to, new Label("values"), count, new Label("seeds"), seeds, logX, logY,
                new Label("metrics"), metrics, run, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 8, 6, 8));
        message.setPadding(new Insets(0, 8, 6, 8));
        message.setWrapText(true);
        pane.setTop(new javafx.scene.layout.VBox(controls, message));
        pane.setCenter(viewer);
        axes();
    }

    Node node() {
        return pane;
    }

    /** Fills the choices for a newly chosen simulator. */
    void useSimulator(Simulator s, List<ChartSpec> charts, List<MetricSpec> metricSpecs) {
        cancelFlag.set(true);
        parameter.getItems().clear();
        for (Parameter<?> p : s.parameters().all()) {
            if (p.type() == ParameterType.INTEGER || p.type() == ParameterType.REAL) {
                parameter.getItems().add(p.name());
            }
        }
        offerMetrics(charts, metricSpecs);
        if (!parameter.getItems().isEmpty()) {
            // A parameter on a log scale (a horizon, a population) is the natural one to sweep on log axes.
            String first = s.parameters().all().stream()
                    .filter(p -> p.logScale() && parameter.getItems().contains(p.name()))
                    .map(Parameter::name).findFirst().orElse(parameter.getItems().get(0));
            parameter.getSelectionModel().select(first);
            suggestRange();
        }
        data.removeAllSeries();
    }

    /**
     * Follows a change of the metrics on offer within one simulator (another preset, another lineup of
     * learners): the list is replaced and the first chart's metrics checked; the varied parameter and its
     * range stay.
     */
    void useMetrics(List<ChartSpec> charts, List<MetricSpec> metricSpecs) {
        if (!metricSpecs.stream().map(MetricSpec::name).toList().equals(metrics.getItems())) {
            offerMetrics(charts, metricSpecs);
        }
    }

    private void offerMetrics(List<ChartSpec> charts, List<MetricSpec> metricSpecs) {
        metrics.getCheckModel().clearChecks();
        metrics.getItems().setAll(metricSpecs.stream().map(MetricSpec::name).toList());
        references = charts.stream().flatMap(c -> c.referenceMetrics().stream()).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
        if (!charts.isEmpty()) {
            for (String m : charts.get(0).metrics()) {
                metrics.getCheckModel().check(m);
            }
        }
    }

    private void suggestRange() {
        Parameter<?> p = currentParameter();
        if (p == null) {
            return;
        }
        Object current = scenario.get().parameters().get(p.name());
        double v = ((Number) current).doubleValue();
        double low = Math.max(p.min(), p.logScale() || v > 0 ? v / 10 : p.min());
        double high = Math.min(p.max(), p.logScale() || v > 0 ? v * 10 : p.max());
        if (low <= 0 || high <= low) {
            low = p.min();
            high = p.max();
        }
        from.setText(p.format(p.type() == ParameterType.INTEGER ? (Object) Math.round(low) : (Object) low));
        to.setText(p.format(p.type() == ParameterType.INTEGER ? (Object) Math.round(high) : (Object) high));
        logX.setSelected(low > 0);
        axes();
    }

    private Parameter<?> currentParameter() {
        String name = parameter.getValue();
        return name == null ? null : simulator.get().parameters().find(name).orElse(null);
    }

    private void start() {
        Parameter<?> p = currentParameter();
        if (p == null) {
            return;
        }
        List<String> chosen = List.copyOf(metrics.getCheckModel().getCheckedItems());
        if (chosen.isEmpty()) {
            message.setText("Choose at least one metric to plot.");
            return;
        }
        Sweep sweep;
        try {
            String spec = (logX.isSelected() ? "log:" : "lin:") + from.getText().strip() + ":" + to.getText().strip()
                    + ":" + count.getValue();
            Sweep.Axis axis = Sweep.parseAxis(simulator.get(), p.name() + "=" + spec);
            sweep = new Sweep(simulator.get(), scenario.get(), List.of(axis), seeds.getValue());
        } catch (ScenarioException e) {
            message.setText("Cannot sweep: " + e.getMessage());
            return;
        }
        data.removeAllSeries();
        Map<String, YIntervalSeries> series = new TreeMap<>();
        int colour = 0;
        for (String m : chosen) {
            YIntervalSeries s = new YIntervalSeries(m);
            data.addSeries(s);
            int index = data.getSeriesCount() - 1;
            if (references.contains(m)) {
                renderer.setSeriesPaint(index, new Color(0x444444));
                renderer.setSeriesStroke(index, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                        10f, new float[] {7f, 5f}, 0f));
            } else {
                renderer.setSeriesPaint(index, Palette.color(colour++));
                renderer.setSeriesStroke(index, new BasicStroke(2f));
            }
            series.put(m, s);
        }
        plot.getDomainAxis().setLabel(p.name() + (p.unit().isEmpty() ? "" : " (" + p.unit() + ")"));
        int total = sweep.points().size();
        cancelFlag.set(false);
        run.setDisable(true);
        cancel.setDisable(false);
        progress.setProgress(0);
        message.setText(String.format(Locale.ROOT, "Running %d runs on %d threads…", total, threads()));
        List<Sweep.Result> results = new ArrayList<>();
        worker = new Thread(() -> {
            String outcome;
            try {
                sweep.run(threads(), Set.of(), r -> Platform.runLater(() -> {
                    results.add(r);
                    progress.setProgress((double) results.size() / total);
                    redraw(sweep, results, series);
                }), cancelFlag);
                outcome = cancelFlag.get() ? "Cancelled." : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = "Interrupted.";
            } catch (RuntimeException e) {
                outcome = "The sweep failed: " + e.getMessage();
            }
            String done = outcome;
            Platform.runLater(() -> {
                run.setDisable(false);
                cancel.setDisable(true);
                long failed = results.stream().filter(r -> r.error() != null).count();
                message.setText(done != null ? done : String.format(Locale.ROOT, "Done: %d runs%s. %s", results.size(),
                        failed > 0 ? ", " + failed + " failed (" + firstError(results) + ")" : "", slopes(series)));
            });
        }, "studio-sweep");
        worker.setDaemon(true);
        worker.start();
    }

    private static String firstError(List<Sweep.Result> results) {
        return results.stream().filter(r -> r.error() != null).map(Sweep.Result::error).findFirst().orElse("");
    }

    private static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    private void redraw(Sweep sweep, List<Sweep.Result> results, Map<String, YIntervalSeries> series) {
        String axis = sweep.axes().get(0).parameter();
        Map<Integer, List<Sweep.Result>> byPoint = new TreeMap<>();
        for (Sweep.Result r : results) {
            if (r.error() == null) {
                byPoint.computeIfAbsent(r.point().index(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, YIntervalSeries> e : series.entrySet()) {
            YIntervalSeries s = e.getValue();
            s.setNotify(false);
            s.clear();
            for (List<Sweep.Result> group : byPoint.values()) {
                double x = ((Number) group.get(0).point().settings().get(axis)).doubleValue();
                Statistics.Summary stats = Sweep.summarize(group, e.getKey());
                if (Double.isNaN(stats.mean())) {
                    continue;
                }
                double sem = Double.isNaN(stats.standardError()) ? 0 : stats.standardError();
                s.add(x, stats.mean(), stats.mean() - sem, stats.mean() + sem);
            }
            s.setNotify(true);
        }
        decadeTicks();
    }

    /** The least-squares slope of log(mean) on log(x) per series: the exponent of a power law. */
    private String slopes(Map<String, YIntervalSeries> series) {
        if (!logX.isSelected() || !logY.isSelected()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, YIntervalSeries> e : series.entrySet()) {
            double slope = roundedZero(slope(e.getValue()));
            if (!Double.isNaN(slope)) {
                String part = String.format(Locale.ROOT, "%s slope %.2f", e.getKey(), slope);
                // A power law that sets in part-way (past a phase transition) shows in the upper half.
                double upper = roundedZero(upperHalfSlope(e.getValue()));
                if (!Double.isNaN(upper) && Math.abs(upper - slope) > 0.1) {
                    part += String.format(Locale.ROOT, " (upper half %.2f)", upper);
                }
                parts.add(references.contains(e.getKey()) ? part + " [reference]" : part);
            }
        }
        return parts.isEmpty() ? "" : "Log–log slopes: " + String.join("; ", parts) + ".";
    }

    /** A slope that would print as −0.00 prints as 0.00. */
    private static double roundedZero(double slope) {
        return Math.abs(slope) < 0.005 ? 0 : slope;
    }

    static double slope(YIntervalSeries s) {
        return slope(s, Double.NEGATIVE_INFINITY);
    }

    /**
     * The slope over the points in the upper half of the x range on a log scale (x at least the geometric
     * mean of the smallest and largest x), when there are at least three of them; else NaN.
     */
    static double upperHalfSlope(YIntervalSeries s) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        int positive = 0;
        for (int i = 0; i < s.getItemCount(); i++) {
            double x = s.getX(i).doubleValue();
            if (x > 0 && s.getYValue(i) > 0) {
                low = Math.min(low, x);
                high = Math.max(high, x);
                positive++;
            }
        }
        if (positive < 4) {
            return Double.NaN;
        }
        double middle = Math.sqrt(low * high);
        int upper = 0;
        for (int i = 0; i < s.getItemCount(); i++) {
            if (s.getX(i).doubleValue() >= middle && s.getYValue(i) > 0) {
                upper++;
            }
        }
        return upper >= 3 ? slope(s, middle) : Double.NaN;
    }

    /** The least-squares slope of log y on log x over the points with x at least {@code fromX}. */
    private static double slope(YIntervalSeries s, double fromX) {
        double[] x = new double[s.getItemCount()];
        double[] y = new double[s.getItemCount()];
        for (int i = 0; i < x.length; i++) {
            x[i] = s.getX(i).doubleValue();
            y[i] = s.getYValue(i);
        }
        return Statistics.logLogSlope(x, y, fromX).slope();
    }

    private void axes() {
        String xLabel = plot.getDomainAxis().getLabel();
        String yLabel = "final value (mean ± s.e.)";
        ValueAxis x = logX.isSelected() ? new LogAxis(xLabel) : new NumberAxis(xLabel);
        ValueAxis y = logY.isSelected() ? new LogAxis(yLabel) : new NumberAxis(yLabel);
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
     * On log axes that span more than a decade, label the powers of ten only and mark 2…9 between them,
     * as on log–log paper, instead of exponents such as 10^4.2; narrower log axes keep automatic ticks.
     */
    private void decadeTicks() {
        for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            if (axis instanceof LogAxis log) {
                boolean wide = log.getUpperBound() / log.getLowerBound() >= Math.pow(10, 1.2);
                if (wide) {
                    log.setTickUnit(new NumberTickUnit(1, new java.text.DecimalFormat("0"), 9), false, true);
                    log.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.######",
                            java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
                } else {
                    log.setAutoTickUnitSelection(true, false);
                    log.setNumberFormatOverride(null);
                }
                log.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                log.setMinorTickMarksVisible(wide);
            }
        }
        plot.setDomainMinorGridlinesVisible(plot.getDomainAxis() instanceof LogAxis x && x.isMinorTickMarksVisible());
        plot.setRangeMinorGridlinesVisible(plot.getRangeAxis() instanceof LogAxis y && y.isMinorTickMarksVisible());
    }

    /** Sets the controls as a user would (for tests and scripted demos) and starts the sweep. */
    void run(String name, String low, String high, int values, int replicates, List<String> plotted) {
        parameter.setValue(name);
        from.setText(low);
        to.setText(high);
        count.getValueFactory().setValue(values);
        seeds.getValueFactory().setValue(replicates);
        metrics.getCheckModel().clearChecks();
        plotted.forEach(m -> metrics.getCheckModel().check(m));
        start();
    }

    boolean running() {
        return run.isDisabled();
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

    JFreeChart chart() {
        return chart;
    }

    /** Points plotted for a metric (for tests). */
    int points(String metric) {
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (data.getSeriesKey(i).equals(metric)) {
                return data.getItemCount(i);
            }
        }
        return 0;
    }

    /** The parameter chosen to vary and the metrics checked (for tests). */
    String parameterChosen() {
        return parameter.getValue();
    }

    List<String> checkedMetrics() {
        return List.copyOf(metrics.getCheckModel().getCheckedItems());
    }

    String messageText() {
        return message.getText();
    }

    void stop() {
        cancelFlag.set(true);
    }
}
