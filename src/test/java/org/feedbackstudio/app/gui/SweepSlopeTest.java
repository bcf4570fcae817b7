package org.feedbackstudio.app.gui;

import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Log–log slopes of a sweep, over all points and over the upper half of the range. */
class SweepSlopeTest {

    private static YIntervalSeries series(double[] xs, java.util.function.DoubleUnaryOperator f) {
        YIntervalSeries s = new YIntervalSeries("m");
        for (double x : xs) {
            double y = f.applyAsDouble(x);
            s.add(x, y, y, y);
        }
        return s;
    }

    @Test
    void aPowerLawHasTheSameSlopeEverywhere() {
        YIntervalSeries s = series(new double[] {10, 100, 1000, 10_000, 100_000}, x -> 3 * Math.pow(x, 2.0 / 3));
        assertEquals(2.0 / 3, SweepPane.slope(s), 1e-12);
        assertEquals(2.0 / 3, SweepPane.upperHalfSlope(s), 1e-12);
    }

    @Test
    void theUpperHalfShowsALawThatSetsInPartWay() {
        // flat at 1000 up to x = 1000, then 1000·√(1000/x): a phase transition at x = 1000
        YIntervalSeries s = series(new double[] {10, 100, 1000, 10_000, 100_000, 1_000_000},
                x -> x <= 1000 ? 1000 : 1000 * Math.sqrt(1000 / x));
        assertTrue(SweepPane.slope(s) > -0.45, "the fit over everything mixes both regimes");
        // upper half: x ≥ √(10·10⁶) ≈ 3162, points 10⁴, 10⁵, 10⁶
        assertEquals(-0.5, SweepPane.upperHalfSlope(s), 1e-12);
    }

    @Test
    void tooFewPointsHaveNoUpperHalf() {
        YIntervalSeries s = series(new double[] {10, 100, 1000}, x -> x);
        assertTrue(Double.isNaN(SweepPane.upperHalfSlope(s)));
    }
}
