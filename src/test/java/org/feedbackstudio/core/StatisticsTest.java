package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mean, standard error, Student-t intervals and log–log slopes against values worked out by hand. */
class StatisticsTest {

    @Test
    void meanStandardErrorAndIntervalOfEightValues() {
        // Mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; s² = 32/7; s.e. = √(32/7/8) = √(4/7).
        Statistics.Summary s = Statistics.summarize(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 0);
        assertEquals(Math.sqrt(4.0 / 7), s.standardError(), 1e-15);
        // t(0.975, 7 df) = 2.365 in every printed table
        assertEquals(2.365 * Math.sqrt(4.0 / 7), s.ci95HalfWidth(), 1e-3);
        assertEquals(5.0, (s.ci95Low() + s.ci95High()) / 2, 1e-12);
    }

    @Test
    void threeRunsUseTheFactorForTwoDegreesOfFreedom() {
        // 1, 2, 3: mean 2, s² = 1, s.e. = 1/√3; t(0.975, 2) = 0.95/√(2·0.975·0.025) in closed form.
        Statistics.Summary s = Statistics.summarize(1, 2, 3);
        double t2 = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
        assertEquals(1 / Math.sqrt(3), s.standardError(), 1e-15);
        assertEquals(2 - t2 / Math.sqrt(3), s.ci95Low(), 1e-9);
        assertEquals(2 + t2 / Math.sqrt(3), s.ci95High(), 1e-9);
    }

    @Test
    void notANumberIsLeftOutAndTooFewValuesHaveNoSpread() {
        Statistics.Summary s = Statistics.summarize(1, Double.NaN, 3);
        assertEquals(2, s.n());
        assertEquals(2.0, s.mean(), 0);
        assertEquals(1.0, s.standardError(), 1e-15); // s² = 2, s.e. = √(2/2)

        Statistics.Summary one = Statistics.summarize(7);
        assertEquals(7.0, one.mean(), 0);
        assertTrue(Double.isNaN(one.standardError()));
        assertTrue(Double.isNaN(one.ci95Low()));

        Statistics.Summary none = Statistics.summarize(Double.NaN);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
        assertTrue(Double.isNaN(Statistics.mean()));
    }

    @Test
    void valuesFarFromZeroKeepTheirSpread() {
        // Σx² − n·mean² loses every digit here; the two-pass sum does not.
        assertEquals(1 / Math.sqrt(3), Statistics.standardError(1e9 + 1, 1e9 + 2, 1e9 + 3), 1e-12);
        assertEquals(0.0, Statistics.standardError(0.1, 0.1, 0.1), 1e-16);
    }

    @Test
    void studentQuantilesMatchClosedFormsAndTables() {
        // df = 1 is the Cauchy distribution: tan(π·0.475).
        assertEquals(Math.tan(Math.PI * 0.475), Statistics.studentT975(1), 1e-9);
        assertEquals(0.95 / Math.sqrt(2 * 0.975 * 0.025), Statistics.studentT975(2), 1e-9);
        // Printed tables (three decimals)
        assertEquals(3.182, Statistics.studentT975(3), 5e-4);
        assertEquals(2.262, Statistics.studentT975(9), 5e-4);
        assertEquals(2.228, Statistics.studentT975(10), 5e-4);
        assertEquals(2.042, Statistics.studentT975(30), 5e-4);
        assertEquals(1.962, Statistics.studentT975(1000), 5e-4);
        // the normal limit, 1.95996…
        assertEquals(1.95996, Statistics.studentT975(1_000_000), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> Statistics.studentT975(0));
    }

    @Test
    void upperTailMatchesClosedFormsForOneAndTwoDegrees() {
        for (double t : new double[] {0, 0.3, 1, 2.5, 10, 40}) {
            assertEquals(0.5 - Math.atan(t) / Math.PI, Statistics.studentTUpperTail(t, 1), 1e-12, "df 1, t " + t);
            assertEquals(0.5 - t / (2 * Math.sqrt(2 + t * t)), Statistics.studentTUpperTail(t, 2), 1e-12,
                    "df 2, t " + t);
        }
    }

    @Test
    void logGammaMatchesFactorials() {
        assertEquals(Math.log(24), Statistics.logGamma(5), 1e-13);
        assertEquals(Math.log(Math.sqrt(Math.PI)), Statistics.logGamma(0.5), 1e-13);
        assertEquals(0, Statistics.logGamma(1), 1e-14);
    }

    @Test
    void slopeOfAnExactPowerLawHasNoError() {
        double[] x = {10, 100, 1000, 10_000, 100_000};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * Math.pow(x[i], 2.0 / 3);
        }
        Statistics.LogLogFit fit = Statistics.logLogSlope(x, y);
        assertEquals(5, fit.n());
        assertEquals(2.0 / 3, fit.slope(), 1e-12);
        assertEquals(Math.log(3), fit.intercept(), 1e-10);
        assertEquals(0, fit.standardError(), 1e-7);
    }

    @Test
    void slopeAndItsStandardErrorByHand() {
        // log x = 0, 1, 2 and log y = 0, 1, 3: means 1 and 4/3; Sxx = 2, Sxy = 3, slope 3/2,
        // intercept 4/3 − 3/2 = −1/6; residuals 1/6, −1/3, 1/6, so SSR = 1/6 on 1 degree of freedom;
        // s.e. = √((1/6)/2) = √(1/12).
        double e = Math.E;
        Statistics.LogLogFit fit = Statistics.logLogSlope(new double[] {1, e, e * e}, new double[] {1, e, e * e * e});
        assertEquals(1.5, fit.slope(), 1e-12);
        assertEquals(-1.0 / 6, fit.intercept(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 12), fit.standardError(), 1e-12);
        assertEquals(Math.tan(Math.PI * 0.475) * Math.sqrt(1.0 / 12), fit.ci95HalfWidth(), 1e-8);
    }

    @Test
    void slopeSkipsNonPositivePairsAndCanStartPartWay() {
        double[] x = {0, 10, 100, 1000, 10_000, -5};
        double[] y = {1, 1000, 1000, 1000 / Math.sqrt(10), 100, 3};
        // Over x ≥ 1000 only: y ∝ x^(−1/2)
        Statistics.LogLogFit upper = Statistics.logLogSlope(x, y, 1000);
        assertEquals(2, upper.n());
        assertEquals(-0.5, upper.slope(), 1e-12);
        assertTrue(Double.isNaN(upper.standardError()), "two points leave no residual degree of freedom");
        assertEquals(4, Statistics.logLogSlope(x, y).n());
        assertTrue(Double.isNaN(Statistics.logLogSlope(new double[] {5}, new double[] {5}).slope()));
        assertTrue(Double.isNaN(Statistics.logLogSlope(new double[] {5, 5}, new double[] {1, 2}).slope()),
                "all x equal: no slope");
        assertThrows(IllegalArgumentException.class,
                () -> Statistics.logLogSlope(new double[] {1, 2}, new double[] {1}));
    }
}
