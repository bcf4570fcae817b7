package org.feedbackstudio.app.gui.kit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one number format every view prints with. */
class NumbersTest {

    @Test
    void percentagesHaveTwoSignificantDigitsBelowTenAndNoneAbove() {
        assertEquals("93%", Numbers.percent(0.9312));
        assertEquals("10%", Numbers.percent(0.0996));
        assertEquals("9.9%", Numbers.percent(0.0994));
        assertEquals("4.5%", Numbers.percent(0.045));
        assertEquals("0.10%", Numbers.percent(0.001));
        assertEquals("<0.01%", Numbers.percent(5e-5));
        assertEquals("0%", Numbers.percent(0));
        assertEquals("—", Numbers.percent(Double.NaN));
    }

    @Test
    void wholePercentagesStayWhole() {
        assertEquals("5%", Numbers.percent(0.05));
        assertEquals("1%", Numbers.percent(0.01));
        assertEquals("100%", Numbers.percent(1));
    }

    @Test
    void countsAndQuantitiesHaveThousandsSeparators() {
        assertEquals("6,400", Numbers.count(6400));
        assertEquals("30,720", Numbers.number(30_720.0));
        assertEquals("12.5", Numbers.number(12.5));
        assertEquals("2.13", Numbers.number(2.125));
        assertEquals("—", Numbers.number(Double.NaN));
        assertEquals("0.95", Numbers.fixed(0.9499999, 2));
        assertEquals("—", Numbers.fixed(Double.NaN, 2));
    }

    @Test
    void parameterValuesReadAsTheyAreWritten() {
        assertEquals("1,000,000,000", Numbers.plain(1_000_000_000L));
        assertEquals("3", Numbers.plain(3.0));
        assertEquals("0.3", Numbers.plain(0.3));
        assertEquals("0.00001", Numbers.plain(1.0E-5));
        assertEquals("bandit", Numbers.plain("bandit"));
        assertEquals("exp3, hedge", Numbers.plain(java.util.List.of("exp3", "hedge")));
    }

    @Test
    void neighbouringTicksNeverReadAlike() {
        // a training loss between 2.298 and 2.31: ticks 0.002 apart
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (int k = 0; k <= 6; k++) {
            labels.add(Numbers.axis(2.298 + 0.002 * k, 0.002));
        }
        assertEquals(7, labels.size(), labels.toString());
        assertEquals("2.302", Numbers.axis(2.302, 0.002));
        assertEquals("2.3", Numbers.axis(2.3, 0.002));
        assertEquals("0.1001", Numbers.axis(0.1001, 0.0001));
        // coarse ticks keep the usual labels
        assertEquals("12,500", Numbers.axis(12_500, 500));
        assertEquals("0.25", Numbers.axis(0.25, 0.25));
        assertEquals("100M", Numbers.axis(1e8, 1e7));
        assertEquals("0", Numbers.axis(0, 0.002));
    }

    @Test
    void axisLabelsNeverUseExponents() {
        assertEquals("0", Numbers.axis(0));
        assertEquals("50M", Numbers.axis(5e7));
        assertEquals("100M", Numbers.axis(1e8));
        assertEquals("1.5B", Numbers.axis(1.5e9));
        assertEquals("12,500", Numbers.axis(12_500));
        assertEquals("0.25", Numbers.axis(0.25));
        assertEquals("0.00001", Numbers.axis(1e-5));
        assertEquals("-2M", Numbers.axis(-2e6));
        assertEquals("999,999", Numbers.axis(999_999));
    }
}
