package org.feedbackstudio.app.gui.charts;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.MetricFrame;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.RunInfo;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One live chart built from a {@link ChartSpec}: frames are appended as they arrive and drawn through a
 * min/max decimation. Runs can be kept as grey overlays to compare with the next run.
 */
public final class LiveChart {
    /** About how many pixel columns a chart spans; decimation keeps ~2 points per column. */
    static final int COLUMNS = 1600;
    private static final int MAX_MILESTONE_MARKERS = 400;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final ChartSpec spec;
    private final LiveXYDataset primary = new LiveXYDataset();
    private final LiveXYDataset secondary = new LiveXYDataset();
    private final LiveXYDataset overlay = new LiveXYDataset();
    private final XYLineAndShapeRenderer overlayRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer primaryRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer secondaryRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final AxisTitles axisTitles;
    private final BorderPane node = new BorderPane();
    private final MenuButton menu = new MenuButton("⋮");
    private CheckMenuItem logToggle;
    private CheckMenuItem logXToggle;
    private NumberAxis linearX;
    private boolean scalesShown = true;
    private final NumberAxis linearAxis;
    private final List<Binding> bindings = new ArrayList<>();
    private final List<Consumer<ChartClick>> clickListeners = new ArrayList<>();
    private int xIndex = -1;
    private int milestoneMarkers;
    private int overlayRuns;
    private boolean presentation;
    private double lastX = Double.NaN;
    private final List<ValueMarker> changeMarkers = new ArrayList<>();
    private java.util.function.Supplier<String> runDescription = () -> "run " + overlayRuns;

    /** Where a metric of the run goes: its index in frames and its series. */
    private record Binding(int metricIndex, boolean milestoneOnly, DecimatedSeries series) {
    }

