package org.feedbackstudio.donor;

import org.feedbackstudio.runtime.llm.AnswerReader;
import org.feedbackstudio.runtime.llm.Reading;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads model-driven agents' answers: strategies after "My strategy will be", choices from the answer line. */
final class DonorAnswers {
    static final String STRATEGY_START = "My strategy will be";
    private static final int LONGEST_STRATEGY = 1_000;
    private static final Pattern STRATEGY = Pattern.compile("(?i)my strategy will be");
    private static final Pattern ANSWER = Pattern.compile(
            "(?i)answer\\s*[:：]\\s*[*_`\\[]*\\s*(donate|donation|give|punish|punishment)?\\s*[,:]?\\s*(?<![-\\d.])"
                    + "(\\d+(?:\\.\\d+)?)");

    private DonorAnswers() {
    }

    /** A choice read from a donation answer: units given or spent, and whether it punishes. */
    record Choice(double units, boolean punish) {
    }

    /** The strategy: "My strategy will be" and what follows, whitespace collapsed. */
    static final AnswerReader<String> STRATEGIES = text -> {
        Matcher m = STRATEGY.matcher(text);
        int at = -1;
        while (m.find()) {
            at = m.start(); // the last statement is the final one
        }
        if (at < 0) {
            return Reading.unreadable("no sentence starting \"" + STRATEGY_START + "\"");
        }
        String rest = text.substring(at + STRATEGY_START.length()).strip().replaceAll("\\s+", " ");
        if (rest.isEmpty() || rest.replaceAll("[\\p{Punct}\\s]", "").isEmpty()) {
            return Reading.unreadable("\"" + STRATEGY_START + "\" is followed by nothing");
        }
        if (rest.length() > LONGEST_STRATEGY) {
            rest = rest.substring(0, LONGEST_STRATEGY) + "…";
        }
        return Reading.read(STRATEGY_START + " " + rest, "strategy after \"" + STRATEGY_START + "\"");
    };

    /**
     * The donation (or punishment) on the last answer line. It must not exceed what the donor has.
     *
     * @param resources  the donor's resources
     * @param punishment whether the game allows punishing
     */
    static AnswerReader<Choice> donation(double resources, boolean punishment) {
        return text -> {
            Matcher m = ANSWER.matcher(text);
            String action = null;
            String number = null;
            while (m.find()) {
                action = m.group(1);
                number = m.group(2);
            }
            if (number == null) {
                return Reading.unreadable(punishment ? "no \"Answer: Donate, <units>\" or \"Answer: Punish, <units>\" line"
                        : "no \"Answer: <units>\" line");
            }
            double units = Double.parseDouble(number);
            boolean punish = action != null && action.toLowerCase(Locale.ROOT).startsWith("punish");
            if (punish && !punishment) {
                return Reading.unreadable("answered with a punishment, which this game does not allow");
            }
            if (units > resources + 1e-9) {
                return Reading.unreadable("answered " + Formats.plain(units) + " units but has only "
                        + Formats.plain(resources));
            }
            return Reading.read(new Choice(Math.min(units, resources), punish), (punish ? "punishes with " : "gives ")
                    + Formats.plain(units) + " of " + Formats.plain(resources) + " units");
        };
    }
}
