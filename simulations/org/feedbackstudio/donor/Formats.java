package org.feedbackstudio.donor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formats for the texts agents read and the inspector shows. */
final class Formats {
    private Formats() {
    }

    /** A share as a percentage with at most two decimals and no trailing zeros: 0.6 → "60%", 1/3 → "33.33%". */
    static String percent(double share) {
        return plain(share * 100.0) + "%";
    }

    /** A share as a whole percentage, for strategy sentences: 0.604 → "60%". */
    static String wholePercent(double share) {
        return Math.round(share * 100.0) + "%";
    }

    /** A quantity with at most two decimals and no trailing zeros: 3.0 → "3", 2.125 → "2.13". */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
