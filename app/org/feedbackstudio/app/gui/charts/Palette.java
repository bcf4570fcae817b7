package org.feedbackstudio.app.gui.charts;

import java.awt.Color;

/** Colours for series: the Okabe–Ito set, distinguishable with the common colour-vision deficiencies. */
public final class Palette {
    private static final Color[] COLORS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442),
    };

    private Palette() {
    }

    public static Color color(int index) {
        Color base = COLORS[index % COLORS.length];
        if (index < COLORS.length) {
            return base;
        }
        return index / COLORS.length % 2 == 1 ? base.darker() : base.brighter();
    }

    public static javafx.scene.paint.Color fx(int index) {
        Color c = color(index);
        return javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }
}
