package org.feedbackstudio.app.gui.kit;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

/**
 * A heat map on a canvas: a grid of {@code columns × rows} cells over a plot area, each filled with a
 * colour and perhaps labelled, a marked cell, a dashed frame around the column being played, and a colour
 * bar for the legend. Every simulator's heat map draws with it, so they look and read alike; what the
 * cells mean (and the axes around them) is the view's.
 *
 * <p>Cell edges fall on whole pixels, so neighbouring cells neither overlap nor leave gaps.
 */
public final class HeatMap {
    /** Which way rows run: row 0 at the bottom (a value axis) or at the top (a list of tasks). */
    public enum Rows { BOTTOM_UP, TOP_DOWN }

    /** The colour of a cell, or null to leave it as it is. */
    @FunctionalInterface
    public interface Fill {
        Color at(int column, int row);
    }

    /** The text of a cell, or null or empty for none. */
    @FunctionalInterface
    public interface Label {
        String at(int column, int row);
    }

    private final double x0;
    private final double y0;
    private final double width;
    private final double height;
    private final int columns;
    private final int rows;
    private final Rows order;

    /** The cells of a plot area whose top-left corner is ({@code x0}, {@code y0}). */
    public HeatMap(double x0, double y0, double width, double height, int columns, int rows, Rows order) {
        this.x0 = x0;
        this.y0 = y0;
        this.width = width;
        this.height = height;
        this.columns = columns;
        this.rows = rows;
        this.order = order;
    }

    public double x0() {
        return x0;
    }

    public double y0() {
        return y0;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double left(int column) {
        return Math.floor(x0 + column * width / columns);
    }

    public double right(int column) {
        return left(column + 1);
    }

    public double top(int row) {
        return order == Rows.TOP_DOWN ? Math.floor(y0 + row * height / rows)
                : Math.floor(y0 + height - (row + 1) * height / rows);
    }

    public double bottom(int row) {
        return order == Rows.TOP_DOWN ? top(row + 1) : Math.floor(y0 + height - row * height / rows);
    }

    /** The column under x, or -1 outside the cells. */
    public int columnAt(double x) {
        int c = (int) Math.floor((x - x0) / (width / columns));
        return x >= x0 && c >= 0 && c < columns ? c : -1;
    }

    /** The row under y, or -1 outside the cells. */
    public int rowAt(double y) {
        double along = order == Rows.TOP_DOWN ? y - y0 : y0 + height - y;
        int r = (int) Math.floor(along / (height / rows));
        return along >= 0 && r >= 0 && r < rows ? r : -1;
    }

    /** Fills every cell. */
    public void cells(GraphicsContext g, Fill fill) {
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < rows; r++) {
                Color colour = fill.at(c, r);
                if (colour != null) {
                    g.setFill(colour);
                    g.fillRect(left(c), top(r), right(c) - left(c), bottom(r) - top(r));
                }
            }
        }
    }

    /** Writes each cell's text centred, in black or white, whichever reads better on the cell's colour. */
    public void labels(GraphicsContext g, Label label, Fill fill, Font font) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < rows; r++) {
                String text = label.at(c, r);
                Color under = fill.at(c, r);
                if (text != null && !text.isEmpty() && under != null) {
                    g.setFill(ColourScale.textOn(under));
                    g.fillText(text, (left(c) + right(c)) / 2, (top(r) + bottom(r)) / 2);
                }
            }
        }
    }

    /** Thin lines between the cells, which keep neighbours of one colour apart. */
    public void separators(GraphicsContext g, Color colour) {
        g.setStroke(colour);
        g.setLineWidth(1);
        for (int c = 1; c < columns; c++) {
            g.strokeLine(left(c), y0, left(c), y0 + height);
        }
        for (int r = 1; r < rows; r++) {
            double y = order == Rows.TOP_DOWN ? top(r) : bottom(r);
            g.strokeLine(x0, y, x0 + width, y);
        }
    }

    /** Outlines the cell the user points at. */
    public void mark(GraphicsContext g, int column, int row, Color colour, double lineWidth) {
        if (column < 0 || column >= columns || row < 0 || row >= rows) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(lineWidth);
        double pad = lineWidth / 2;
        g.strokeRect(left(column) - pad, top(row) - pad, right(column) - left(column) + lineWidth,
                bottom(row) - top(row) + lineWidth);
    }

    /**
     * A dashed frame around the column still being played or evaluated, with a caption above or below it
     * (kept inside the plot's width).
     */
    public void current(GraphicsContext g, int column, Color ink, double lineWidth, String caption, Font font,
                        boolean captionBelow) {
        double x = left(column);
        double w = right(column) - x;
        double inset = Math.max(0.5, lineWidth - 0.5);
        g.setStroke(ink);
        g.setLineWidth(lineWidth);
        g.setLineDashes(2 * lineWidth + 2, 3);
        g.strokeRect(x + inset, y0 + inset, Math.max(1, w - 2 * inset), height - 2 * inset);
        g.setLineDashes();
        g.setFill(ink);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(captionBelow ? VPos.TOP : VPos.BOTTOM);
        double margin = font.getSize() * 1.7;
        double cx = Math.min(Math.max(x + w / 2, x0 + margin), x0 + width - margin);
        g.fillText(caption, cx, captionBelow ? y0 + height + 4 : y0 - 3);
    }

    /**
     * A vertical colour bar for a legend: the scale from its bottom ({@code position} 0) to its top (1),
     * framed, with a tick (in the frame's colour) and a label (in {@code ink}) at each of {@code ticks}.
     *
     * @param position where a tick's value lies on the bar, 0 to 1 (the identity for a linear scale)
     */
    public static void colourBar(GraphicsContext g, double x, double top, double barWidth, double barHeight,
                                 ColourScale scale, Color frame, List<Double> ticks, DoubleUnaryOperator position,
                                 DoubleFunction<String> label, Font font, Color ink) {
        g.setFill(scale.gradient(true));
        g.fillRect(x, top, barWidth, barHeight);
        g.setStroke(frame);
        g.setLineWidth(1);
        g.strokeRect(x, top, barWidth, barHeight);
        g.setFill(ink);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : ticks) {
            double y = top + barHeight * (1 - position.applyAsDouble(v));
            g.strokeLine(x + barWidth, y, x + barWidth + 4, y);
            g.fillText(label.apply(v), x + barWidth + 7, y);
        }
    }
}
