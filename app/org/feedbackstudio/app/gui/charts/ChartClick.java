package org.feedbackstudio.app.gui.charts;

/**
 * A click on a live chart, in data coordinates.
 *
 * @param chartTitle the chart's title
 * @param x          the x value under the pointer (a tick, or the chart's x metric)
 * @param y          the y value under the pointer, on the main axis
 */
public record ChartClick(String chartTitle, double x, double y) {
    /** The nearest whole x (a tick, a round, a generation). */
    public long nearestTick() {
        return Math.round(x);
    }
}
