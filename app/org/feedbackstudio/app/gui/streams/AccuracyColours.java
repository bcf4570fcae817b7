package org.feedbackstudio.app.gui.streams;

import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

import java.util.ArrayList;
import java.util.List;

/**
 * The heat map's colours for an accuracy from 0 to 1: viridis, from dark purple (nothing right) to
 * yellow (everything right) — perceptually even, readable with the common colour-vision deficiencies,
 * and lighter with every step so that the order survives greyscale. Values outside [0, 1] are clamped.
 */
final class AccuracyColours {
    private static final Color[] STOPS = {
        Color.web("#440154"), Color.web("#482878"), Color.web("#3e4a89"), Color.web("#31688e"),
        Color.web("#26828e"), Color.web("#1f9e89"), Color.web("#35b779"), Color.web("#6dcd59"),
        Color.web("#b4de2c"), Color.web("#fde725"),
    };

    /** Cells of a task not seen yet after that training task: blank, on neither end of the scale. */
    static final Color NOT_SEEN = Color.WHITE;
    /** Cells of training tasks still to come. */
    static final Color TO_COME = Color.web("#dfe3e8");

    private AccuracyColours() {
    }

    /** The colour of an accuracy; NaN (not known) gets {@link #NOT_SEEN}. */
    static Color of(double accuracy) {
        if (Double.isNaN(accuracy)) {
            return NOT_SEEN;
        }
        double v = Math.max(0.0, Math.min(1.0, accuracy)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(v));
        return STOPS[i].interpolate(STOPS[i + 1], v - i);
    }

    /** The scale as a gradient for the legend, 0 at the bottom and 1 at the top. */
    static LinearGradient upwards() {
        List<Stop> stops = new ArrayList<>(STOPS.length);
        for (int i = 0; i < STOPS.length; i++) {
            stops.add(new Stop((double) i / (STOPS.length - 1), STOPS[i]));
        }
        return new LinearGradient(0, 1, 0, 0, true, CycleMethod.NO_CYCLE, stops);
    }

    /**
     * Black or white, whichever contrasts more with {@code background}: above a relative luminance of
     * about 0.18 black gives the higher WCAG contrast ratio.
     */
    static Color textOn(Color background) {
        return luminance(background) > 0.179 ? Color.BLACK : Color.WHITE;
    }

    /** Relative luminance as WCAG defines it, 0 (black) to 1 (white). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** The WCAG contrast ratio of two colours, 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
