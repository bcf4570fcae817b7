package org.feedbackstudio.app.gui.creators;

import org.feedbackstudio.app.gui.charts.AxisTitles;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.charts.Palette;
import org.feedbackstudio.app.gui.kit.Numbers;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.creators.CreatorPlatformDetail;
import org.feedbackstudio.creators.DecisionPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * One creator at a time: pick it in the list (those who left are marked with the round) to see its audience
 * belief in each genre it tried, decision by decision, with the round it left marked; its items with their
 * exposures and clicks; its last decision; and when and why it left.
 */
final class CreatorsView implements SimulatorView<CreatorPlatformDetail> {
    static final String ID = "creators-creators";

    private final BorderPane root = new BorderPane();
    private final ListView<CreatorPlatformDetail.CreatorState> list = new ListView<>();
    private final Label header = new Label("Pick a creator.");
    private final Label decision = new Label();
    private final XYSeriesCollection beliefs = new XYSeriesCollection();
    private final XYPlot plot;
    private final TableView<CreatorPlatformDetail.ItemState> items = new TableView<>();
    private CreatorPlatformDetail detail;
    private int shown = -1;
    private long shownTick = -1;

    CreatorsView() {
        root.setId(ID);
        root.getProperties().put(CreatorsView.class, this);
        list.setId("creators-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CreatorPlatformDetail.CreatorState c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : summary(c));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.id() != shown) {
                shown = now.id();
                showCreator();
            }
        });
        NumberAxis x = new NumberAxis("round");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis("believed click-through rate");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        plot = new XYPlot(beliefs, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart("Audience belief per genre, from its own items", JFreeChart.DEFAULT_TITLE_FONT
                .deriveFont(13f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setFrame(BlockBorder.NONE);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setMinSize(200, 160);
        viewer.setPrefSize(500, 260);
        AxisTitles.keepWhole(viewer);
        items.setId("creators-items");
        items.getColumns().add(column("round", i -> i.round()));
        items.getColumns().add(textColumn("genre", i -> detail.genres().get(i.genre())));
        items.getColumns().add(textColumn("item", CreatorPlatformDetail.ItemState::name));
        items.getColumns().add(textColumn("quality", i -> Numbers.fixed(i.quality(), 2)));
        items.getColumns().add(column("exposures", i -> i.exposures()));
        items.getColumns().add(column("clicks", i -> i.clicks()));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        items.setPlaceholder(new Label("No items."));
        header.setId("creators-header");
        header.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        header.setWrapText(true);
        decision.setWrapText(true);
        decision.setId("creators-decision");
        VBox top = new VBox(4, header, decision);
        top.setPadding(new Insets(6, 8, 6, 8));
        SplitPane right = new SplitPane(viewer, items);
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        BorderPane detailPane = new BorderPane(right);
        detailPane.setTop(top);
        SplitPane split = new SplitPane(list, detailPane);
        split.setDividerPositions(0.25);
        root.setCenter(split);
    }

    private static <T> TableColumn<CreatorPlatformDetail.ItemState, T> column(String title,
            java.util.function.Function<CreatorPlatformDetail.ItemState, T> value) {
        TableColumn<CreatorPlatformDetail.ItemState, T> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(value.apply(d.getValue())));
        // Wide enough for its heading in presentation mode's larger text; the table scrolls beyond that.
        c.setMinWidth(new javafx.scene.text.Text(title).getLayoutBounds().getWidth() * 1.7 + 24);
        return c;
    }

    private static TableColumn<CreatorPlatformDetail.ItemState, String> textColumn(String title,
            java.util.function.Function<CreatorPlatformDetail.ItemState, String> value) {
        TableColumn<CreatorPlatformDetail.ItemState, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setMinWidth(new javafx.scene.text.Text(title).getLayoutBounds().getWidth() * 1.7 + 24);
        return c;
    }

    static String summary(CreatorPlatformDetail.CreatorState c) {
        String who = c.name() + (c.modelDriven() ? " (model)" : "");
        return c.active() ? who + " — " + c.items().size() + " items, " + Numbers.count(c.clicks()) + " clicks"
                : who + " — left in round " + c.departedRound();
    }

    @Override
    public String title() {
        return "Creators";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void runStarted(RunInfo info) {
        detail = null;
        shown = -1;
        shownTick = -1;
        list.getItems().clear();
        beliefs.removeAllSeries();
        items.getItems().clear();
        header.setText("Pick a creator.");
        decision.setText("");
    }

    @Override
    public boolean wantsInspections() {
        return true;
    }

    @Override
    public void inspected(Inspection<CreatorPlatformDetail> inspection) {
        if (inspection.tick() == shownTick && detail != null) {
            return; // nothing new: keep the list's scroll position and the chart as they are
        }
        shownTick = inspection.tick();
        detail = inspection.detail();
        int selected = shown;
        list.getItems().setAll(detail.creators());
        if (selected >= 0 && selected < detail.creators().size()) {
            list.getSelectionModel().select(selected);
        }
        shown = selected;
        showCreator();
    }

    /** Shows a creator by id (the list follows). */
    void select(int id) {
        list.getSelectionModel().select(id);
    }

    private void showCreator() {
        if (detail == null || shown < 0 || shown >= detail.creators().size()) {
            return;
        }
        CreatorPlatformDetail.CreatorState c = detail.creators().get(shown);
        header.setText(c.name() + (c.modelDriven() ? ", decided by a language model" : "") + ": "
                + (c.active() ? "on the platform" : "left in round " + c.departedRound() + " — " + c.departureReason())
                + String.format(Locale.ROOT, " · uploads with chance %.2f · %s exposures, %s clicks", c.frequency(),
                Numbers.count(c.exposures()), Numbers.count(c.clicks())));
        if (c.decisions().isEmpty()) {
            decision.setText("No decision yet: only its back catalogue.");
        } else {
            DecisionPoint d = c.decisions().get(c.decisions().size() - 1);
            decision.setText("Last decision, round " + d.round() + ": " + d.decision().mode().id() + " "
                    + detail.genres().get(d.decision().genre()) + " — \"" + d.decision().name() + "\""
                    + (d.decision().reasoning().isEmpty() ? "" : " (" + d.decision().reasoning() + ")"));
        }
        beliefs.removeAllSeries();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        int k = 0;
        for (BeliefSeries.Line line : BeliefSeries.of(c, detail.genres().size())) {
            XYSeries s = new XYSeries(detail.genres().get(line.genre()), false, true);
            line.points().forEach(p -> s.add(p[0], p[1], false));
            beliefs.addSeries(s);
            renderer.setSeriesPaint(k, Palette.color(line.genre()));
            renderer.setSeriesStroke(k, new BasicStroke(1.6f));
            k++;
        }
        plot.clearDomainMarkers();
        if (!c.active()) {
            ValueMarker left = new ValueMarker(c.departedRound(), new Color(0xD55E00), new BasicStroke(2f));
            left.setLabel("left");
            plot.addDomainMarker(left);
        }
        items.getItems().setAll(c.items());
    }

    /** For tests: the belief lines shown and the item rows. */
    int beliefLines() {
        return beliefs.getSeriesCount();
    }

    int itemRows() {
        return items.getItems().size();
    }

    /** The round of the snapshot shown, -1 before the first. */
    long shownTick() {
        return shownTick;
    }

    String headerText() {
        return header.getText();
    }

    static CreatorsView of(Node node) {
        return node == null ? null : (CreatorsView) node.getProperties().get(CreatorsView.class);
    }

    List<CreatorPlatformDetail.CreatorState> listed() {
        return list.getItems();
    }
}
