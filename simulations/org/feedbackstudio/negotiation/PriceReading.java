package org.feedbackstudio.negotiation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The price an utterance names, by one stated rule, so that a model's words and a built-in line are read
 * the same way everywhere (the game, the moderators, the transcript).
 *
 * <ol>
 *   <li>A <em>marked</em> amount is a number written with a dollar sign before it ("$15", "$15.50",
 *       "$ 15") or a money word after it ("15 dollars", "15.50 bucks", "15 USD"). When an utterance has
 *       marked amounts, its price is the <em>last</em> of them, as in the paper's moderator: "from $20 down to
 *       $18" names $18.</li>
 *   <li>Only when nothing is marked does a bare number count ("I can't go below 16" names $16): the last
 *       number that is not a percentage ("10%", "10 percent"), an ordinal ("2nd"), part of a time ("5:30")
 *       or glued to letters ("mp3").</li>
 *   <li>Otherwise the utterance names no price.</li>
 * </ol>
 * Digits may carry thousands separators ("$1,200") and a decimal part; a price is rounded to whole cents.
 * A minus sign is not read: prices are never negative.
 */
public final class PriceReading {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?";
    private static final Pattern DOLLAR_SIGN = Pattern.compile("\\$\\s?" + NUMBER);
    private static final Pattern MONEY_WORD = Pattern.compile("(?<![\\w.,$])" + NUMBER
            + "\\s?(?i:dollars?|bucks?|usd)\\b");
    private static final Pattern BARE = Pattern.compile("(?<![\\w.,$:])" + NUMBER
            + "(?!\\s?(?i:%|percent\\b|per\\s?cent\\b))(?![\\w:]|,\\d)");

    private PriceReading() {
    }

    /** The utterance's price in cents, or −1 when it names none. */
    public static int cents(String utterance) {
        int marked = lastMarked(utterance);
        return marked >= 0 ? marked : lastBare(utterance);
    }

    /** Whether the utterance names a price. */
    public static boolean namesPrice(String utterance) {
        return cents(utterance) >= 0;
    }

    /** The last marked amount ("$15", "15 dollars"), in cents; −1 when there is none. */
    static int lastMarked(String utterance) {
        int best = -1;
        int bestAt = -1;
        for (Pattern p : new Pattern[]{DOLLAR_SIGN, MONEY_WORD}) {
            Matcher m = p.matcher(utterance);
            while (m.find()) {
                if (m.start() >= bestAt) {
                    int c = toCents(m.group(1), m.group(2));
                    if (c >= 0) {
                        best = c;
                        bestAt = m.start();
                    }
                }
            }
        }
        return best;
    }

    private static int lastBare(String utterance) {
        Matcher m = BARE.matcher(utterance);
        int best = -1;
        while (m.find()) {
            int c = toCents(m.group(1), m.group(2));
            if (c >= 0) {
                best = c;
            }
        }
        return best;
    }

    private static int toCents(String whole, String fraction) {
        String digits = whole.replace(",", "");
        if (digits.length() > 7) {
            return -1; // beyond $9,999,999: not a price anybody means here
        }
        double value = Double.parseDouble(digits + (fraction == null ? "" : fraction));
        return (int) Math.round(value * 100.0);
    }
}
