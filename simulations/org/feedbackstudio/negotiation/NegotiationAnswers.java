package org.feedbackstudio.negotiation;

import org.feedbackstudio.runtime.llm.AnswerReader;
import org.feedbackstudio.runtime.llm.Reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads model-driven roles' answers: a negotiator's utterance and its price, a moderator's verdict, a
 * critic's suggestions. Each reader is a pure function of the answer's text (replays depend on it); what
 * it cannot read is asked again, then the game ends with no deal.
 */
final class NegotiationAnswers {
    /** The longest utterance kept: the prompts ask for one short sentence. */
    static final int LONGEST_UTTERANCE = 600;
    /** At most this many suggestions are kept from a critic's answer. */
    static final int MOST_SUGGESTIONS = 5;
    private static final Pattern LABEL = Pattern.compile("(?i)^\\W*(seller|buyer)\\W*:\\s*");
    private static final Pattern VERDICT = Pattern.compile(
            "(?i)(?:deal\\W{0,3}\\s*[:：=-]\\s*\\W{0,3}|the answer is\\s*\\W{0,3})(yes|no)\\b");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.):]|[-*•])\\s*(.+)$");

    private NegotiationAnswers() {
    }

    /**
     * A negotiator's utterance: the answer with a leading "seller:" (or "buyer:") label taken off, cut where
     * the model starts writing the other side's line. It must name a price ({@link PriceReading}) or accept
     * the standing offer in words ("Deal!", "I'll take it"); anything else is re-asked.
     */
    static AnswerReader<Move.Say> utterance(Side side) {
        return text -> {
            String said = said(text, side);
            if (said.isEmpty()) {
                return Reading.unreadable("an empty answer");
            }
            int cents = PriceReading.cents(said);
            if (cents >= 0) {
                return Reading.read(new Move.Say(said, cents), "names " + Money.format(cents));
            }
            if (TextModerator.read(said) == TextModerator.Reading.AGREEMENT) {
                return Reading.read(new Move.Say(said, -1), "accepts in words, naming no price");
            }
            return Reading.unreadable("names no price and accepts no offer");
        };
    }

    /** The words of an answer as a line of dialogue. */
    static String said(String text, Side side) {
        String s = text.strip();
        Matcher label = LABEL.matcher(s);
        if (label.find() && label.group(1).toLowerCase(Locale.ROOT).equals(side.id())) {
            s = s.substring(label.end());
        }
        String other = side.other().id();
        StringBuilder kept = new StringBuilder();
        for (String line : s.split("\\R")) {
            Matcher m = LABEL.matcher(line);
            if (m.find() && m.group(1).toLowerCase(Locale.ROOT).equals(other)) {
                break; // the model went on to write its opponent's part
            }
            if (!line.isBlank()) {
                kept.append(kept.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        String out = kept.toString().replaceAll("^[\"“”']+|[\"“”']+$", "").strip();
        return out.length() > LONGEST_UTTERANCE ? out.substring(0, LONGEST_UTTERANCE) + "…" : out;
    }

    /**
     * A moderator's verdict: the last "Deal: yes" / "Deal: no" (or the paper's "The answer is Yes/No"). A yes
     * takes the price named after it ({@link PriceReading}); a yes that names none takes the paper's price, the
     * last dollar amount of the dialogue, {@code dialoguePriceCents}; with none there either, it cannot be read.
     */
    static AnswerReader<Verdict> verdict(int dialoguePriceCents) {
        return text -> {
            Matcher m = VERDICT.matcher(text);
            String said = null;
            int end = 0;
            while (m.find()) {
                said = m.group(1);
                end = m.end();
            }
            if (said == null) {
                return Reading.unreadable("no \"Deal: yes\" or \"Deal: no\"");
            }
            if (said.equalsIgnoreCase("no")) {
                return Reading.read(Verdict.NO_DEAL, "no deal");
            }
            int cents = PriceReading.lastMarked(text.substring(end));
            if (cents >= 0) {
                return Reading.read(Verdict.dealAt(cents), "deal at " + Money.format(cents));
            }
            if (dialoguePriceCents >= 0) {
                return Reading.read(Verdict.dealAt(dialoguePriceCents), "deal, at the dialogue's last price "
                        + Money.format(dialoguePriceCents));
            }
            return Reading.unreadable("a deal with no price, and the dialogue names none");
        };
    }

    /**
     * A critic's suggestions: its numbered or bulleted items, else its non-empty lines; at least one with three
     * words or more.
     */
    static final AnswerReader<List<String>> SUGGESTIONS = text -> {
        List<String> items = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            Matcher m = ITEM.matcher(l);
            if (m.find()) {
                items.add(clean(m.group(1)));
            } else if (!items.isEmpty()) {
                int last = items.size() - 1;
                items.set(last, items.get(last) + " " + clean(l)); // an item continued on the next line
            } else {
                lines.add(clean(l));
            }
        }
        List<String> chosen = items.isEmpty() ? lines : items;
        chosen = chosen.stream().filter(s -> s.split("\\s+").length >= 3).limit(MOST_SUGGESTIONS).toList();
        if (chosen.isEmpty()) {
            return Reading.unreadable("no suggestion of three words or more");
        }
        return Reading.read(chosen, chosen.size() + (chosen.size() == 1 ? " suggestion" : " suggestions"));
    };

    private static String clean(String s) {
        return s.replaceAll("\\*\\*", "").strip();
    }
}
