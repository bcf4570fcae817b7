package org.feedbackstudio.app.gui.donor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.feedbackstudio.app.gui.CanvasPane;
import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.kit.ColourScale;
import org.feedbackstudio.app.gui.kit.HeatMap;
import org.feedbackstudio.app.gui.kit.Numbers;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.donor.DonorGameSimulator;
import org.feedbackstudio.donor.DonorSnapshot;
import org.feedbackstudio.donor.GenerationSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A heat map of how much donors gave, generation by generation: generations along x, the share of
 * resources a donor gave along y (in the simulator's histogram bins), and the colour of a cell the share
 * of that generation's donations that fell in the bin. A line follows the mean donation. Cooperation
 * evolving reads as the mass of colour climbing towards "gave everything".
 */
public final class DonationsView implements SimulatorView<DonorSnapshot> {
    static final String ID = "donor-donations";
    /** Narrowest column drawn; with more generations than fit, neighbouring generations share a column. */
    static final double MIN_COLUMN_WIDTH = 3;
    /** Cells with any donation get at least this much colour, so they differ from empty (white) ones. */
    private static final double MIN_TINT = 0.06;
    private static final Color AXIS = Color.web("#333333");
    private static final Color FUTURE = Color.web("#f1f2f4");
    private static final Color MARK = Color.web("#d55e00");

    private final BorderPane root = new BorderPane();
    private final CanvasPane map = new CanvasPane(this::draw, 600, 400);
    private final Canvas legendBar = new Canvas(86, 200);
    private final Label readout = new Label(" ");
    private final Label punishmentNote = new Label("Punishments count as giving 0%.");
    private final CheckBox meanLine = new CheckBox("Mean donation line");
    private final Label heading = new Label("How much donors gave, generation by generation");
    private final Label legendTitle = new Label("Share of the generation's donations");

    private DonorSnapshot snapshot;
    private DonationGrid grid;
    private DonorSnapshot gridSource;
    private int gridRoom;
    private double scaleTop = 1.0;
    private boolean presentation;
    private int markedColumn = -1;
    private int markedBin = -1;
    // Plot area of the last drawing.
    private double px0;
    private double py0;
    private double plotWidth;
    private double plotHeight;
    private HeatMap heatMap;

    public DonationsView() {
        root.setId(ID);
        root.getProperties().put(DonationsView.class, this);
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        heading.setMinWidth(0);
        heading.setWrapText(true);
        meanLine.setSelected(true);
        meanLine.setMinWidth(Region.USE_PREF_SIZE);
        meanLine.selectedProperty().addListener((o, a, b) -> map.redraw());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, heading, spacer, meanLine);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        top.setStyle("-fx-background-color: #eef1f5; -fx-border-color: transparent transparent #d5d9e0 transparent;");

        map.setId("donor-donations-map");
        Canvas canvas = map.canvas();
        canvas.setOnMouseMoved(this::hovered);
        canvas.setOnMouseClicked(this::hovered);
        // The legend scrolls on a short screen rather than pushing the readout out of the window.
        ScrollPane legendScroll = new ScrollPane(legend());
        legendScroll.setFitToWidth(true);
        legendScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        legendScroll.setMinWidth(Region.USE_PREF_SIZE);
        legendScroll.setStyle("-fx-background-color: white; -fx-background: white;");
        HBox centre = new HBox(map, legendScroll);
        HBox.setHgrow(map, Priority.ALWAYS);
        centre.setStyle("-fx-background-color: white;");
        readout.setId("donor-donations-readout");
        readout.setPadding(new Insets(4, 8, 4, 8));
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);
        readout.setText("Point at a cell to read it.");
        root.setTop(top);
        root.setCenter(centre);
        root.setBottom(readout);
        drawLegendBar();
    }

    // ---------------------------------------------------------------- SimulatorView

    @Override
    public String title() {
        return "Donations";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void runStarted(RunInfo info) {
        snapshot = null;
        grid = null;
        markedColumn = -1;
        boolean punishment = info.scenario().parameters().get(DonorGameSimulator.PUNISHMENT);
        punishmentNote.setVisible(punishment);
        punishmentNote.setManaged(punishment);
        readout.setText("Point at a cell to read it.");
        map.redraw();
    }

    @Override
    public boolean wantsInspections() {
        return true;
    }

    @Override
    public void inspected(Inspection<DonorSnapshot> inspection) {
        snapshot = inspection.detail();
        map.redraw();
    }

    @Override
    public void setPresentation(boolean on) {
        presentation = on;
        legendTitle.setMaxWidth(on ? 200 : 130);
        punishmentNote.setMaxWidth(on ? 200 : 130);
        legendBar.setWidth(on ? 120 : 86);
        legendBar.setHeight(on ? 260 : 200);
        drawLegendBar();
        map.redraw();
    }

    // ---------------------------------------------------------------- the grid

    /** The cells for the snapshot shown, with room for {@code maxColumns} columns. */
    static DonationGrid gridOf(DonorSnapshot s, int maxColumns) {
        List<List<Integer>> finished = new ArrayList<>(s.history().size());
        List<Double> means = new ArrayList<>(s.history().size());
        for (GenerationSummary g : s.history()) {
            finished.add(g.donationHistogram());
            means.add(g.donationFraction());
        }
        // Once a generation has ended its histogram is in the history; the current one repeats it.
        List<Integer> inPlay = s.generationEnded() ? null : s.currentHistogram();
        return new DonationGrid(s.generations(), s.histogramBins(), finished, means, inPlay, maxColumns);
    }

    private double scale() {
        return presentation ? 1.5 : 1.0;
    }

    private void draw() {
        Canvas canvas = map.canvas();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double sc = scale();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Font font = Font.font(12 * sc);
        Font labelFont = Font.font(null, FontWeight.BOLD, 13 * sc);
        double left = 78 * sc;
        double right = 14;
        double top = 22 * sc;
        double bottom = 48 * sc;
        px0 = left;
        py0 = top;
        plotWidth = Math.max(10, w - left - right);
        plotHeight = Math.max(10, h - top - bottom);
        if (snapshot == null) {
            grid = null;
            g.setFill(Color.gray(0.35));
            g.setFont(Font.font(14 * sc));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Step or play the run: each finished generation adds a column.", w / 2, h / 2);
            return;
        }
        int maxColumns = (int) Math.max(1, Math.floor(plotWidth / MIN_COLUMN_WIDTH));
        if (grid == null || gridSource != snapshot || gridRoom != maxColumns) {
            grid = gridOf(snapshot, maxColumns); // not on every hover: a long run has many generations to add up
            gridSource = snapshot;
            gridRoom = maxColumns;
        }
        double top10 = DonationGrid.scaleTop(grid.maxShare());
        if (top10 != scaleTop) {
            scaleTop = top10;
            drawLegendBar();
        }
        int columns = grid.columns();
        HeatMap cells = new HeatMap(px0, py0, plotWidth, plotHeight, columns, grid.bins(), HeatMap.Rows.BOTTOM_UP);
        heatMap = cells;
        // Generations to come stay grey; played ones are white where nobody gave that much.
        cells.cells(g, this::cellColour);
        for (int c = 0; c < columns; c++) {
            if (grid.inPlay(c)) {
                cells.current(g, c, AXIS, 1, "in play", font, false);
            }
        }
        if (meanLine.isSelected()) {
            drawMeanLine(g, plotWidth / columns);
        }
        cells.mark(g, markedColumn, markedBin, MARK, 2);
        drawAxes(g, font, labelFont, sc);
    }

    /** A played generation's share of donations in a bin; the generation still in play is paler. */
    private Color cellColour(int column, int bin) {
        if (grid.total(column) == 0) {
            return FUTURE;
        }
        double share = grid.share(column, bin);
        Color colour = Double.isNaN(share) || share <= 0 ? Color.WHITE
                : ColourScale.SHARE.at(Math.max(MIN_TINT, DonationGrid.colourPosition(share, scaleTop)));
        return grid.inPlay(column) ? colour.deriveColor(0, 1, 1, 0.55) : colour;
    }

    private void drawMeanLine(GraphicsContext g, double colWidth) {
        List<double[]> points = new ArrayList<>();
        for (int c = 0; c < grid.columns(); c++) {
            double mean = grid.meanDonation(c);
            if (!Double.isNaN(mean)) {
                points.add(new double[] {px0 + (c + 0.5) * colWidth, py0 + plotHeight * (1 - mean)});
            }
        }
        if (points.isEmpty()) {
            return;
        }
        double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
        double width = presentation ? 3.5 : 2.2;
        g.setStroke(Color.WHITE);
        g.setLineWidth(width + 3);
        g.strokePolyline(xs, ys, xs.length);
        g.setStroke(Color.BLACK);
        g.setLineWidth(width);
        g.strokePolyline(xs, ys, xs.length);
        if (colWidth >= 8) {
            double r = width * 1.6;
            for (int i = 0; i < xs.length; i++) {
                g.setFill(Color.WHITE);
                g.fillOval(xs[i] - r - 1, ys[i] - r - 1, 2 * r + 2, 2 * r + 2);
                g.setFill(Color.BLACK);
                g.fillOval(xs[i] - r, ys[i] - r, 2 * r, 2 * r);
            }
        }
    }

    private void drawAxes(GraphicsContext g, Font font, Font labelFont, double sc) {
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(px0 - 0.5, py0, px0 - 0.5, py0 + plotHeight);
        g.strokeLine(px0, py0 + plotHeight + 0.5, px0 + plotWidth, py0 + plotHeight + 0.5);
        g.setFill(AXIS);
        g.setFont(font);
        // y: the share given, at quarter marks
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int q = 0; q <= 4; q++) {
            double y = py0 + plotHeight * (1 - q / 4.0);
            g.strokeLine(px0 - 5, y, px0, y);
            g.fillText(q * 25 + "%", px0 - 8, y);
        }
        g.save();
        g.translate(16 * sc, py0 + plotHeight / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(labelFont);
        g.fillText("share of its resources a donor gave", 0, 0);
        g.restore();

        // x: generations, labelled at a readable step
        int generations = grid.generations();
        double perGeneration = plotWidth / ((double) grid.columns() * grid.generationsPerColumn());
        int step = tickStep(generations, plotWidth, 46 * sc);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(font);
        for (int gen = 1; gen <= generations; gen = gen == 1 && step > 1 ? step : gen + step) {
            double x = px0 + (gen - 0.5) * perGeneration;
            g.strokeLine(x, py0 + plotHeight, x, py0 + plotHeight + 5);
            g.fillText(String.format(Locale.ROOT, "%,d", gen), x, py0 + plotHeight + 7);
        }
        g.setFont(labelFont);
        g.fillText("generation", px0 + plotWidth / 2, py0 + plotHeight + 24 * sc);
    }

    /** A step between generation labels from 1, 2, 5, 10, 20, 50, … that keeps labels {@code spacing} apart. */
    static int tickStep(int generations, double width, double spacing) {
        double perGeneration = width / generations;
        int[] mantissas = {1, 2, 5};
        for (long magnitude = 1; ; magnitude *= 10) {
            for (int m : mantissas) {
                long step = m * magnitude;
                if (step * perGeneration >= spacing || step >= generations) {
                    return (int) Math.min(step, Integer.MAX_VALUE);
                }
            }
        }
    }

    // ---------------------------------------------------------------- reading a cell

    private void hovered(MouseEvent e) {
        if (grid == null || heatMap == null) {
            return;
        }
        int c = heatMap.columnAt(e.getX());
        int b = heatMap.rowAt(e.getY());
        if (c < 0 || b < 0) {
            return;
        }
        readout.setText(describe(grid, c, b));
        if (c != markedColumn || b != markedBin) {
            markedColumn = c;
            markedBin = b;
            map.redraw();
        }
    }

    /** What a cell means, in a sentence. */
    static String describe(DonationGrid grid, int c, int b) {
        int first = grid.firstGeneration(c);
        int last = grid.lastGeneration(c);
        String which = first == last ? "Generation " + first : "Generations " + first + "–" + last;
        if (grid.total(c) == 0) {
            return which + ": no donations yet.";
        }
        String range = Numbers.percent(grid.binLow(b)) + "–" + Numbers.percent(grid.binHigh(b));
        StringBuilder text = new StringBuilder(which);
        if (grid.inPlay(c)) {
            text.append(" (so far)");
        }
        text.append(": ").append(String.format(Locale.ROOT, "%,d", grid.count(c, b))).append(" of ")
                .append(String.format(Locale.ROOT, "%,d", grid.total(c))).append(" donations (")
                .append(Numbers.percent(grid.share(c, b))).append(") gave ").append(range)
                .append(" of the donor's resources");
        double mean = grid.meanDonation(c);
        if (!Double.isNaN(mean)) {
            text.append("; mean donation ").append(Numbers.percent(mean));
        }
        return text.append('.').toString();
    }

    // ---------------------------------------------------------------- legend

    private Node legend() {
        Label title = legendTitle;
        title.setWrapText(true);
        title.setMaxWidth(130);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setStyle("-fx-font-weight: bold;");
        Rectangle none = new Rectangle(14, 14, Color.WHITE);
        none.setStroke(Color.gray(0.5));
        HBox noneKey = new HBox(6, none, new Label("none"));
        noneKey.setAlignment(Pos.CENTER_LEFT);
        Rectangle future = new Rectangle(14, 14, FUTURE);
        future.setStroke(Color.gray(0.5));
        HBox futureKey = new HBox(6, future, new Label("not played yet"));
        futureKey.setAlignment(Pos.CENTER_LEFT);
        Line line = new Line(0, 0, 22, 0);
        line.setStrokeWidth(2.5);
        Label meanLabel = new Label("mean donation");
        HBox meanKey = new HBox(6, line, meanLabel);
        meanKey.setAlignment(Pos.CENTER_LEFT);
        punishmentNote.setWrapText(true);
        punishmentNote.setMaxWidth(130);
        punishmentNote.setMinHeight(Region.USE_PREF_SIZE);
        punishmentNote.setVisible(false);
        punishmentNote.setManaged(false);
        VBox box = new VBox(8, title, legendBar, noneKey, futureKey, meanKey, punishmentNote);
        box.setId("donor-donations-legend");
        box.setPadding(new Insets(14, 12, 8, 6));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private void drawLegendBar() {
        GraphicsContext g = legendBar.getGraphicsContext2D();
        double w = legendBar.getWidth();
        double h = legendBar.getHeight();
        double sc = scale();
        g.clearRect(0, 0, w, h);
        HeatMap.colourBar(g, 0.5, 8, 18 * sc, h - 16, ColourScale.SHARE, Color.gray(0.5),
                DonationGrid.legendValues(scaleTop, 0.16), v -> DonationGrid.colourPosition(v, scaleTop),
                Numbers::percent, Font.font(12 * sc), AXIS);
    }

    // ---------------------------------------------------------------- for tests

    static DonationsView of(Node node) {
        return node == null ? null : (DonationsView) node.getProperties().get(DonationsView.class);
    }

    /** The cells drawn last, or null before the first snapshot. */
    DonationGrid grid() {
        return grid;
    }

    /** The tick of the snapshot shown, or -1. */
    long shownTick() {
        return snapshot == null ? -1 : snapshot.tick();
    }

    /** The top of the colour scale now. */
    double scaleTop() {
        return scaleTop;
    }

    String readoutText() {
        return readout.getText();
    }
}
