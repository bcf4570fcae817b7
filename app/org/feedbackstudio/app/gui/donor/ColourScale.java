package org.feedbackstudio.app.gui.donor;

import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequential colour scale over 0 to 1: evenly spaced stops, interpolated in between. Values outside
 * the range are clamped; NaN (nothing known) gets a neutral grey that is on neither scale.
 */
final class ColourScale {
    /**
     * Generosity, from "gives nothing" to "gives everything": viridis, perceptually even and readable with
     * the common colour-vision deficiencies; it runs from dark to light, so order survives greyscale.
     */
    static final ColourScale GENEROSITY = new ColourScale(
            "#440154", "#482878", "#3e4a89", "#31688e", "#26828e",
            "#1f9e89", "#35b779", "#6dcd59", "#b4de2c", "#fde725");

    /** Shares of a generation's donations in the heat map: white (none) to dark blue (all). */
    static final ColourScale SHARE = new ColourScale(
            "#ffffff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b");

    /** For values that are not known (a written strategy's generosity, an agent that has not given yet). */
    static final Color UNKNOWN = Color.web("#b8b8b8");

    private final Color[] stops;

    ColourScale(String... hex) {
        if (hex.length < 2) {
            throw new IllegalArgumentException("a scale needs at least two stops");
        }
        stops = new Color[hex.length];
        for (int i = 0; i < hex.length; i++) {
            stops[i] = Color.web(hex[i]);
        }
    }

    /** The colour of {@code value} (0 to 1, clamped); {@link #UNKNOWN} for NaN. */
    Color at(double value) {
        if (Double.isNaN(value)) {
            return UNKNOWN;
        }
        double v = Math.max(0.0, Math.min(1.0, value)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(v));
        return stops[i].interpolate(stops[i + 1], v - i);
    }

    /** The scale as a gradient for a legend, from 0 at the start to 1 at the end. */
    LinearGradient gradient(boolean upwards) {
        List<Stop> list = new ArrayList<>(stops.length);
        for (int i = 0; i < stops.length; i++) {
            list.add(new Stop((double) i / (stops.length - 1), stops[i]));
        }
        return upwards ? new LinearGradient(0, 1, 0, 0, true, CycleMethod.NO_CYCLE, list)
                : new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, list);
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

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
