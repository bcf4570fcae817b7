package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.AgentView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The negotiation's rows in the studio's generic Agents inspector: the improving side, its rival, the run so far. */
final class NegotiationSheet {
    private NegotiationSheet() {
    }

    /** The improving side over the chains still alive ({@code tactics}, one per chain). */
    static AgentView improver(NegotiationConfig config, List<Tactic> tactics) {
        Map<String, String> p = new LinkedHashMap<>();
        if (config.modelPlayer()) {
            p.put("side", config.improvingSide().id());
            p.put("played by", "a language model (see Roles)");
            p.put("critic", criticWords(config));
            return new AgentView("improver", (config.improvingSide() == Side.SELLER ? "Improving seller"
                    : "Improving buyer") + " (language model)", p);
        }
        p.put("side", config.improvingSide().id());
        p.put("chains alive", tactics.size() + " of " + config.gamesPerRound());
        double[] opening = new double[tactics.size()];
        double[] walkAway = new double[tactics.size()];
        double[] exponent = new double[tactics.size()];
        for (int j = 0; j < tactics.size(); j++) {
            Tactic t = tactics.get(j);
            opening[j] = t.openingCents() / 100.0;
            walkAway[j] = t.reservationCents() / 100.0;
            exponent[j] = t.exponent();
        }
        p.put("first counter-offer", spread(opening, true));
        p.put("walk-away price", spread(walkAway, true));
        p.put("concession exponent e", spread(exponent, false));
        p.put("tit-for-tat share", NegotiationSimulator.trim(config.titForTat()));
        if (config.hasCohorts()) {
            p.put("cohorts", "even chains start at e = " + NegotiationSimulator.trim(config.exponent())
                    + ", odd chains at e = " + NegotiationSimulator.trim(config.contrastExponent()));
        }
        p.put("critic", criticWords(config));
        String label = (config.improvingSide() == Side.SELLER ? "Improving seller" : "Improving buyer")
                + " (built-in tactic)";
        return new AgentView("improver", label, p);
    }

    static AgentView rival(NegotiationConfig config) {
        RivalDistribution d = config.rivals();
        Side rivalSide = config.improvingSide().other();
        GameRules rules = config.rules();
        int sign = rivalSide.sign();
        int scripted = rules.scriptedCents(rivalSide);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("side", rivalSide.id() + ", reset before every game");
        p.put("room", "uniform " + dollars(d.roomLow()) + " to " + dollars(d.roomHigh()) + " from its opening");
        String limitWord = rivalSide == Side.SELLER ? "least it accepts" : "most it pays";
        p.put(limitWord, Money.format(scripted - sign * Money.cents(d.roomLow())) + " to "
                + Money.format(scripted - sign * Money.cents(d.roomHigh()))
                + (rivalSide == Side.SELLER ? " (never below cost " + Money.format(rules.sellerCostCents()) + ")" : ""));
        p.put("first counter-offer", "moves " + Math.round(RivalDistribution.OPENING_SHARE * 100) + "% of its room");
        p.put("concession exponent e", "log-uniform " + NegotiationSimulator.trim(d.exponentLow()) + " to "
                + NegotiationSimulator.trim(d.exponentHigh()));
        p.put("tit-for-tat share", NegotiationSimulator.trim(d.titForTat()));
        p.put("game-to-game wobble", "± " + dollars(d.jitter()) + " on its walk-away price");
        p.put("moderator", config.textModerator() ? "reads the last " + TextModerator.WINDOW + " lines" : "reads the moves");
        return new AgentView("rival", "Fixed " + rivalSide.id(), p);
    }

    static AgentView runSoFar(NegotiationConfig config, int round, long gamesPlayed, List<RoundSummary> summaries) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("rounds", round + " of " + config.rounds());
        p.put("games played", Long.toString(gamesPlayed));
        if (!summaries.isEmpty()) {
            RoundSummary s = summaries.get(summaries.size() - 1);
            p.put("mean deal price", Double.isNaN(s.meanPrice()) ? "no deals" : dollars(s.meanPrice()));
            p.put("deal rate", String.format(Locale.ROOT, "%.3f", s.dealRate()));
            p.put("surplus per game", dollars(s.surplus()));
            RoundSummary first = summaries.get(0);
            if (summaries.size() > 1 && !Double.isNaN(first.meanPrice()) && !Double.isNaN(s.meanPrice())) {
                p.put("price change since round 1", String.format(Locale.ROOT, "%+.2f", s.meanPrice() - first.meanPrice()));
            }
        }
        return new AgentView("stats", "Run so far", p);
    }

    /** Who plays each role, and on which model. */
    static AgentView roles(NegotiationConfig config, ModelRoles models) {
        Map<String, String> p = new LinkedHashMap<>();
        if (config.roles().isCrossPlay()) {
            p.put("cross-play", String.join(", ", config.roles().crossPlay()) + ": each as seller against each as buyer, "
                    + config.gamesPerRound() + " games a pairing");
            for (String name : config.roles().crossPlay()) {
                p.put("model \"" + name + "\"", models.describe(ModelRoles.PLAYER + name));
            }
            p.put("moderator", config.roles().moderatorModel() ? "model: " + models.describe("moderator")
                    : "built-in, reads the text");
            p.put("prompts", models.prompts().origin());
            return new AgentView("roles", "Roles", p);
        }
        for (String role : Roles.ALL) {
            if (role.equals("critic") && !config.criticOn()) {
                p.put(role, "none");
                continue;
            }
            String name = config.roles().modelName(role);
            p.put(role, config.roles().isModel(role)
                    ? "model " + (name.isEmpty() ? "(the model block)" : "\"" + name + "\"") + ": " + models.describe(role)
                    : role.equals("moderator") ? (config.textModerator() ? "built-in, reads the text" : "built-in, reads the moves")
                    : "built-in");
        }
        if (config.roles().moderatorModel()) {
            p.put("cross-check", "the built-in text moderator reads the same lines each time the model is asked");
        }
        p.put("prompts", models.prompts().origin());
        return new AgentView("roles", "Roles", p);
    }

    static String criticWords(NegotiationConfig config) {
        if (!config.criticOn()) {
            return "none (the player does not change)";
        }
        if (config.roles().criticModel()) {
            return "a language model, suggestions in words";
        }
        return "built-in, step κ = " + NegotiationSimulator.trim(config.criticStep())
                + (config.exponentLocked() ? ", exponent locked" : "");
    }

    static String dollars(double d) {
        return String.format(Locale.ROOT, "$%.2f", d);
    }

    private static String spread(double[] values, boolean money) {
        if (values.length == 0) {
            return "no chain alive";
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += money ? v : Math.log(v);
        }
        double mean = money ? sum / values.length : Math.exp(sum / values.length);
        String f = money ? "$%.2f" : "%.3f";
        return String.format(Locale.ROOT, "mean " + f + " (" + f + " to " + f + ")", mean, min, max);
    }
}
