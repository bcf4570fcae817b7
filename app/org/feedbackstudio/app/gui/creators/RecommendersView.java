package org.feedbackstudio.app.gui.creators;

import org.feedbackstudio.app.gui.charts.AxisTitles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.charts.Palette;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.creators.CreatorPlatformDetail;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The long run under every recommender at once: the loaded scenario is run again with random, popularity,
 * MF and BPR ranking on its seed (on a worker thread, in the background), and clicks, creators remaining,
 * exposure inequality and genre diversity are overlaid, one line per recommender.
 */
final class RecommendersView implements SimulatorView<CreatorPlatformDetail> {
    static final String ID = "creators-recommenders";
    private static final String[] TITLES = {"Clicks per round", "Creators remaining",
        "Gini of creator exposure so far", "Genre entropy of exposures (bits)"};

    private final BorderPane root = new BorderPane();
    private final Button runAll = new Button("Run all four on this seed");
    private final Label status = new Label("Compare the recommenders over the whole run, from the loaded scenario's"
            + " seed.");
    private final List<XYSeriesCollection> data = new ArrayList<>();
    private final ComparisonRuns runs;
    private Scenario scenario;
    private AtomicBoolean cancel = new AtomicBoolean();
    private int finished;

    RecommendersView(ComparisonRuns runs) {
        this.runs = runs;
        root.setId(ID);
        root.getProperties().put(RecommendersView.class, this);
        runAll.setId("creators-run-all");
        runAll.setOnAction(e -> start());
        runAll.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the status beside it wraps instead
        status.setId("creators-compare-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        HBox top = new HBox(10, runAll, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        top.setStyle("-fx-background-color: #eef1f5; -fx-border-color: transparent transparent #d5d9e0 transparent;");
        GridPane grid = new GridPane();
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            grid.getRowConstraints().add(r);
        }
        for (int m = 0; m < TITLES.length; m++) {
            XYSeriesCollection collection = new XYSeriesCollection();
            data.add(collection);
            ChartViewer viewer = new ChartViewer(chart(TITLES[m], collection));
            viewer.setMinSize(150, 120);
            AxisTitles.keepWhole(viewer);
            grid.add(viewer, m % 2, m / 2);
        }
        root.setTop(top);
        root.setCenter(grid);
    }

    private static JFreeChart chart(String title, XYSeriesCollection collection) {
        NumberAxis x = new NumberAxis("round");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis();
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int k = 0; k < ComparisonRuns.RECOMMENDERS.size(); k++) {
            renderer.setSeriesPaint(k, Palette.color(k));
            renderer.setSeriesStroke(k, new BasicStroke(1.6f));
        }
        XYPlot plot = new XYPlot(collection, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT.deriveFont(13f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setFrame(BlockBorder.NONE);
        return chart;
    }

    @Override
    public String title() {
        return "Recommenders";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void runStarted(RunInfo info) {
        cancel.set(true);
        scenario = info.scenario();
        data.forEach(XYSeriesCollection::removeAllSeries);
        runAll.setDisable(false);
        status.setText(String.format(Locale.ROOT, "Compare random, popularity, MF and BPR over %d rounds from seed %d"
                + " (the other parameters as loaded).", info.totalTicks(), scenario.seed()));
    }

    private void start() {
        if (scenario == null) {
            return;
        }
        cancel.set(true);
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        Scenario s = scenario;
        data.forEach(XYSeriesCollection::removeAllSeries);
        finished = 0;
        runAll.setDisable(true);
        status.setText("Running random…");
        Thread worker = new Thread(() -> {
            try {
                runs.run(s, mine, (k, series) -> Platform.runLater(() -> {
                    if (!mine.get()) {
                        show(series);
                    }
                }));
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    if (!mine.get()) {
                        runAll.setDisable(false);
                        status.setText("The comparison stopped: " + e.getMessage());
                    }
                });
            }
        }, "creator-platform comparison");
        worker.setDaemon(true);
        worker.start();
    }

    /** Adds one recommender's lines (called on the JavaFX thread). */
    void show(ComparisonRuns.Series series) {
        for (int m = 0; m < ComparisonRuns.METRICS.size(); m++) {
            XYSeries line = new XYSeries(series.recommender(), false, false);
            double[] v = series.values().get(ComparisonRuns.METRICS.get(m));
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i])) {
                    line.add(i + 1, v[i], false);
                }
            }
            data.get(m).addSeries(line);
        }
        finished++;
        List<String> all = ComparisonRuns.RECOMMENDERS;
        if (finished < all.size()) {
            status.setText("Done: " + String.join(", ", all.subList(0, finished)) + ". Running " + all.get(finished)
                    + "…");
        } else {
            runAll.setDisable(false);
            status.setText("All four from seed " + scenario.seed() + ". Run again after changing a parameter.");
        }
    }

    /** How many series a chart holds (tests). */
    int lines(int chart) {
        return data.get(chart).getSeriesCount();
    }

    static RecommendersView of(Node node) {
        return node == null ? null : (RecommendersView) node.getProperties().get(RecommendersView.class);
    }
}
