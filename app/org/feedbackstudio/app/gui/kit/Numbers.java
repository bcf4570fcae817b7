package org.feedbackstudio.app.gui.kit;

import java.util.Locale;

/** How the studio's views print numbers: one rule for percentages, counts and quantities everywhere. */
public final class Numbers {
    /** What a view prints for a value that is not known. */
    public static final String UNKNOWN = "—";

    private Numbers() {
    }

    /**
     * A share as a percentage with two significant digits below 10% and none above: 93%, 2.3%, 0.10%;
     * whole percentages stay whole (5%); "<0.01%" for what would read as zero but is not; "—" for NaN.
     */
    public static String percent(double share) {
        if (Double.isNaN(share)) {
            return UNKNOWN;
        }
        double p = share * 100;
        double a = Math.abs(p);
        if (p == 0) {
            return "0%";
        }
        if (a < 0.01) {
            return "<0.01%";
        }
        String digits = a >= 9.95 || Math.abs(p - Math.rint(p)) < 1e-9 ? "%.0f%%" : a >= 0.995 ? "%.1f%%" : "%.2f%%";
        return String.format(Locale.ROOT, digits, p);
    }

    /** A count with thousands separators: 6,400. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A quantity with thousands separators and at most two decimals: 30,720, 12.5; "—" for NaN. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return UNKNOWN;
        }
        if (Math.abs(value) >= 1e15) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        String s = String.format(Locale.ROOT, "%,.2f", value);
        if (s.endsWith(".00")) {
            return s.substring(0, s.length() - 3);
        }
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    /** A value with a fixed number of decimals, as an axis reads (an accuracy: 0.95); "—" for NaN. */
    public static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? UNKNOWN : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * A parameter's value as a person writes it: whole numbers with thousands separators (1,000,000,000),
     * others in full without an exponent (0.00001, 0.3); words and lists as they are.
     */
    public static String plain(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return UNKNOWN;
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return count((long) d);
            }
            return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof java.util.List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /**
     * A tick label: grouped below a million (12,500, 0.25, 0.001), then 1.5M, 100M, 1.5B, 2T — never an
     * exponent such as 5E7 or 10^3.35.
     */
    public static String axis(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return UNKNOWN;
        }
        double a = Math.abs(value);
        if (a < 1e-12) {
            return "0";
        }
        String[] suffixes = {"T", "B", "M"};
        double[] scales = {1e12, 1e9, 1e6};
        for (int i = 0; i < scales.length; i++) {
            if (a >= scales[i]) {
                return significant(value / scales[i], 3) + suffixes[i];
            }
        }
        if (a >= 1) {
            java.text.DecimalFormat grouped = new java.text.DecimalFormat("#,##0.##",
                    java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
            return grouped.format(new java.math.BigDecimal(value).round(new java.math.MathContext(6)).doubleValue());
        }
        return significant(value, 3);
    }

    private static String significant(double value, int digits) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(digits)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * {@link #axis} with at least as many decimals as a tick spacing of {@code tick} needs, so that
     * neighbouring ticks never read alike (2.298, 2.3, 2.302 rather than 2.3, 2.3, 2.3).
     */
    public static String axis(double value, double tick) {
        String plain = axis(value);
        double a = Math.abs(value);
        if (!(tick > 0) || Double.isInfinite(tick) || a >= 1e6 || a < 1e-12) {
            return plain;
        }
        int need = decimals(tick);
        int dot = plain.indexOf('.');
        if (need <= (dot < 0 ? 0 : plain.length() - dot - 1)) {
            return plain;
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0." + "#".repeat(need),
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(new java.math.BigDecimal(value).setScale(need, java.math.RoundingMode.HALF_EVEN));
    }

    /** The decimals that write a tick spacing exactly (0.25 → 2, 0.002 → 3), at most 12. */
    private static int decimals(double tick) {
        for (int d = 0; d < 12; d++) {
            double scaled = tick * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * scaled) {
                return d;
            }
        }
        return 12;
    }

    /** {@link #axis(double, double)} as a NumberFormat for a linear axis, with the axis's tick spacing now. */
    public static java.text.NumberFormat axisFormat(org.jfree.chart.axis.NumberAxis axis) {
        return format(value -> axis(value, axis.getTickUnit().getSize()));
    }

    /** {@link #axis} as a NumberFormat, for chart axes. */
    public static java.text.NumberFormat axisFormat() {
        return format(Numbers::axis);
    }

    private static java.text.NumberFormat format(java.util.function.DoubleFunction<String> label) {
        return new java.text.NumberFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
                return to.append(label.apply(number));
            }

            @Override
            public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
                return to.append(label.apply(number));
            }

            @Override
            public Number parse(String source, java.text.ParsePosition pos) {
                return null;
            }
        };
    }
}
