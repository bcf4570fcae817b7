package org.feedbackstudio.negotiation;

import java.util.Locale;

/**
 * A moderator that reads only the words, as the paper's language-model moderator does, so that it can
 * judge any dialogue — built-in or model-written — and be swapped for a model without touching the game.
 *
 * <p>It reads the last {@link #WINDOW} utterances from the newest back. A line of agreement ("Deal at
 * $15.", "I'll take it.", "Sold!") that is not negated and not a question means a deal; a line naming a
 * price without agreeing is an open offer, so no deal; a line with neither ("Thank you!") is passed over.
 * The price is the paper's: the last amount of the newest utterance that names one, read by {@link PriceReading}.
 */
public final class TextModerator implements Moderator {
    /** The paper's moderator sees the last four utterances. */
    public static final int WINDOW = 4;

    private static final String[] AGREEMENT = {
            "deal", "sold", "i'll take it", "i will take it", "i accept", "accepted", "agreed", "it's yours",
    };
    private static final String[] NEGATION = {
            "no deal", "not", "cannot", "never", "too high", "too low", "too much",
    };
    /** Matched inside words ("can't", "won't"). */
    private static final String CONTRACTED_NOT = "n't";

    /** How the moderator reads one line. */
    enum Reading { AGREEMENT, OFFER, NEUTRAL }

    @Override
    public Verdict judge(Dialogue dialogue) {
        int n = dialogue.size();
        for (int i = n - 1; i >= Math.max(0, n - WINDOW); i--) {
            Reading reading = read(dialogue.text(i));
            if (reading == Reading.OFFER) {
                return Verdict.NO_DEAL;
            }
            if (reading == Reading.AGREEMENT) {
                int price = lastPrice(dialogue);
                return price < 0 ? Verdict.NO_DEAL : Verdict.dealAt(price);
            }
        }
        return Verdict.NO_DEAL;
    }

    static Reading read(String line) {
        String lower = line.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        boolean negated = containsAny(lower, NEGATION) || lower.contains(CONTRACTED_NOT);
        if (containsAny(lower, AGREEMENT) && !negated && lower.indexOf('?') < 0) {
            return Reading.AGREEMENT;
        }
        return lastAmountCents(line) >= 0 ? Reading.OFFER : Reading.NEUTRAL;
    }

    /** The last dollar amount of the newest utterance that names one, in cents; −1 if none does. */
    static int lastPrice(Dialogue dialogue) {
        for (int i = dialogue.size() - 1; i >= 0; i--) {
            int cents = lastAmountCents(dialogue.text(i));
            if (cents >= 0) {
                return cents;
            }
        }
        return -1;
    }

    /** The price a line names by the {@link PriceReading} rule, in cents; −1 if none. */
    static int lastAmountCents(String line) {
        return PriceReading.cents(line);
    }

    /** Whether any needle occurs as whole words ("deal" but not "ideal", "not" but not "note"). */
    private static boolean containsAny(String text, String[] needles) {
        for (String needle : needles) {
            int at = text.indexOf(needle);
            while (at >= 0) {
                int end = at + needle.length();
                boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
                boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
                if (startsWord && endsWord) {
                    return true;
                }
                at = text.indexOf(needle, at + 1);
            }
        }
        return false;
    }
}
