package org.feedbackstudio.app.gui.regret;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScalesTest {

    @Test
    void axisTopsAreRoundAndNeverBelowTheValue() {
        assertEquals(1, Scales.niceCeiling(0), 0.0);
        assertEquals(1, Scales.niceCeiling(Double.NaN), 0.0);
        assertEquals(0.1, Scales.niceCeiling(0.1), 1e-15);
        assertEquals(0.12, Scales.niceCeiling(0.1000001), 1e-15);
        assertEquals(0.3, Scales.niceCeiling(0.3), 1e-15);
        assertEquals(1, Scales.niceCeiling(0.93), 0.0);
        assertEquals(60_000, Scales.niceCeiling(56_412), 1e-9);
        assertEquals(4, Scales.niceCeiling(3.06), 1e-12);
        for (double x = 0.0013; x < 1e7; x *= 1.37) {
            double top = Scales.niceCeiling(x);
            assertEquals(true, top >= x && top <= 4.0 / 3 * x * (1 + 1e-9), x + " -> " + top);
        }
    }

    @Test
    void percentagesStayShort() {
        assertEquals("0", Scales.percent(0));
        assertEquals("<0.01%", Scales.percent(5e-5));
        assertEquals("0.10%", Scales.percent(0.001));
        assertEquals("2.3%", Scales.percent(0.0234));
        assertEquals("9.9%", Scales.percent(0.0994));
        assertEquals("10%", Scales.percent(0.0996));
        assertEquals("93%", Scales.percent(0.9312));
        assertEquals("100%", Scales.percent(1));
    }

    @Test
    void lossesInAFewCharacters() {
        assertEquals("0.4", Scales.shortLoss(0.4));
        assertEquals("12.5", Scales.shortLoss(12.46));
        assertEquals("734", Scales.shortLoss(734.2));
        assertEquals("3.06k", Scales.shortLoss(3_061));
        assertEquals("2k", Scales.shortLoss(2_000));
        assertEquals("42.6k", Scales.shortLoss(42_552));
        assertEquals("100k", Scales.shortLoss(100_000));
        assertEquals("1.25M", Scales.shortLoss(1_250_000));
        assertEquals("13,879", Scales.loss(13_879.2));
        assertEquals("0.4", Scales.loss(0.41));
    }

    @Test
    void axisLabels() {
        assertEquals("50%", Scales.axis(0.5, false));
        assertEquals("0.06%", Scales.axis(0.0006, false));
        assertEquals("12.5%", Scales.axis(0.125, false));
        assertEquals("0", Scales.axis(0, false));
        assertEquals("30k", Scales.axis(30_000, true));
        assertEquals("7.5", Scales.axis(7.5, true));
        assertEquals("75", Scales.axis(75, true));
    }

    @Test
    void actionNumbersThinOutWhenBarsAreNarrow() {
        assertEquals(1, ActionBars.labelStep(30, 20));
        assertEquals(2, ActionBars.labelStep(12, 20));
        assertEquals(5, ActionBars.labelStep(6, 20));
        assertEquals(10, ActionBars.labelStep(2.5, 20));
    }
}
