package org.feedbackstudio.app.gui.streams;

import javafx.scene.paint.Color;
import org.feedbackstudio.app.gui.kit.ColourScale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccuracyColoursTest {

    @Test
    void nothingRightIsDarkPurpleAndEverythingRightIsYellow() {
        assertEquals(Color.web("#440154"), AccuracyColours.of(0.0));
        assertEquals(Color.web("#fde725"), AccuracyColours.of(1.0));
    }

    @Test
    void valuesOutsideTheRangeAreClampedAndUnknownIsBlank() {
        assertEquals(AccuracyColours.of(0.0), AccuracyColours.of(-0.2));
        assertEquals(AccuracyColours.of(1.0), AccuracyColours.of(1.3));
        assertEquals(AccuracyColours.NOT_SEEN, AccuracyColours.of(Double.NaN));
    }

    @Test
    void betweenTwoStopsTheColourIsInterpolated() {
        // Ten stops, nine intervals: 0.5 lies halfway between the fifth stop and the sixth.
        assertEquals(Color.web("#26828e").interpolate(Color.web("#1f9e89"), 0.5), AccuracyColours.of(0.5));
        // 1/9 is the second stop exactly.
        assertEquals(Color.web("#482878"), AccuracyColours.of(1.0 / 9));
    }

    @Test
    void aHigherAccuracyIsAlwaysLighterSoTheOrderSurvivesGreyscale() {
        double last = -1;
        for (int i = 0; i <= 100; i++) {
            double l = ColourScale.luminance(AccuracyColours.of(i / 100.0));
            assertTrue(l > last, "luminance rises at " + i + "%");
            last = l;
        }
    }

    @Test
    void cellTextIsReadableOnEveryColourOfTheScale() {
        for (int i = 0; i <= 100; i++) {
            Color cell = AccuracyColours.of(i / 100.0);
            double contrast = ColourScale.contrast(cell, ColourScale.textOn(cell));
            assertTrue(contrast >= 4.5, "contrast " + contrast + " at " + i + "%"); // WCAG AA for normal text
        }
        assertEquals(Color.WHITE, ColourScale.textOn(AccuracyColours.of(0.0)));
        assertEquals(Color.BLACK, ColourScale.textOn(AccuracyColours.of(1.0)));
    }

    @Test
    void luminanceAndContrastFollowWcag() {
        assertEquals(0.0, ColourScale.luminance(Color.BLACK), 1e-12);
        assertEquals(1.0, ColourScale.luminance(Color.WHITE), 1e-12);
        assertEquals(21.0, ColourScale.contrast(Color.BLACK, Color.WHITE), 1e-9);
        // sRGB 0.5 is 0.2140 in linear light (WCAG's formula).
        assertEquals(0.21404, ColourScale.luminance(Color.color(0.5, 0.5, 0.5)), 1e-5);
    }

    @Test
    void blankAndToComeCellsDifferFromEachOtherAndFromTheScale() {
        assertTrue(ColourScale.contrast(AccuracyColours.NOT_SEEN, AccuracyColours.TO_COME) > 1.2);
        assertTrue(!AccuracyColours.TO_COME.equals(AccuracyColours.of(1.0)));
    }
}
