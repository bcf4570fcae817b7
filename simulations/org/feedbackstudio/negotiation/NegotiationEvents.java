package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.SimEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The events a negotiation publishes: each game's transcript, the critic's feedback, each round's result. */
final class NegotiationEvents {
    private final EventSink sink;

    NegotiationEvents(EventSink sink) {
        this.sink = sink;
    }

    boolean wantTranscripts() {
        return sink.wants("transcript");
    }

    boolean wantFeedback() {
        return sink.wants("feedback");
    }

    void transcript(int round, GameRecord record) {
        sink.publish(new SimEvent(round, "transcript", record.summary(), record.eventData()));
    }

    void feedback(int r, Chain chain, Feedback fb) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("round", r);
        data.put("game", chain.index());
        data.put("suggestions", fb.sentences());
        data.put("carryOver", fb.carryOver());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Suggestion s : fb.suggestions()) {
            if (s instanceof TacticChange c) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("parameter", c.knob().label());
                m.put("before", c.knob().isPrice() ? c.before() / 100.0 : c.before());
                m.put("after", c.knob().isPrice() ? c.after() / 100.0 : c.after());
                changes.add(m);
            }
        }
        data.put("changes", changes);
        String text = "Round " + r + ", game " + (chain.index() + 1) + ": " + String.join(" ", fb.sentences()) + " "
                + fb.carryOver();
        sink.publish(new SimEvent(r, "feedback", text, data));
    }

    void round(RoundSummary s) {
        if (!sink.wants("round")) {
            return;
        }
        String line = String.format(Locale.ROOT, "Round %d: %d deals in %d games, mean price %s, deal rate %.3f",
                s.round(), s.deals(), s.gamesPlayed(),
                Double.isNaN(s.meanPrice()) ? "n/a" : NegotiationSheet.dollars(s.meanPrice()), s.dealRate());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", s.round());
        m.put("gamesPlayed", s.gamesPlayed());
        m.put("deals", s.deals());
        m.put("outOfBounds", s.outOfBounds());
        m.put("turnLimits", s.turnLimits());
        if (!Double.isNaN(s.meanPrice())) {
            m.put("meanPrice", s.meanPrice());
            m.put("meanTurns", s.meanTurns());
        }
        m.put("dealRate", s.dealRate());
        m.put("surplus", s.surplus());
        m.put("priceBins", s.priceBins());
        sink.publish(new SimEvent(s.round(), "round", line, m));
    }
}
