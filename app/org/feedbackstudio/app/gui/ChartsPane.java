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
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int columns = specs.size() >= 3 ? 2 : 1;
        for (int i = 0; i < specs.size(); i++) {
            LiveChart chart = new LiveChart(specs.get(i));
            chart.setPresentation(presentation);
            chart.onClick(clicks);
            decorate.accept(chart);
            charts.add(chart);
            Node n = chart.node();
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
            int column = i % columns;
            int row = i / columns;
            boolean lastAlone = columns == 2 && i == specs.size() - 1 && column == 0;
            grid.add(n, column, row, lastAlone ? 2 : 1, 1);
        }
        for (int c = 0; c < columns; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int rows = (specs.size() + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setMinHeight(presentation ? PRESENTATION_ROW_HEIGHT : ROW_HEIGHT);
            grid.getRowConstraints().add(rc);
        }
    }

    void batch(RunBatch batch) {
        if (batch.info() != null) {
            charts.forEach(c -> c.start(batch.info()));
        }
        charts.forEach(c -> c.append(batch.frames()));
    }

    void setPresentation(boolean on) {
        presentation = on;
        charts.forEach(c -> c.setPresentation(on));
        // Large text needs taller charts; the pane scrolls rather than squeezing them.
        grid.getRowConstraints().forEach(rc -> rc.setMinHeight(on ? PRESENTATION_ROW_HEIGHT : ROW_HEIGHT));
    }

    private static final double ROW_HEIGHT = 220;
    private static final double PRESENTATION_ROW_HEIGHT = 400;

    /** The chart with this title, or null. */
    LiveChart chart(String title) {
        return charts.stream().filter(c -> c.spec().title().equals(title)).findFirst().orElse(null);
    }
}