    public LiveChart(ChartSpec spec) {
        this.spec = spec;
        linearAxis = new NumberAxis(spec.yLabel());
        linearAxis.setAutoRangeIncludesZero(false);
        fixRange(linearAxis);
        NumberAxis xAxis = new NumberAxis(spec.xLabel());
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // ticks, generations: whole numbers
        xAxis.setNumberFormatOverride(org.feedbackstudio.app.gui.kit.Numbers.axisFormat(xAxis)); // 100M, not 1E8
        linearAxis.setNumberFormatOverride(org.feedbackstudio.app.gui.kit.Numbers.axisFormat(linearAxis));
        linearX = xAxis;
        plot = new XYPlot(primary, xAxis, linearAxis, primaryRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        // An empty chart says so instead of showing a made-up 0-to-1 range like every other empty chart.
        plot.setNoDataMessage("No data yet: press Step or Play");
        plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        plot.setNoDataMessagePaint(new Color(0x666666));
        if (spec.secondaryYLabel() != null) {
            NumberAxis right = new NumberAxis(spec.secondaryYLabel());
            right.setAutoRangeIncludesZero(false);
            right.setNumberFormatOverride(org.feedbackstudio.app.gui.kit.Numbers.axisFormat(right));
            plot.setRangeAxis(1, right);
            plot.setDataset(1, secondary);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, secondaryRenderer);
        }
        // One path per series, so a reference's dashes run along the curve instead of restarting at every
        // (sub-pixel) segment of a dense series, which would draw it solid.
        primaryRenderer.setDrawSeriesLineAsPath(true);
        secondaryRenderer.setDrawSeriesLineAsPath(true);
        plot.setDataset(2, overlay);
        plot.setRenderer(2, overlayRenderer);
        plot.mapDatasetToRangeAxis(2, 0);
        chart = new JFreeChart(spec.title(), TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 14)); // space between entries
        styleFonts(1.0);
        viewer = new ChartViewer(chart);
        viewer.setMinSize(200, 160);
        viewer.setPrefSize(600, 320);
        axisTitles = AxisTitles.keepWhole(viewer);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                clicked(event);
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // only clicks matter
            }
        });
        // Re-decimate from the raw points when the user zooms the x axis.
        xAxis.addChangeListener(e -> followDomainAxis());

        // One small menu keeps the title readable: log scale, fit, overlays, export.
        CheckMenuItem log = new CheckMenuItem("Log scale (y)");
        log.setDisable(!spec.logYOffered());
        log.selectedProperty().addListener((obs, was, now) -> setLogY(now));
        logToggle = log;
        CheckMenuItem logX = new CheckMenuItem("Log scale (x)");
        logX.setDisable(!spec.logYOffered());
        logX.selectedProperty().addListener((obs, was, now) -> setLogX(now));
        logXToggle = logX;
        MenuItem fit = new MenuItem("Fit (show everything)");
        fit.setOnAction(e -> fitAll());
        MenuItem keep = new MenuItem("Keep this run as an overlay");
        keep.setOnAction(e -> keepAsOverlay());
        MenuItem clear = new MenuItem("Clear kept runs");
        clear.setOnAction(e -> clearOverlays());
        menu.getItems().addAll(log, logX, fit, new SeparatorMenuItem(), keep, clear);
        menu.getStyleClass().add("chart-menu");
        menu.setTooltip(new Tooltip("Log scale, fit, keep runs for comparison, export"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label(spec.title());
        title.getStyleClass().add("chart-caption");
        title.setMinWidth(0);
        title.setWrapText(true); // a narrow chart shows its whole title on two lines
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox bar = new HBox(6, title, spacer, menu);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 4, 2, 8));
        bar.getStyleClass().add("chart-bar");
        node.setTop(bar);
        node.setCenter(viewer);
        node.getStyleClass().add("live-chart");
        node.getProperties().put(LiveChart.class, this);
        chart.setTitle((String) null); // the bar above shows the title; it saves vertical space
    }

    /** Called with the data coordinates of every click inside the plot area. */
    public void onClick(Consumer<ChartClick> listener) {
        clickListeners.add(listener);
    }

    private void clicked(ChartMouseEventFX event) {
        if (event.getTrigger().getClickCount() != 1 || clickListeners.isEmpty()) {
            return;
        }
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null) {
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double px = event.getTrigger().getX();
        double py = event.getTrigger().getY();
        if (!area.contains(px, py)) {
            return;
        }
        double x = plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(py, area, plot.getRangeAxisEdge());
        ChartClick click = new ChartClick(spec.title(), x, y);
        clickListeners.forEach(l -> l.accept(click));
    }

    /** Adds entries to the chart's menu (the studio adds its export actions). */
    public void addMenuItems(List<MenuItem> items) {
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(items);
    }

    /** Switches the y axis between linear and logarithmic, where the chart offers it. */
    public void setLogScale(boolean on) {
        if (spec.logYOffered()) {
            logToggle.setSelected(on);
        }
    }

    public ChartSpec spec() {
        return spec;
    }

    public BorderPane node() {
        return node;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Starts a new run: the live series restart empty; kept overlays stay. */
    public void start(RunInfo info) {
        primary.clear();
        secondary.clear();
        bindings.clear();
        xIndex = spec.xMetric() == null ? -1 : info.indexOf(spec.xMetric());
        plot.clearDomainMarkers();
        milestoneMarkers = 0;
        changeMarkers.clear();
        lastX = Double.NaN;
        int colour = 0;
        for (String name : spec.metrics()) {
            colour = bind(info, name, primary, primaryRenderer, colour);
        }
        for (String name : spec.secondaryMetrics()) {
            colour = bind(info, name, secondary, secondaryRenderer, colour);
        }
        boolean sparse = spec.xMetric() != null || info.totalTicks() <= 60; // few points: show each one
        primaryRenderer.setDefaultShapesVisible(sparse);
        secondaryRenderer.setDefaultShapesVisible(sparse);
        showScales(false);
        primary.changed();
        secondary.changed();
    }

    /** Axis numbers only once there is data to read them against. */
    private void showScales(boolean on) {
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                plot.getRangeAxis(i).setTickLabelsVisible(on);
            }
        }
        plot.getDomainAxis().setTickLabelsVisible(on);
        linearAxis.setTickLabelsVisible(on);
        linearX.setTickLabelsVisible(on);
        scalesShown = on;
    }

    private int bind(RunInfo info, String name, LiveXYDataset dataset, XYLineAndShapeRenderer renderer, int colour) {
        int index = info.indexOf(name);
        MetricSpec metric = index >= 0 ? info.metrics().get(index) : null;
        DecimatedSeries series = new DecimatedSeries(COLUMNS);
        int s = dataset.add(metric == null ? name : metric.label(), series);
        boolean reference = spec.referenceMetrics().contains(name);
        renderer.setSeriesPaint(s, reference ? new Color(0x444444) : Palette.color(colour));
        renderer.setSeriesStroke(s, stroke(reference));
        if (index >= 0) {
            bindings.add(new Binding(index, metric.cadence() == MetricSpec.Cadence.MILESTONE, series));
        }
        return reference ? colour : colour + 1;
    }

    private BasicStroke stroke(boolean reference) {
        float w = presentation ? 3.5f : 2.0f;
        return reference
                ? new BasicStroke(w * 0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f)
                : new BasicStroke(w);
    }

    /** Appends frames and redraws once. */
    public void append(List<MetricFrame> frames) {
        if (frames.isEmpty() || bindings.isEmpty()) {
            return;
        }
        for (MetricFrame f : frames) {
            double x = xIndex >= 0 ? f.values()[xIndex] : f.tick();
            if (Double.isNaN(x)) {
                continue;
            }
            lastX = x;
            for (Binding b : bindings) {
                // A milestone metric only takes a new value at milestones; between them it would draw steps.
                if (b.milestoneOnly() && !f.milestone()) {
                    continue;
                }
                DecimatedSeries series = b.series();
                if (series.size() > 0 && x <= series.x(series.size() - 1)) {
                    continue; // one point per x value, x never decreasing
                }
                series.add(x, f.values()[b.metricIndex()]);
            }
            if (spec.markMilestones() && f.milestone() && milestoneMarkers < MAX_MILESTONE_MARKERS) {
                plot.addDomainMarker(new ValueMarker(x, new Color(0xAAAAAA), new BasicStroke(1f,
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f)));
                milestoneMarkers++;
            }
        }
        if (spec.yMin() == null) {
            keepFlatRangesReadable(plot.getRangeAxis(), primary);
        }
        fitLogAxes();
        if (plot.getRangeAxis(1) != null) {
            keepFlatRangesReadable(plot.getRangeAxis(1), secondary);
        }
        if (!scalesShown && totalPoints() > 0) {
            showScales(true);
        }
        primary.changed();
        secondary.changed();
    }

    /**
     * A series that has not moved yet (one point, or a constant) would get a hair-thin automatic range
     * labelled like "1.513221E1"; give such an axis a range of about ±10% of the value instead.
     */
    static void keepFlatRangesReadable(ValueAxis axis, LiveXYDataset data) {
        if (!(axis instanceof NumberAxis number)) {
            return;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (DecimatedSeries s : data.all()) {
            for (int i = 0; i < s.viewSize(); i++) {
                low = Math.min(low, s.viewY(i));
                high = Math.max(high, s.viewY(i));
            }
        }
        if (low > high) {
            return;
        }
        double scale = Math.max(Math.abs(low), Math.abs(high));
        boolean flat = high - low <= 1e-6 * Math.max(scale, 1e-12);
        number.setAutoRangeMinimumSize(flat ? (scale > 0 ? 0.2 * scale : 1.0) : NumberAxis.DEFAULT_AUTO_RANGE_MINIMUM_SIZE,
                false);
    }

    /**
     * Marks a parameter changed while the run went on: a labelled line at the first tick computed with the
     * new value ("observationProbability 1 → 0.3"). A chart whose x is a metric marks the latest x drawn.
     */
    public void markChange(long tick, String label) {
        double x = xIndex >= 0 ? lastX : tick;
        if (Double.isNaN(x)) {
            return;
        }
        ValueMarker marker = new ValueMarker(x, CHANGE_COLOUR, new BasicStroke(presentation ? 2.5f : 1.6f));
        marker.setLabel(label);
        marker.setLabelPaint(CHANGE_COLOUR.darker());
        marker.setLabelFont(AXIS_FONT.deriveFont(Font.BOLD, (float) (12 * (presentation ? 1.6 : 1.0))));
        marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 4));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        plot.addDomainMarker(marker, org.jfree.chart.ui.Layer.FOREGROUND);
        changeMarkers.add(marker);
    }

    private static final Color CHANGE_COLOUR = new Color(0xD55E00);

    /** The labels of the live changes marked on this chart, in order (for tests and export). */
    public List<String> changeMarks() {
        return changeMarkers.stream().map(ValueMarker::getLabel).toList();
    }

    /** The x at which each live change is marked, in order (for tests). */
    public List<Double> changeMarkXs() {
        return changeMarkers.stream().map(ValueMarker::getValue).toList();
    }

    /** How a kept run is named in the legend: by what sets it apart (seed, changed parameters). */
    public void setRunDescription(java.util.function.Supplier<String> description) {
        runDescription = description;
    }

    /** Raw points of a live series, by legend label, or -1 (for tests and export). */
    public int pointCount(String label) {
        for (LiveXYDataset d : List.of(primary, secondary)) {
            for (int s = 0; s < d.getSeriesCount(); s++) {
                if (d.getSeriesKey(s).equals(label)) {
                    return d.series(s).size();
                }
            }
        }
        return -1;
    }

    /** Total raw points across live series. */
    public int totalPoints() {
        int n = 0;
        for (Binding b : bindings) {
            n += b.series().size();
        }
        return n;
    }

    /** Keeps the current run's curves as translucent overlays (drawn behind the next run). */
    public void keepAsOverlay() {
        if (totalPoints() == 0) {
            return;
        }
        overlayRuns++;
        String runName = runDescription.get();
        for (int s = 0; s < primary.getSeriesCount(); s++) {
            DecimatedSeries live = primary.series(s);
            if (live.size() == 0 || spec.referenceMetrics().contains(spec.metrics().get(s))) {
                continue;
            }
            DecimatedSeries copy = new DecimatedSeries(COLUMNS);
            for (int i = 0; i < live.size(); i++) {
                copy.add(live.x(i), live.y(i));
            }
            int index = overlay.add(runName + ": " + primary.getSeriesKey(s), copy);
            // A kept run keeps its metric's colour, paler; its own dash pattern tells runs apart.
            Color c = (Color) primaryRenderer.getSeriesPaint(s);
            overlayRenderer.setSeriesPaint(index, new Color(c.getRed(), c.getGreen(), c.getBlue(), 130));
            overlayRenderer.setSeriesStroke(index, overlayStroke(overlayRuns));
        }
        overlay.changed();
    }

    private static final float[][] OVERLAY_DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {4f, 4f}};

    static BasicStroke overlayStroke(int run) {
        float[] dash = OVERLAY_DASHES[(run - 1) % OVERLAY_DASHES.length];
        return dash == null ? new BasicStroke(1.6f)
                : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    /** The legend names of the kept runs' curves (for tests). */
    public List<String> overlayNames() {
        List<String> names = new ArrayList<>();
        for (int s = 0; s < overlay.getSeriesCount(); s++) {
            names.add(String.valueOf(overlay.getSeriesKey(s)));
        }
        return names;
    }

    public void clearOverlays() {
        overlay.clear();
        overlayRuns = 0;
        overlay.changed();
    }

    /** Applies the chart's fixed y range, where it has one (a small margin keeps the ends' lines visible). */
    private void fixRange(ValueAxis axis) {
        if (spec.yMin() != null && axis instanceof NumberAxis) {
            double margin = 0.02 * (spec.yMax() - spec.yMin());
            axis.setRange(spec.yMin() - margin, spec.yMax() + margin);
        }
    }

    public void fitAll() {
        plot.getDomainAxis().setAutoRange(true);
        plot.getRangeAxis().setAutoRange(true);
        fixRange(plot.getRangeAxis());
        if (plot.getRangeAxis(1) != null) {
            plot.getRangeAxis(1).setAutoRange(true);
        }
    }

    private void followDomainAxis() {
        ValueAxis axis = plot.getDomainAxis();
        for (LiveXYDataset d : List.of(primary, secondary, overlay)) {
            for (DecimatedSeries s : d.all()) {
                if (axis.isAutoRange()) {
                    s.showAll();
                } else {
                    s.showRange(axis.getLowerBound(), axis.getUpperBound());
                }
            }
        }
    }

    private void setLogY(boolean log) {
        if (log) {
            LogAxis axis = new ReadableLogAxis(spec.yLabel());
            axis.setNumberFormatOverride(new PlainNumbers()); // "3,162" reads better than "10^3.5"
            axis.setLabelFont(linearAxis.getLabelFont());
            axis.setTickLabelFont(linearAxis.getTickLabelFont());
            plot.setRangeAxis(axis);
        } else {
            plot.setRangeAxis(linearAxis);
        }
        fitLogAxes();
    }

    /** Switches the x axis between linear and logarithmic (ticks from the first: tick 0 is left out). */
    private void setLogX(boolean log) {
        if (log) {
            LogAxis axis = new ReadableLogAxis(spec.xLabel());
            axis.setNumberFormatOverride(new PlainNumbers());
            axis.setLabelFont(linearX.getLabelFont());
            axis.setTickLabelFont(linearX.getTickLabelFont());
            plot.setDomainAxis(axis);
            axis.addChangeListener(e -> followDomainAxis());
        } else {
            plot.setDomainAxis(linearX);
        }
        fitLogAxes();
    }

    /** Switches the x axis between linear and logarithmic, where the chart offers it. */
    public void setLogScaleX(boolean on) {
        if (spec.logYOffered()) {
            logXToggle.setSelected(on);
        }
    }

    /**
     * A log axis spans the data: from its smallest positive value to its largest, so zeros and negative
     * values (which a log axis cannot show) never stretch it down to an empty half of the plot.
     */
    private void fitLogAxes() {
        if (plot.getRangeAxis() instanceof LogAxis y) {
            double smallest = smallestPositive(false);
            if (smallest > 0) {
                y.setSmallestValue(smallest);
                y.setAutoRange(true);
            }
        }
        if (plot.getDomainAxis() instanceof LogAxis x) {
            double smallest = smallestPositive(true);
            if (smallest > 0) {
                x.setSmallestValue(smallest);
                x.setAutoRange(true);
            }
        }
    }

    private double smallestPositive(boolean xValues) {
        double smallest = Double.POSITIVE_INFINITY;
        for (LiveXYDataset d : xValues ? List.of(primary, secondary, overlay) : List.of(primary, overlay)) {
            for (DecimatedSeries s : d.all()) {
                for (int i = 0; i < s.size(); i++) {
                    double v = xValues ? s.x(i) : s.y(i);
                    if (v > 0 && v < smallest) {
                        smallest = v;
                    }
                }
            }
        }
        return Double.isInfinite(smallest) ? 0 : smallest;
    }

    /** Larger fonts and thicker lines for a classroom projector. */
    public void setPresentation(boolean on) {
        presentation = on;
        styleFonts(on ? 1.6 : 1.0);
        for (int s = 0; s < primary.getSeriesCount(); s++) {
            primaryRenderer.setSeriesStroke(s, stroke(spec.referenceMetrics().contains(spec.metrics().get(s))));
        }
        for (int s = 0; s < secondary.getSeriesCount(); s++) {
            secondaryRenderer.setSeriesStroke(s, stroke(false));
        }
    }

    private void styleFonts(double scale) {
        Font axis = AXIS_FONT.deriveFont((float) (AXIS_FONT.getSize() * scale));
        Font ticks = TICK_FONT.deriveFont((float) (TICK_FONT.getSize() * scale));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                plot.getRangeAxis(i).setLabelFont(axis);
                plot.getRangeAxis(i).setTickLabelFont(ticks);
            }
        }
        plot.getDomainAxis().setLabelFont(axis);
        plot.getDomainAxis().setTickLabelFont(ticks);
        if (chart != null && chart.getLegend() != null) {
            chart.getLegend().setItemFont(ticks);
        }
        linearAxis.setLabelFont(axis);
        linearAxis.setTickLabelFont(ticks);
    }

    /** Tick labels of a log axis as plain numbers with three significant digits and thousands separators. */
    private static final class PlainNumbers extends java.text.NumberFormat {
        private final java.text.DecimalFormat plain = new java.text.DecimalFormat("#,##0.######",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));

        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            if (number == 0 || !Double.isFinite(number)) {
                return to.append(number == 0 ? "0" : Double.toString(number));
            }
            double rounded = new java.math.BigDecimal(number).round(new java.math.MathContext(3)).doubleValue();
            return plain.format(rounded, to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            return plain.parse(source, pos);
        }
    }

    /** The live chart a node of the studio shows (a node with the style class "live-chart"), or null. */
    public static LiveChart of(javafx.scene.Node node) {
        return node == null ? null : (LiveChart) node.getProperties().get(LiveChart.class);
    }
}
