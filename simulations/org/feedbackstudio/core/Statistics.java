package org.feedbackstudio.core;

/**
 * The statistics the studio reports over replicate runs: mean, standard error of the mean, a 95%
 * confidence interval, and the ordinary least-squares slope of a log–log fit with its standard error.
 *
 * <p>Sums run in the order the values are given, so callers that want byte-identical output whatever
 * the threads or interruptions hand them in a fixed order (a sweep sorts by point, then replicate).
 * Each sum is taken in two passes (mean first, then squared deviations from it), which keeps the
 * variance of values far from zero accurate where the one-pass {@code Σx² − n·mean²} cancels.
 *
 * <p>The 95% interval uses Student's t with n − 1 degrees of freedom (two-sided, quantile 0.975), not
 * the normal 1.96: sweeps usually have 3 to 10 replicates, where 1.96 would be far too narrow (with 3
 * runs the right factor is 4.30). The slope's interval uses t with n − 2 degrees of freedom.
 */
public final class Statistics {
    /** Lanczos coefficients for g = 7, n = 9 (read only). */
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    private Statistics() {
    }

    /**
     * Summary of a sample.
     *
     * @param n             how many values counted (NaN values are left out)
     * @param mean          their mean; NaN when n = 0
     * @param standardError the standard error of the mean, s/√n with the n − 1 sample variance; NaN when n < 2
     * @param ci95Low       lower end of the 95% interval for the mean (Student t, n − 1 df); NaN when n < 2
     * @param ci95High      upper end of that interval; NaN when n < 2
     */
    public record Summary(int n, double mean, double standardError, double ci95Low, double ci95High) {
        /** Half the width of the 95% interval; NaN when n < 2. */
        public double ci95HalfWidth() {
            return (ci95High - ci95Low) / 2;
        }
    }

    /**
     * An ordinary least-squares fit of log y = intercept + slope · log x (natural logarithms).
     *
     * @param n             how many (x, y) pairs went in (only pairs with x > 0 and y > 0 count)
     * @param slope         the exponent of the power law y ≈ e^intercept · x^slope; NaN when n < 2 or all x equal
     * @param intercept     the fitted log y at log x = 0; NaN when the slope is
     * @param standardError the slope's standard error, √(residual variance / Σ(log x − mean)²) with the
     *                      residual variance on n − 2 degrees of freedom; NaN when n < 3
     * @param ci95HalfWidth half the width of the slope's 95% interval (Student t, n − 2 df); NaN when n < 3
     */
    public record LogLogFit(int n, double slope, double intercept, double standardError, double ci95HalfWidth) {
    }

    /** Mean of the values that are not NaN; NaN when there are none. */
    public static double mean(double... values) {
        return summarize(values).mean();
    }

    /** Standard error of the mean of the values that are not NaN; NaN when fewer than two. */
    public static double standardError(double... values) {
        return summarize(values).standardError();
    }

    /** Mean, standard error and 95% interval of the values that are not NaN, summed in the given order. */
    public static Summary summarize(double... values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Summary(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                double d = v - mean;
                squares += d * d;
            }
        }
        double standardError = Math.sqrt(squares / (n - 1) / n);
        double half = studentT975(n - 1) * standardError;
        return new Summary(n, mean, standardError, mean - half, mean + half);
    }

    /** The least-squares slope of log y on log x over the pairs with x > 0 and y > 0. */
    public static LogLogFit logLogSlope(double[] x, double[] y) {
        return logLogSlope(x, y, Double.NEGATIVE_INFINITY);
    }

    /**
     * The least-squares slope of log y on log x over the pairs with x > 0, y > 0 and x ≥ {@code fromX}
     * (to fit only the part of a range where a power law has set in).
     */
    public static LogLogFit logLogSlope(double[] x, double[] y, double fromX) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
        int n = 0;
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < x.length; i++) {
            if (counts(x[i], y[i], fromX)) {
                sumX += Math.log(x[i]);
                sumY += Math.log(y[i]);
                n++;
            }
        }
        if (n < 2) {
            return new LogLogFit(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (counts(x[i], y[i], fromX)) {
                double dx = Math.log(x[i]) - meanX;
                sxx += dx * dx;
                sxy += dx * (Math.log(y[i]) - meanY);
            }
        }
        if (sxx == 0) {
            return new LogLogFit(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        if (n < 3) {
            return new LogLogFit(n, slope, intercept, Double.NaN, Double.NaN);
        }
        double residuals = 0;
        for (int i = 0; i < x.length; i++) {
            if (counts(x[i], y[i], fromX)) {
                double r = Math.log(y[i]) - (intercept + slope * Math.log(x[i]));
                residuals += r * r;
            }
        }
        double standardError = Math.sqrt(residuals / (n - 2) / sxx);
        return new LogLogFit(n, slope, intercept, standardError, studentT975(n - 2) * standardError);
    }

    private static boolean counts(double x, double y, double fromX) {
        return x > 0 && y > 0 && x >= fromX && Double.isFinite(x) && Double.isFinite(y);
    }

    /**
     * The 0.975 quantile of Student's t distribution with {@code df} degrees of freedom: the factor that
     * turns a standard error into the half-width of a two-sided 95% interval (12.706 for 1, 4.303 for 2,
     * 2.262 for 9, tending to 1.960). Found by bisection on the distribution function, to about 1e-12.
     */
    public static double studentT975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + df);
        }
        double low = 0;
        double high = 16; // above 12.706, the largest (df = 1)
        for (int i = 0; i < 200 && high - low > 1e-13; i++) {
            double mid = (low + high) / 2;
            if (studentTUpperTail(mid, df) > 0.025) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** P(T > t) for t ≥ 0: half the regularized incomplete beta I_{df/(df+t²)}(df/2, 1/2). */
    static double studentTUpperTail(double t, int df) {
        double x = df / (df + t * t);
        return 0.5 * regularizedIncompleteBeta(x, df / 2.0, 0.5);
    }

    /** I_x(a, b) by its continued fraction (Lentz's method), using the symmetry for fast convergence. */
    static double regularizedIncompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * betaContinuedFraction(x, a, b) / a;
        }
        double logFlipped = logGamma(a + b) - logGamma(a) - logGamma(b) + b * Math.log1p(-x) + a * Math.log(x);
        return 1 - Math.exp(logFlipped) * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + even / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + odd / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    /** log Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error below 1e-15). */
    static double logGamma(double x) {
        if (x < 0.5) {
            // Reflection: Γ(x)Γ(1−x) = π / sin(πx)
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = LANCZOS;
        double z = x - 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
