package org.feedbackstudio.app.gui.streams;

import java.util.Locale;

/** Numbers as the streams views print them. */
final class Format {
    private Format() {
    }

    /** An accuracy with two decimals ("0.95"), the way the charts' axes read; "—" when unknown. */
    static String accuracy(double a) {
        return Double.isNaN(a) ? "—" : String.format(Locale.ROOT, "%.2f", a);
    }

    /** A count with thousands separators ("6,400"). */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share as a whole percentage from 10% up, one decimal below ("4.5%"), "0%" for nothing. */
    static String percent(double share) {
        double p = share * 100;
        if (p == 0) {
            return "0%";
        }
        return Math.abs(p) >= 9.95 ? String.format(Locale.ROOT, "%.0f%%", p)
                : String.format(Locale.ROOT, "%.1f%%", p);
    }
}
