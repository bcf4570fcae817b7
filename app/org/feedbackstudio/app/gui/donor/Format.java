package org.feedbackstudio.app.gui.donor;

import java.util.Locale;

/** Numbers as the donor views print them. */
final class Format {
    private Format() {
    }

    /** A share as a percentage: whole from 10% up, one decimal below ("4.5%"), "—" when unknown. */
    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "—";
        }
        double p = share * 100;
        return Math.abs(p) >= 10 || p == 0 || Math.abs(p - Math.rint(p)) < 0.05
                ? String.format(Locale.ROOT, "%.0f%%", p)
                : String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** Units with thousands separators and at most two decimals ("30,720", "12.5"), "—" when unknown. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "—";
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
}
