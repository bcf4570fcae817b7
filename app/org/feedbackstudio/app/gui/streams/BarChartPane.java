package org.feedbackstudio.app.gui.streams;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.feedbackstudio.app.gui.CanvasPane;
import org.feedbackstudio.app.gui.charts.Palette;
import org.feedbackstudio.app.gui.kit.Numbers;

/** A small bar chart drawn on a canvas, with a title above and a readout below for the bar pointed at. */
final class BarChartPane extends VBox {
    private static final Color AXIS = Color.web("#333333");
    private static final Color SLOT = Color.web("#f1f2f4");

    private final Label title = new Label();
    private final CanvasPane plot = new CanvasPane(this::draw, 320, 170);
    private final Label readout = new Label(" ");
    private Bars bars;
    private double scale = 1;
    private int pointed = -1;
    // Geometry of the last drawing.
    private double x0;
    private double slot;

    BarChartPane(String id) {
        setId(id);
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);
        readout.setStyle("-fx-text-fill: #444444; -fx-font-size: 0.92em;");
        plot.canvas().setOnMouseMoved(this::point);
        plot.canvas().setOnMouseExited(e -> {
            pointed = -1;
            readout.setText(" ");
            plot.redraw();
        });
        VBox.setVgrow(plot, Priority.ALWAYS);
        setSpacing(2);
        setPadding(new Insets(6, 8, 6, 8));
        getChildren().addAll(title, plot, readout);
    }

    void show(Bars b) {
        bars = b;
        title.setText(b.title());
        if (pointed >= b.bars().size()) {
            pointed = -1;
        }
        readout.setText(pointed >= 0 ? b.bars().get(pointed).description() : " ");
        plot.redraw();
    }

    void setScale(double s) {
        scale = s;
        plot.redraw();
    }

    Bars bars() {
        return bars;
    }

    private void point(MouseEvent e) {
        if (bars == null || bars.bars().isEmpty() || slot <= 0) {
            return;
        }
        int i = (int) Math.floor((e.getX() - x0) / slot);
        if (i < 0 || i >= bars.bars().size()) {
            return;
        }
        readout.setText(bars.bars().get(i).description());
        if (i != pointed) {
            pointed = i;
            plot.redraw();
        }
    }

    private void draw() {
        double w = plot.canvas().getWidth();
        double h = plot.canvas().getHeight();
        GraphicsContext g = plot.canvas().getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (bars == null) {
            return;
        }
        Font font = Font.font(11.5 * scale);
        Font bold = Font.font(null, FontWeight.BOLD, 12 * scale);
        double left = 58 * scale;
        double top = 18 * scale;
        double bottom = 40 * scale;
        double right = 8;
        double plotW = Math.max(10, w - left - right);
        double plotH = Math.max(10, h - top - bottom);
        int n = Math.max(1, bars.bars().size());
        x0 = left;
        slot = plotW / n;
        double axisTop = bars.axisTop();

        g.setStroke(Color.web("#dddddd"));
        g.setLineWidth(1);
        g.setFill(AXIS);
        g.setFont(font);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 5; i++) {
            double v = axisTop * i / 5;
            double y = Math.floor(top + plotH * (1 - i / 5.0)) + 0.5;
            g.strokeLine(left, y, left + plotW, y);
            g.fillText(bars.percent() ? Numbers.percent(v) : Numbers.count(Math.round(v)), left - 6, y);
        }
        Color fill = Palette.fx(0);
        boolean valuesFit = slot >= 34 * scale;
        for (int i = 0; i < bars.bars().size(); i++) {
            Bars.Bar bar = bars.bars().get(i);
            double bx = left + i * slot + slot * 0.15;
            double bw = Math.max(1, slot * 0.7);
            if (Double.isNaN(bar.value())) {
                g.setFill(SLOT);
                g.fillRect(bx, top, bw, plotH);
            } else {
                double bh = plotH * Math.min(1, bar.value() / axisTop);
                g.setFill(i == pointed ? fill.darker() : fill);
                g.fillRect(bx, top + plotH - bh, bw, bh);
                if (valuesFit) {
                    g.setFill(AXIS);
                    g.setFont(font);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.BOTTOM);
                    g.fillText(bars.valueText(bar), bx + bw / 2, top + plotH - bh - 2);
                }
            }
        }
        g.setStroke(AXIS);
        g.strokeLine(left, top + plotH + 0.5, left + plotW, top + plotH + 0.5);
        g.strokeLine(left - 0.5, top, left - 0.5, top + plotH);
        int step = 1;
        while (step * slot < 22 * scale && step < n) {
            step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
        }
        g.setFill(AXIS);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < bars.bars().size(); i++) {
            if (i == 0 || (i + 1) % step == 0) {
                g.fillText(bars.bars().get(i).label(), left + (i + 0.5) * slot, top + plotH + 4);
            }
        }
        g.setFont(bold);
        g.fillText(bars.xLabel(), left + plotW / 2, top + plotH + 20 * scale);
        g.save();
        g.translate(12 * scale, top + plotH / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(bars.yLabel(), 0, 0);
        g.restore();
    }
}
