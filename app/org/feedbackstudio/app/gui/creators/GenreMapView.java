package org.feedbackstudio.app.gui.creators;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.feedbackstudio.app.gui.CanvasPane;
import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.kit.ColourScale;
import org.feedbackstudio.app.gui.kit.HeatMap;
import org.feedbackstudio.app.gui.kit.Numbers;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.creators.CreatorPlatformDetail;

/**
 * A genre × round heat map: rounds along x, genres along y (largest audience at the top), each cell the
 * share of the round's new items — or of its exposures — in the genre. A platform that narrows its
 * content reads as colour gathering in a few rows.
 */
final class GenreMapView implements SimulatorView<CreatorPlatformDetail> {
    static final String ID = "creators-genres";
    private static final Color AXIS = Color.web("#333333");
    private static final Color FUTURE = Color.web("#f1f2f4");
    private static final Color MARK = Color.web("#d55e00");

    private final BorderPane root = new BorderPane();
    private final CanvasPane map = new CanvasPane(this::draw, 640, 420);
    private final Label readout = new Label("Point at a cell to read it.");
    private final ToggleButton newItems = new ToggleButton("New items");
    private final ToggleButton exposures = new ToggleButton("Exposures");
    private CreatorPlatformDetail detail;
    private GenreGrid grid;
    private HeatMap cells;
    private boolean presentation;
    private int markedRound = -1;
    private int markedGenre = -1;

    GenreMapView() {
        root.setId(ID);
        root.getProperties().put(GenreMapView.class, this);
        ToggleGroup group = new ToggleGroup();
        newItems.setToggleGroup(group);
        exposures.setToggleGroup(group);
        newItems.setSelected(true);
        newItems.setId("creators-genres-new");
        exposures.setId("creators-genres-exposures");
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
            grid = null;
            map.redraw();
        });
        Label heading = new Label("Genres round by round");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label share = new Label("Share of the round's");
        share.setMinWidth(Region.USE_PREF_SIZE);
        newItems.setMinWidth(Region.USE_PREF_SIZE);
        exposures.setMinWidth(Region.USE_PREF_SIZE);
        HBox choice = new HBox(8, share, newItems, exposures);
        choice.setAlignment(Pos.CENTER_LEFT);
        // The heading and the choice share a line when there is room and take two when there is not.
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(16, 4, heading, choice);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        top.setStyle("-fx-background-color: #eef1f5; -fx-border-color: transparent transparent #d5d9e0 transparent;");
        map.setId("creators-genres-map");
        map.canvas().setOnMouseMoved(this::pointed);
        map.canvas().setOnMouseClicked(this::pointed);
        readout.setId("creators-genres-readout");
        readout.setPadding(new Insets(4, 8, 4, 8));
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);
        root.setTop(top);
        root.setCenter(map);
        root.setBottom(readout);
        root.setStyle("-fx-background-color: white;");
    }

    @Override
    public String title() {
        return "Genres";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void runStarted(RunInfo info) {
        detail = null;
        grid = null;
        markedRound = -1;
        readout.setText("Point at a cell to read it.");
        map.redraw();
    }

    @Override
    public boolean wantsInspections() {
        return true;
    }

    @Override
    public void inspected(Inspection<CreatorPlatformDetail> inspection) {
        detail = inspection.detail();
        grid = null;
        map.redraw();
    }

    @Override
    public void setPresentation(boolean on) {
        presentation = on;
        map.redraw();
    }

    GenreGrid grid() {
        if (grid == null && detail != null) {
            grid = new GenreGrid(exposures.isSelected() ? detail.exposuresByRound() : detail.newItemsByRound(),
                    detail.rounds(), detail.genres().size());
        }
        return grid;
    }

    private void draw() {
        Canvas canvas = map.canvas();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double sc = presentation ? 1.5 : 1.0;
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Font font = Font.font(11 * sc);
        if (detail == null) {
            g.setFill(Color.gray(0.35));
            g.setFont(Font.font(14 * sc));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Step or play the run: each round adds a column.", w / 2, h / 2);
            return;
        }
        GenreGrid gr = grid();
        double left = 150 * sc;
        double top = 12 * sc;
        double bottom = 40 * sc;
        double right = 70 * sc;
        cells = new HeatMap(left, top, Math.max(10, w - left - right), Math.max(10, h - top - bottom),
                gr.rounds(), gr.genres(), HeatMap.Rows.TOP_DOWN);
        cells.cells(g, (c, r) -> {
            double s = gr.share(c, r);
            return Double.isNaN(s) ? FUTURE : ColourScale.SHARE.at(s);
        });
        cells.mark(g, markedRound, markedGenre, MARK, 2);
        g.setFill(AXIS);
        g.setFont(font);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < gr.genres(); r++) {
            g.fillText(detail.genres().get(r), left - 6, (cells.top(r) + cells.bottom(r)) / 2);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int step = Math.max(1, (int) Math.ceil(gr.rounds() / Math.max(1.0, cells.width() / (40 * sc))));
        for (int c = 0; c < gr.rounds(); c += step) {
            double x = (cells.left(c) + cells.right(c)) / 2;
            g.fillText(Integer.toString(c + 1), x, top + cells.height() + 4);
        }
        g.fillText("round", left + cells.width() / 2, top + cells.height() + 18 * sc);
        HeatMap.colourBar(g, left + cells.width() + 10, top, 14 * sc, cells.height(), ColourScale.SHARE,
                Color.gray(0.5), java.util.List.of(0.0, 0.25, 0.5, 0.75, 1.0), v -> v, Numbers::percent, font, AXIS);
    }

    private void pointed(MouseEvent e) {
        if (cells == null || grid == null) {
            return;
        }
        int c = cells.columnAt(e.getX());
        int r = cells.rowAt(e.getY());
        markedRound = c;
        markedGenre = r;
        if (c >= 0 && r >= 0) {
            long total = grid.total(c);
            String what = exposures.isSelected() ? "exposures" : "new items";
            readout.setText(total < 0 ? "Round " + (c + 1) + " has not been played yet."
                    : "Round " + (c + 1) + ", " + detail.genres().get(r) + ": " + Numbers.percent(grid.share(c, r))
                    + " of " + Numbers.count(total) + " " + what + ".");
        }
        map.redraw();
    }

    static GenreMapView of(Node node) {
        return node == null ? null : (GenreMapView) node.getProperties().get(GenreMapView.class);
    }
}
