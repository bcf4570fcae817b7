package org.feedbackstudio.app.gui.regret;

import org.feedbackstudio.app.gui.kit.Numbers;

import java.util.Locale;

/** Axis tops and the short number forms of the learners' bar charts. */
final class Scales {
    private Scales() {
    }

    /**
     * The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at or above x: an axis top that reads easily and
     * leaves at most a quarter of the height empty; 1 for x ≤ 0.
     */
    static double niceCeiling(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            // a small tolerance keeps 0.3 from rounding up to 0.5 through 0.30000000000000004
            if (x <= step * power * (1 + 1e-9)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /**
     * A probability as a percentage for a bar label, the studio's one percentage format (93%, 2.3%, 0.10%,
     * "<0.01%") except that zero is a bare "0", short enough for a narrow bar.
     */
    static String percent(double p) {
        return p == 0 ? "0" : Numbers.percent(p);
    }

    /** A loss for a bar label: whole numbers with thousands separators, one decimal below 100. */
    static String loss(double x) {
        return Math.abs(x) < 100 ? String.format(Locale.ROOT, "%.1f", x) : String.format(Locale.ROOT, "%,.0f", x);
    }

    /** A loss in a few characters for a narrow bar: 0.4, 12.5, 734, 12.3k, 1.25M. */
    static String shortLoss(double x) {
        double a = Math.abs(x);
        if (a < 100) {
            return String.format(Locale.ROOT, "%.1f", x);
        }
        if (a < 1000) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        if (a < 1e6) {
            return trim(String.format(Locale.ROOT, a < 1e4 ? "%.2f" : a < 1e5 ? "%.1f" : "%.0f", x / 1e3)) + "k";
        }
        return trim(String.format(Locale.ROOT, "%.2f", x / 1e6)) + "M";
    }

    /** An axis value: a probability as a percentage (50%, 0.12%), a loss in short form (0.5, 75, 60k). */
    static String axis(double v, boolean loss) {
        if (loss && Math.abs(v) >= 1000) {
            return shortLoss(v);
        }
        String plain = new java.math.BigDecimal(loss ? v : 100 * v).round(new java.math.MathContext(3))
                .stripTrailingZeros().toPlainString();
        return loss || v == 0 ? plain : plain + "%";
    }

    private static String trim(String decimal) {
        return decimal.contains(".") ? decimal.replaceAll("0+$", "").replaceAll("\\.$", "") : decimal;
    }

}
