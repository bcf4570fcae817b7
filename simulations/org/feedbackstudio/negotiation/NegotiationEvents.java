package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.runtime.llm.CallRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The events a negotiation publishes: each game's transcript, the critic's feedback, each round's result. */
final class NegotiationEvents {
    /** One asking of a language model, as model-calls.jsonl records it. */
    static final String MODEL_CALL = "model-call";
    /** A row of a table the run writes beside its metrics ({@code run} writes DIR/TABLE.csv). */
    static final String TABLE_ROW = "table-row";

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

    /** A model-driven game: its calls, its fallback, its disagreements, its feedback and its transcript. */
    void modelGame(int r, int chain, GameRecord record, GameLog log) {
        String head = "Round " + r + ", game " + (chain + 1) + ", ";
        if (sink.wants(MODEL_CALL)) {
            for (GameLog.Said said : log.answers()) {
                for (CallRecord call : said.answer().calls()) {
                    Map<String, Object> data = new LinkedHashMap<>(call.toData());
                    data.put("role", said.role());
                    sink.publish(new SimEvent(r, MODEL_CALL, head + said.role() + " (attempt " + call.decision().attempt()
                            + "): " + call.outcome().id() + " — " + call.note() + (call.cached() ? " [from cache]" : ""),
                            data));
                }
            }
        }
        if (log.fallbackRole() != null && sink.wants("fallback")) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("round", r);
            data.put("game", chain);
            data.put("role", log.fallbackRole());
            data.put("why", log.fallbackNote());
            sink.publish(new SimEvent(r, "fallback", head + "no deal: " + log.fallbackNote(), data));
        }
        if (sink.wants("disagreement")) {
            for (ModeratorCheck c : record.checks()) {
                if (c.agrees()) {
                    continue;
                }
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("round", r);
                data.put("game", chain);
                data.put("utterance", c.utterance());
                data.put("model", ModeratorCheck.words(c.model()));
                data.put("builtIn", ModeratorCheck.words(c.builtIn()));
                data.put("line", record.lines().get(c.utterance()).text());
                data.put("reply", c.reply());
                sink.publish(new SimEvent(r, "disagreement", head + "after \"" + record.lines().get(c.utterance()).text()
                        + "\": " + c.summary(), data));
            }
        }
        if (record.feedbackIn() != null && sink.wants("feedback")) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("round", r);
            data.put("game", chain);
            data.put("suggestions", record.feedbackIn().sentences());
            data.put("carryOver", record.feedbackIn().carryOver());
            sink.publish(new SimEvent(r, "feedback", head.substring(0, head.length() - 2) + ": "
                    + String.join(" ", record.feedbackIn().sentences()) + " " + record.feedbackIn().carryOver(), data));
        }
        if (wantTranscripts()) {
            transcript(r, record);
        }
    }

    /** A cross-play pairing's result, as an event and as a row of the tournament table. */
    void pairing(Pairing p, int of) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seller", p.seller());
        row.put("buyer", p.buyer());
        row.put("games", p.games());
        row.put("deals", p.deals());
        row.put("dealRate", p.dealRate());
        row.put("meanPrice", Double.isNaN(p.meanPrice()) ? "" : p.meanPrice());
        row.put("meanTurns", Double.isNaN(p.meanTurns()) ? "" : p.meanTurns());
        row.put("noAnswers", p.noAnswers());
        row.put("disagreements", p.disagreements());
        if (sink.wants("pairing")) {
            String line = String.format(Locale.ROOT, "Pairing %d of %d: seller %s, buyer %s: %d deals in %d games, "
                            + "mean price %s", p.index() + 1, of, p.seller(), p.buyer(), p.deals(), p.games(),
                    Double.isNaN(p.meanPrice()) ? "n/a" : NegotiationSheet.dollars(p.meanPrice()));
            sink.publish(new SimEvent(p.index() + 1, "pairing", line, new LinkedHashMap<>(row)));
        }
        if (sink.wants(TABLE_ROW)) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("table", "tournament");
            data.put("row", row);
            sink.publish(new SimEvent(p.index() + 1, TABLE_ROW, "tournament: " + p.seller() + " x " + p.buyer(), data));
        }
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
        if (s.noAnswers() > 0) {
            m.put("noAnswers", s.noAnswers());
        }
        if (s.moderatorChecks() > 0) {
            m.put("moderatorChecks", s.moderatorChecks());
            m.put("disagreements", s.disagreements());
        }
        sink.publish(new SimEvent(s.round(), "round", line, m));
    }
}
