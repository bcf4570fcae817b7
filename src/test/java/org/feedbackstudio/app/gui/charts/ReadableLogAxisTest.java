package org.feedbackstudio.app.gui.charts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Log axes label decades, with 2 and 5 between when few, never fractional exponents. */
class ReadableLogAxisTest {

    @Test
    void manyDecadesAreLabelledAtThePowersOfTen() {
        assertEquals(List.of(1e3, 1e4, 1e5, 1e6), ReadableLogAxis.tickValues(1_000, 1_000_000));
    }

    @Test
    void fewDecadesAddTwoAndFive() {
        assertEquals(List.of(100.0, 200.0, 500.0, 1_000.0, 2_000.0, 5_000.0), ReadableLogAxis.tickValues(90, 6_000));
    }

    @Test
    void lessThanADecadeLabelsEveryDigit() {
        assertEquals(List.of(0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 2.0), ReadableLogAxis.tickValues(0.25, 2.0));
    }

    @Test
    void aVeryWideAxisLabelsEveryFewDecadesOnly() {
        List<Double> ticks = ReadableLogAxis.tickValues(1e-9, 1e9);
        assertTrue(ticks.size() <= 10, ticks.toString());
        assertTrue(ticks.contains(1.0), ticks.toString());
    }
}
