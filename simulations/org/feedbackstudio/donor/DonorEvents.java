package org.feedbackstudio.donor;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.SimEvent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events a Donor Game publishes: strategies written, donations and punishments, fallbacks and
 * finished generations. Each is built only when a listener wants its kind.
 */
final class DonorEvents {
    private final EventSink sink;
    private final boolean punishment;

    DonorEvents(EventSink sink, boolean punishment) {
        this.sink = sink;
        this.punishment = punishment;
    }

    boolean wantDonations() {
        return sink.wants("donation");
    }

    boolean wantPunishments() {
        return punishment && sink.wants("punishment");
    }

    boolean wantStrategies() {
        return sink.wants("strategy");
    }

    boolean wantFallbacks() {
        return sink.wants("fallback");
    }

    /** The strategies newcomers were born with ({@code parents.get(i)} null for none). */
    void strategies(long now, List<Member> born, List<Member> parents) {
        if (!sink.wants("strategy")) {
            return;
        }
        for (int i = 0; i < born.size(); i++) {
            Member m = born.get(i);
            Member parent = parents.get(i);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("agent", m.name());
            data.put("generation", m.born());
            if (parent != null) {
                data.put("parent", parent.name());
            }
            data.put("strategy", m.strategy().sentence());
            if (m.strategy() instanceof RuleStrategy s) {
                data.put("norm", s.norm().id());
                data.put("generosity", s.generosity());
                data.put("threshold", s.threshold());
                data.put("depth", s.depth());
                data.put("punishShare", s.punishShare());
            }
            sink.publish(new SimEvent(now, "strategy", m.name() + ": " + m.strategy().sentence(),
                    Collections.unmodifiableMap(data)));
        }
    }

    /** One donation or punishment, as the trace book recorded it, with what the donor had been shown. */
    void encounter(long now, int generation, int game, TraceEntry e, double units, double removed,
                   double donorResources, double recipientResources, boolean observed, int traceShown) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generation", generation);
        data.put("game", game + 1);
        data.put("round", e.round());
        data.put("donor", e.actor());
        data.put("recipient", e.target());
        data.put("action", e.action() == Action.PUNISH ? "punish" : "donate");
        data.put("units", units);
        data.put("fraction", e.fraction());
        if (e.action() == Action.PUNISH) {
            data.put("removed", removed);
        } else {
            data.put("received", e.effect());
        }
        data.put("donorResources", donorResources);
        data.put("recipientResources", recipientResources);
        data.put("observed", observed);
        data.put("traceShown", traceShown);
        sink.publish(new SimEvent(now, e.action() == Action.PUNISH ? "punishment" : "donation", e.text(),
                Collections.unmodifiableMap(data)));
    }

    void fallback(long now, int generation, int game, int round, String donor, String recipient) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generation", generation);
        data.put("game", game + 1);
        data.put("round", round + 1);
        data.put("donor", donor);
        data.put("recipient", recipient);
        sink.publish(new SimEvent(now, "fallback", donor + " gave no usable answer in round "
                + (round + 1) + "; counted as a donation of 0.", Collections.unmodifiableMap(data)));
    }

    void generation(long now, GenerationSummary g, int agents) {
        if (!sink.wants("generation")) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generation", g.generation());
        data.put("generationScore", g.score());
        data.put("gameOneMean", g.gameOneMean());
        data.put("gameTwoMean", g.gameTwoMean());
        data.put("donationFraction", g.donationFraction());
        data.put("punishmentShare", g.punishmentShare());
        data.put("best", g.best());
        data.put("bestScore", g.bestScore());
        data.put("survivors", g.survivors());
        data.put("fallbacks", g.fallbacks());
        sink.publish(new SimEvent(now, "generation", "Generation " + g.generation() + ": score "
                + Formats.plain(g.score()) + ", mean donation " + Formats.percent(g.donationFraction()) + "; "
                + g.survivors() + " of " + agents + " survive, best " + g.best() + " ("
                + Formats.plain(g.bestScore()) + ").", Collections.unmodifiableMap(data)));
    }
}
