package org.feedbackstudio.app.gui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.feedbackstudio.app.gui.charts.LiveChart;
import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.RunBatch;

import java.util.ArrayList;
import java.util.List;

/** The live charts of the current simulator, laid out in a grid of one or two columns. */
final class ChartsPane {
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final List<LiveChart> charts = new ArrayList<>();
    private List<ChartSpec> specs = List.of();
    private boolean presentation;
    private int columns = 1;
    private java.util.function.Supplier<String> runDescription = () -> "a kept run";
    private final java.util.function.Consumer<org.feedbackstudio.app.gui.charts.ChartClick> clicks;

    private final java.util.function.Consumer<LiveChart> decorate;

    /**
     * @param clicks   receives clicks on any chart
     * @param decorate called once for every chart made (the studio adds its export actions to its menu)
     */
    ChartsPane(java.util.function.Consumer<org.feedbackstudio.app.gui.charts.ChartClick> clicks,
               java.util.function.Consumer<LiveChart> decorate) {
        this.clicks = clicks;
        this.decorate = decorate;
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.setId("charts");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("charts-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // A narrow centre (a laptop, presentation mode) stacks the charts in one column instead of squeezing two.
        scroll.viewportBoundsProperty().addListener((o, a, b) -> reflow());
    }

    Node node() {
        return scroll;
    }

    List<LiveChart> charts() {
        return charts;
    }

    /** Rebuilds the charts when the simulator's chart list changes; otherwise keeps them (and their overlays). */
    void useSpecs(List<ChartSpec> newSpecs) {
        if (newSpecs.equals(specs)) {
            return;
        }
        specs = List.copyOf(newSpecs);
        charts.clear();
        for (ChartSpec spec : specs) {
            LiveChart chart = new LiveChart(spec);
            chart.setPresentation(presentation);
            chart.setRunDescription(runDescription);
            chart.onClick(clicks);
            decorate.accept(chart);
            charts.add(chart);
        }
        arrange(columnsFor(scroll.getViewportBounds().getWidth()));
    }

    /** Two columns when three or more charts each get a readable width; one column otherwise. */
    private int columnsFor(double width) {
        double minimum = presentation ? PRESENTATION_CHART_WIDTH : CHART_WIDTH;
        return specs.size() >= 3 && (width <= 0 || width >= 2 * minimum + 24) ? 2 : 1;
    }

    private void reflow() {
        int wanted = columnsFor(scroll.getViewportBounds().getWidth());
        if (wanted != columns) {
            arrange(wanted);
        }
    }

    private void arrange(int newColumns) {
        columns = newColumns;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int i = 0; i < charts.size(); i++) {
            Node n = charts.get(i).node();
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
            int column = i % columns;
            int row = i / columns;
            boolean lastAlone = columns == 2 && i == charts.size() - 1 && column == 0;
            grid.add(n, column, row, lastAlone ? 2 : 1, 1);
        }
        for (int c = 0; c < columns; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int rows = (charts.size() + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setMinHeight(presentation ? PRESENTATION_ROW_HEIGHT : ROW_HEIGHT);
            grid.getRowConstraints().add(rc);
        }
    }

    /** Columns the charts are laid out in now (for tests). */
    int columns() {
        return columns;
    }

    void batch(RunBatch batch) {
        if (batch.info() != null) {
            charts.forEach(c -> c.start(batch.info()));
        }
        charts.forEach(c -> c.append(batch.frames()));
        for (org.feedbackstudio.core.SimEvent e : batch.events()) {
            if (e.kind().equals(org.feedbackstudio.core.Runner.LIVE_CHANGE)) {
                String label = changeLabel(e);
                charts.forEach(c -> c.markChange(e.tick(), label));
            }
        }
    }

    void setPresentation(boolean on) {
        presentation = on;
        charts.forEach(c -> c.setPresentation(on));
        // Large text needs taller and wider charts; the pane scrolls rather than squeezing them.
        arrange(columnsFor(scroll.getViewportBounds().getWidth()));
    }

    private static final double ROW_HEIGHT = 220;
    private static final double PRESENTATION_ROW_HEIGHT = 400;
    private static final double CHART_WIDTH = 380;
    private static final double PRESENTATION_CHART_WIDTH = 560;

    /** "observationProbability 1 → 0.3", from a live change's event. */
    static String changeLabel(org.feedbackstudio.core.SimEvent e) {
        return e.data().get("parameter") + " " + org.feedbackstudio.app.gui.kit.Numbers.plain(e.data().get("from"))
                + " → " + org.feedbackstudio.app.gui.kit.Numbers.plain(e.data().get("to"));
    }

    /** How kept runs are named in every chart's legend. */
    void setRunDescription(java.util.function.Supplier<String> description) {
        runDescription = description;
        charts.forEach(c -> c.setRunDescription(description));
    }

    /** The chart with this title, or null. */
    LiveChart chart(String title) {
        return charts.stream().filter(c -> c.spec().title().equals(title)).findFirst().orElse(null);
    }
}
