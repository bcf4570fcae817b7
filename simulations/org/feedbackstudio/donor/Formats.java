package org.feedbackstudio.donor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formats for the texts agents read and the inspector shows. */
final class Formats {
    /** Below this magnitude a value in hundredths fits a long exactly. */
    private static final double FAST_LIMIT = 1e13;

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

    /**
     * A quantity rounded to two decimals (halves away from zero), without trailing zeros: 3.0 → "3",
     * 2.125 → "2.13". Inspecting ten thousand agents formats many numbers, hence the fast path.
     */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (Math.abs(value) >= FAST_LIMIT) {
            return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        long hundredths = Math.round(Math.abs(value) * 100.0);
        if (hundredths == 0) {
            return "0";
        }
        String sign = value < 0 ? "-" : "";
        long whole = hundredths / 100;
        int rest = (int) (hundredths % 100);
        if (rest == 0) {
            return sign + whole;
        }
        if (rest % 10 == 0) {
            return sign + whole + "." + rest / 10;
        }
        return sign + whole + (rest < 10 ? ".0" : ".") + rest;
    }
}
