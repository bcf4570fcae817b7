package org.feedbackstudio.negotiation;

import java.util.ArrayList;
import java.util.List;

/**
 * The critic's feedback after a game, as it is appended to the improving player's history: the
 * suggestions, then the paper's carry-over line "… at a higher price than the previous round, i.e.,
 * higher than $P" (a buyer: lower than $P).
 *
 * @param side               the improving side
 * @param item               what is sold
 * @param previousPriceCents the price of the game the feedback is about
 * @param suggestions        the suggestions, in order (the built-in critic gives three)
 */
public record Feedback(Side side, String item, int previousPriceCents, List<Suggestion> suggestions) {

    public Feedback {
        suggestions = List.copyOf(suggestions);
    }

    /** The paper's carry-over line. */
    public String carryOver() {
        String price = Money.format(previousPriceCents);
        return side == Side.SELLER
                ? "Your goal is to sell the " + item + " at a higher price than the previous round, i.e., higher than "
                        + price + "."
                : "Your goal is to buy the " + item + " at a lower price than the previous round, i.e., lower than "
                        + price + ".";
    }

    public List<String> sentences() {
        List<String> out = new ArrayList<>(suggestions.size());
        suggestions.forEach(s -> out.add(s.sentence()));
        return out;
    }

    /** The whole message as the player reads it. */
    public String text() {
        return "Here is the feedback from the critic:\n" + numbered() + "\n" + carryOver();
    }

    /** The suggestions as numbered lines: "1. …". */
    public String numbered() {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (Suggestion s : suggestions) {
            sb.append(n == 1 ? "" : "\n").append(n++).append(". ").append(s.sentence());
        }
        return sb.toString();
    }

    /** The tactic after applying every concrete change in order; advice in words leaves it as it is. */
    public Tactic applyTo(Tactic tactic) {
        Tactic t = tactic;
        for (Suggestion s : suggestions) {
            if (s instanceof TacticChange c && c.changes()) {
                t = c.knob().set(t, c.after());
            }
        }
        return t;
    }
}
