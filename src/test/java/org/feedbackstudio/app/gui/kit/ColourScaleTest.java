package org.feedbackstudio.app.gui.kit;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColourScaleTest {

    @Test
    void endsAreTheFirstAndLastStops() {
        assertEquals(Color.web("#440154"), ColourScale.VIRIDIS.at(0.0), "gives nothing");
        assertEquals(Color.web("#fde725"), ColourScale.VIRIDIS.at(1.0), "gives everything");
        assertEquals(Color.WHITE, ColourScale.SHARE.at(0.0));
        assertEquals(Color.web("#08306b"), ColourScale.SHARE.at(1.0));
    }

    @Test
    void valuesOutsideTheRangeAreClampedAndUnknownIsGrey() {
        assertEquals(ColourScale.VIRIDIS.at(0.0), ColourScale.VIRIDIS.at(-0.3));
        assertEquals(ColourScale.VIRIDIS.at(1.0), ColourScale.VIRIDIS.at(7));
        assertEquals(ColourScale.UNKNOWN, ColourScale.VIRIDIS.at(Double.NaN));
    }

    @Test
    void betweenTwoStopsTheColourIsInterpolated() {
        ColourScale twoStops = new ColourScale("#000000", "#ffffff");
        Color quarter = twoStops.at(0.25);
        assertEquals(0.25, quarter.getRed(), 1e-9);
        assertEquals(0.25, quarter.getGreen(), 1e-9);
        assertEquals(0.25, quarter.getBlue(), 1e-9);
        // Ten stops: 0.5 lies halfway between the fifth and the sixth.
        Color mid = ColourScale.VIRIDIS.at(0.5);
        Color expected = Color.web("#26828e").interpolate(Color.web("#1f9e89"), 0.5);
        assertEquals(expected, mid);
    }

    @Test
    void moreGenerousIsAlwaysLighterSoOrderSurvivesGreyscale() {
        double last = -1;
        for (int i = 0; i <= 100; i++) {
            double l = ColourScale.luminance(ColourScale.VIRIDIS.at(i / 100.0));
            assertTrue(l > last, "luminance rises at " + i + "%");
            last = l;
        }
    }

    @Test
    void aLargerShareIsAlwaysDarker() {
        double last = 2;
        for (int i = 0; i <= 100; i++) {
            double l = ColourScale.luminance(ColourScale.SHARE.at(i / 100.0));
            assertTrue(l < last, "luminance falls at " + i + "%");
            last = l;
        }
    }

    @Test
    void textIsBlackOnLightTilesAndWhiteOnDarkOnes() {
        assertEquals(Color.BLACK, ColourScale.textOn(ColourScale.VIRIDIS.at(1.0)));
        assertEquals(Color.WHITE, ColourScale.textOn(ColourScale.VIRIDIS.at(0.0)));
        assertEquals(Color.BLACK, ColourScale.textOn(Color.WHITE));
        assertEquals(1.0, ColourScale.luminance(Color.WHITE), 1e-12);
        assertEquals(0.0, ColourScale.luminance(Color.BLACK), 1e-12);
        // Whichever it picks, the contrast ratio is at least 4.5:1 (WCAG AA) all along the generosity scale.
        for (int i = 0; i <= 100; i++) {
            Color c = ColourScale.VIRIDIS.at(i / 100.0);
            double l = ColourScale.luminance(c);
            double t = ColourScale.luminance(ColourScale.textOn(c));
            double ratio = (Math.max(l, t) + 0.05) / (Math.min(l, t) + 0.05);
            assertTrue(ratio >= 4.5, "contrast " + ratio + " at " + i + "%");
        }
    }
}
