package org.feedbackstudio.app.gui;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * A canvas that fills its pane and is drawn again when resized. Drawing happens at once, on the JavaFX
 * thread, so what the canvas shows never lags behind the labels around it.
 */
public final class CanvasPane extends Pane {
    private final Canvas canvas = new Canvas();
    private final Runnable draw;
    private final double prefWidth;
    private final double prefHeight;

    /**
     * @param draw       paints the whole canvas; called on every resize and {@link #redraw()}
     * @param prefWidth  preferred width before layout gives it more or less
     * @param prefHeight preferred height
     */
    public CanvasPane(Runnable draw, double prefWidth, double prefHeight) {
        this.draw = draw;
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        getChildren().add(canvas);
        canvas.setManaged(false);
    }

    public Canvas canvas() {
        return canvas;
    }

    /** Draws again now. */
    public void redraw() {
        draw.run();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw.run();
        }
    }

    // The canvas follows the pane, never the other way round: the pane may shrink freely.
    @Override
    protected double computeMinWidth(double height) {
        return 80;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 80;
    }

    @Override
    protected double computePrefWidth(double height) {
        return prefWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeight;
    }
}
