package org.feedbackstudio.app.gui.negotiation;

import org.feedbackstudio.negotiation.GameRecord;
import org.feedbackstudio.negotiation.GameResult;
import org.feedbackstudio.negotiation.GameRules;
import org.feedbackstudio.negotiation.Knob;
import org.feedbackstudio.negotiation.Money;
import org.feedbackstudio.negotiation.Side;
import org.feedbackstudio.negotiation.Tactic;
import org.feedbackstudio.negotiation.TacticChange;

import java.util.Locale;

/** The words the games view shows for a game: outcomes, the moderator's verdict, tactics and their changes. */
final class GameText {
    private GameText() {
    }

    /** "$16.50", "$15": the way the dialogue writes prices. */
    static String price(double dollars) {
        return Money.format(Money.cents(dollars));
    }

    /** "Seller" or "Buyer". */
    static String speaker(Side side) {
        String w = side.id();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** A game's outcome in a few words, for the list of a round's games. */
    static String outcome(GameResult.Outcome outcome, double price) {
        return switch (outcome) {
            case DEAL -> "deal at " + price(price);
            case OUT_OF_BOUNDS -> "no deal: agreed at " + price(price) + ", out of range";
            case TURN_LIMIT -> "no deal: time ran out";
            case NO_ANSWER -> "no deal: no readable answer";
        };
    }

    /** "Round 3, game 17: deal at $16.50 in exchange 7". */
    static String headline(GameRecord g) {
        String head = "Round " + g.round() + ", game " + (g.chain() + 1) + ": ";
        return head + switch (g.outcome()) {
            case DEAL -> "deal at " + price(g.price()) + " in exchange " + g.turns();
            case OUT_OF_BOUNDS -> "agreed at " + price(g.price()) + ", out of range: no deal";
            case TURN_LIMIT -> "no deal within " + g.turns() + " exchanges";
            case NO_ANSWER -> "no deal: a model gave no readable answer";
        };
    }

    /** The moderator's reading of the game, with the rule that decided it. */
    static String verdict(GameRecord g, GameRules rules) {
        String range = "strictly between " + Money.format(rules.counterCents()) + " and " + Money.format(rules.askCents());
        return switch (g.outcome()) {
            case DEAL -> "Deal at " + price(g.price()) + ". The " + g.closer().id() + " said yes in exchange "
                    + g.turns() + ", and the price lies " + range + ".";
            case OUT_OF_BOUNDS -> "No deal. The " + g.closer().id() + " agreed at " + price(g.price())
                    + " in exchange " + g.turns() + ", but only a price " + range + " counts.";
            case TURN_LIMIT -> "No deal. " + g.turns() + " exchanges passed without agreement.";
            case NO_ANSWER -> "No deal: " + (g.fallback().isEmpty() ? "a model gave no readable answer"
                    : g.fallback()) + ".";
        } + crossCheck(g);
    }

    /** The model moderator's last verdict beside the built-in moderator's, and how often they differed. */
    static String crossCheck(GameRecord g) {
        if (g.checks().isEmpty()) {
            return "";
        }
        var last = g.checks().get(g.checks().size() - 1);
        int n = g.checks().size();
        int differ = g.disagreements();
        return " The model moderator was asked " + n + (n == 1 ? " time" : " times") + "; last: " + last.summary()
                + (differ == 0 ? " (they agreed every time)." : " — they disagreed " + differ
                + (differ == 1 ? " time." : " times."));
    }

    /** A tactic parameter's value as the user reads it: prices in dollars, the exponent and share as numbers. */
    static String value(Knob knob, double value) {
        return switch (knob) {
            case OPENING, RESERVATION -> Money.format((int) Math.round(value));
            case EXPONENT -> String.format(Locale.ROOT, "%.3f", value);
            case TIT_FOR_TAT -> String.format(Locale.ROOT, "%.2f", value);
        };
    }

    /** "first counter-offer: $18 → $18.50", or "…: $18 (kept)". */
    static String change(TacticChange c) {
        String label = label(c.knob());
        return c.changes()
                ? label + ": " + value(c.knob(), c.before()) + " → " + value(c.knob(), c.after())
                : label + ": " + value(c.knob(), c.before()) + " (kept)";
    }

    /** The knob's name in the studio's words (the engine says "opening offer" for the first counter-offer). */
    static String label(Knob knob) {
        return switch (knob) {
            case OPENING -> "first counter-offer";
            case RESERVATION -> "walk-away price";
            case EXPONENT -> "concession exponent e";
            case TIT_FOR_TAT -> "tit-for-tat share";
        };
    }

    /** "first counter-offer $18.50 · walk-away $15.10 · e = 0.520 (Boulware)", plus tit-for-tat when used. */
    static String tactic(Tactic t) {
        if (t == null) {
            return "a language model, bargaining in words (it shows no tactic)";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("first counter-offer ").append(Money.format(t.openingCents()))
                .append(" · walk-away ").append(Money.format(t.reservationCents()))
                .append(" · e = ").append(value(Knob.EXPONENT, t.exponent()))
                .append(" (").append(Tactic.styleOf(t.exponent())).append(')');
        if (t.titForTat() > 0) {
            sb.append(" · tit-for-tat ").append(value(Knob.TIT_FOR_TAT, t.titForTat()));
        }
        return sb.toString();
    }
}
