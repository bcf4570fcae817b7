package org.feedbackstudio.app.gui.streams;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.feedbackstudio.app.gui.CanvasPane;
import org.feedbackstudio.app.gui.kit.ColourScale;
import org.feedbackstudio.app.gui.kit.HeatMap;
import org.feedbackstudio.app.gui.kit.Numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * The task × task accuracy matrix as a heat map: rows are the tasks evaluated, columns the training
 * task after which they were evaluated, every cell coloured and labelled with its accuracy, and a
 * colour legend beside it. The diagonal is each task right after it was learned; below it, what
 * remains of it later. Point at a cell to read it.
 */
final class HeatMapPane extends BorderPane {
    static final String HINT = "Rows: the task evaluated. Columns: after training on which task. "
            + "The diagonal is each task just learned; down a row, what remains of it later. Point at a cell.";
    private static final Color AXIS = Color.web("#333333");
    private static final Color MARK = Color.web("#d55e00");

    private final CanvasPane map = new CanvasPane(this::draw, 560, 420);
    private final Label readout = new Label(HINT);
    private AccuracyMatrix matrix;
    private HeatMapLayout layout;
    private double scale = 1;
    private int markedTask = -1;
    private int markedAfter = -1;

    HeatMapPane() {
        map.setId("streams-heat-map");
        map.canvas().setOnMouseMoved(this::pointed);
        map.canvas().setOnMouseClicked(this::pointed);
        map.canvas().setOnMouseExited(e -> {
            markedTask = -1;
            readout.setText(HINT);
            map.redraw();
        });
        readout.setId("streams-heat-map-readout");
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);
        readout.setPadding(new Insets(4, 8, 6, 8));
        setCenter(map);
        setBottom(readout);
        setStyle("-fx-background-color: white;");
    }

    void show(AccuracyMatrix m) {
        matrix = m;
        if (markedTask > 0 && markedTask <= m.tasks() && markedAfter <= m.tasks()) {
            readout.setText(m.describe(markedTask, markedAfter));
        } else {
            markedTask = -1;
        }
        map.redraw();
    }

    void clear() {
        matrix = null;
        markedTask = -1;
        readout.setText(HINT);
        map.redraw();
    }

    void setScale(double s) {
        scale = s;
        map.redraw();
    }

    AccuracyMatrix matrix() {
        return matrix;
    }

    HeatMapLayout cellLayout() {
        return layout;
    }

    String readoutText() {
        return readout.getText();
    }

    private void pointed(MouseEvent e) {
        if (matrix == null || layout == null) {
            return;
        }
        int after = layout.columnAt(e.getX());
        int task = layout.rowAt(e.getY());
        if (after < 0 || task < 0) {
            return;
        }
        readout.setText(matrix.describe(task, after));
        if (task != markedTask || after != markedAfter) {
            markedTask = task;
            markedAfter = after;
            map.redraw();
        }
    }

    private void draw() {
        double w = map.canvas().getWidth();
        double h = map.canvas().getHeight();
        GraphicsContext g = map.canvas().getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (matrix == null) {
            layout = null;
            g.setFill(Color.gray(0.35));
            g.setFont(Font.font(14 * scale));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("The accuracy matrix shows here once the run is loaded.", w / 2, h / 2);
            return;
        }
        int n = matrix.tasks();
        layout = HeatMapLayout.of(n, w, h, scale);
        HeatMapLayout l = layout;
        double cell = l.cell();
        Font cellFont = Font.font(null, FontWeight.BOLD, Math.min(14 * scale, Math.max(9, cell * 0.32)));
        boolean labelled = cell >= 2.4 * cellFont.getSize() + 2;
        // The kit's cells count from 0: column after - 1, row task - 1.
        HeatMap cells = new HeatMap(l.x0(), l.y0(), l.size(), l.size(), n, n, HeatMap.Rows.TOP_DOWN);
        HeatMap.Fill fill = (c, r) -> switch (matrix.kind(r + 1, c + 1)) {
            case FINISHED, NOW -> AccuracyColours.of(matrix.accuracy(r + 1, c + 1));
            case NOT_SEEN -> AccuracyColours.NOT_SEEN;
            case TO_COME -> AccuracyColours.TO_COME;
        };
        cells.cells(g, fill);
        if (labelled) {
            cells.labels(g, (c, r) -> matrix.label(r + 1, c + 1), fill, cellFont);
        }
        if (cell >= 10) {
            cells.separators(g, Color.WHITE);
        }
        // Blank cells (tasks not seen yet) keep a faint frame, and the matrix an outline, on the white page.
        g.setStroke(Color.web("#e3e6ea"));
        g.setLineWidth(1);
        for (int k = 1; k <= n && cell >= 10; k++) {
            for (int j = k + 1; j <= n; j++) {
                if (matrix.kind(j, k) == AccuracyMatrix.Kind.NOT_SEEN) {
                    g.strokeRect(l.columnX(k) + 1.5, l.rowY(j) + 1.5, cell - 3, cell - 3);
                }
            }
        }
        g.setStroke(Color.web("#b9bec6"));
        g.strokeRect(l.x0() - 0.5, l.y0() - 0.5, l.size() + 1, l.size() + 1);
        if (matrix.nowColumn() > 0) {
            cells.current(g, matrix.nowColumn() - 1, AXIS, 1.5, "now", Font.font(12 * scale), true);
        }
        if (markedTask > 0 && markedAfter > 0) {
            cells.mark(g, markedAfter - 1, markedTask - 1, MARK, 2.5);
        }
        drawAxes(g, l);
        drawLegend(g, l, w, h);
    }

    private void drawAxes(GraphicsContext g, HeatMapLayout l) {
        int n = l.tasks();
        Font font = Font.font(12 * scale);
        Font title = Font.font(null, FontWeight.BOLD, 13 * scale);
        g.setFill(AXIS);
        int step = l.labelStep(26 * scale);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int k = 1; k <= n; k++) {
            if (HeatMapLayout.numbered(k, step)) {
                g.fillText(Integer.toString(k), l.columnX(k) + l.cell() / 2, l.y0() - 4);
            }
        }
        g.setFont(title);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("after training on task →", l.x0(), l.y0() - 22 * scale);
        int rowStep = l.labelStep(18 * scale);
        g.setFont(font);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int j = 1; j <= n; j++) {
            if (HeatMapLayout.numbered(j, rowStep)) {
                g.fillText("task " + j, l.x0() - 6, l.rowY(j) + l.cell() / 2);
            }
        }
        g.save();
        g.translate(16 * scale, l.y0() + Math.min(l.size(), 300 * scale) / 2);
        g.rotate(-90);
        g.setFont(title);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("task evaluated ↓", 0, 0);
        g.restore();
    }

    private void drawLegend(GraphicsContext g, HeatMapLayout l, double width, double height) {
        double x = l.x0() + l.size() + 20 * scale;
        double top = l.y0();
        double barWidth = 18 * scale;
        double keysHeight = 3 * (14 + 8) * scale + 16 * scale;
        double barHeight = l.keysRight()
                ? Math.min(260 * scale, Math.max(l.size() - keysHeight, 100 * scale))
                : Math.min(260 * scale, Math.max(l.size(), Math.min(110 * scale, height - top - 8)));
        Font font = Font.font(12 * scale);
        g.setFill(AXIS);
        g.setFont(Font.font(null, FontWeight.BOLD, 13 * scale));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("accuracy", x - 4 * scale, top - 6);
        double step = barHeight / 5 >= 20 * scale ? 0.2 : barHeight / 4 >= 20 * scale ? 0.25 : 0.5;
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i * step <= 1 + 1e-9; i++) {
            ticks.add(i * step);
        }
        HeatMap.colourBar(g, x, top, barWidth, barHeight, ColourScale.VIRIDIS, AXIS, ticks, v -> v,
                v -> Numbers.fixed(v, 2), font, AXIS);
        // The keys to the cells that carry no accuracy: under the colour bar, or in a row under the matrix.
        double box = 14 * scale;
        String[] texts = {"not seen yet", "task still to come", "now (latest evaluation)"};
        Color[] fills = {AccuracyColours.NOT_SEEN, AccuracyColours.TO_COME, Color.WHITE};
        if (l.keysRight()) {
            double ky = top + barHeight + 16 * scale;
            for (int i = 0; i < texts.length; i++) {
                swatch(g, x, ky + i * (box + 8 * scale), box, fills[i], i == 2, texts[i], font);
            }
            return;
        }
        double kx = l.x0();
        double ky = l.y0() + l.size() + 26 * scale;
        for (int i = 0; i < texts.length; i++) {
            double w = box + 6 + textWidth(texts[i], font) + 18 * scale;
            if (kx + w > width && kx > l.x0()) {
                kx = l.x0();
                ky += box + 6 * scale;
            }
            swatch(g, kx, ky, box, fills[i], i == 2, texts[i], font);
            kx += w;
        }
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static void swatch(GraphicsContext g, double x, double y, double box, Color fill, boolean dashed,
                               String text, Font font) {
        g.setFill(fill);
        g.fillRect(x, y, box, box);
        g.setStroke(AXIS);
        g.setLineWidth(1);
        if (dashed) {
            g.setLineDashes(4, 2);
        }
        g.strokeRect(x + 0.5, y + 0.5, box - 1, box - 1);
        g.setLineDashes();
        g.setFill(AXIS);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + box + 6, y + box / 2);
    }
}
