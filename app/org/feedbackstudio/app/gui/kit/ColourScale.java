package org.feedbackstudio.app.gui.kit;

import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

import java.util.ArrayList;
import java.util.List;

/**
 * The studio's colour scales: sequential over 0 to 1, evenly spaced stops interpolated in between. Values
 * outside the range are clamped; NaN (nothing known) gets a neutral grey that is on neither scale, or a
 * colour the caller names. Every simulator's view colours its values with these.
 */
public final class ColourScale {
    /**
     * Viridis, for a quantity from none to all (generosity, accuracy): perceptually even and readable with
     * the common colour-vision deficiencies; it runs from dark to light, so order survives greyscale.
     */
    public static final ColourScale VIRIDIS = new ColourScale(
            "#440154", "#482878", "#3e4a89", "#31688e", "#26828e",
            "#1f9e89", "#35b779", "#6dcd59", "#b4de2c", "#fde725");

    /** Shares of a total in a heat map (where white means none): white to dark blue. */
    public static final ColourScale SHARE = new ColourScale(
            "#ffffff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b");

    /** For values that are not known (a written strategy's generosity, an agent that has not given yet). */
    public static final Color UNKNOWN = Color.web("#b8b8b8");

    private final Color[] stops;

    public ColourScale(String... hex) {
        if (hex.length < 2) {
            throw new IllegalArgumentException("a scale needs at least two stops");
        }
        stops = new Color[hex.length];
        for (int i = 0; i < hex.length; i++) {
            stops[i] = Color.web(hex[i]);
        }
    }

    /** The colour of {@code value} (0 to 1, clamped); {@link #UNKNOWN} for NaN. */
    public Color at(double value) {
        return at(value, UNKNOWN);
    }

    /** The colour of {@code value} (0 to 1, clamped); {@code unknown} for NaN. */
    public Color at(double value, Color unknown) {
        if (Double.isNaN(value)) {
            return unknown;
        }
        double v = Math.max(0.0, Math.min(1.0, value)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(v));
        return stops[i].interpolate(stops[i + 1], v - i);
    }

    /** The scale as a gradient for a legend, from 0 at the start to 1 at the end. */
    public LinearGradient gradient(boolean upwards) {
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
    public static Color textOn(Color background) {
        return luminance(background) > 0.179 ? Color.BLACK : Color.WHITE;
    }

    /** Relative luminance as WCAG defines it, 0 (black) to 1 (white). */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** The WCAG contrast ratio of two colours, 1 to 21. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
