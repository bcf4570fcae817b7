package org.feedbackstudio.donor;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.runtime.llm.Answer;
import org.feedbackstudio.runtime.llm.CallRecord;
import org.feedbackstudio.runtime.llm.ChatMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What model-driven agents were asked and answered: the last exchanges of each agent for the inspector, and
 * the call events ({@code model-call}, one per asking, for model-calls.jsonl and the event log). Events
 * produced while the game is being set up wait until its first round, when observers listen. Used on the
 * simulation's thread only.
 */
final class ModelTranscripts {
    static final String MODEL_CALL = "model-call";

    /** An agent's last strategy exchange and last donation exchange. */
    record Exchange(String prompt, String reply, String reading) {
    }

    private final EventSink events;
    private final Map<String, Exchange> strategies = new HashMap<>();
    private final Map<String, Exchange> donations = new HashMap<>();
    private final List<SimEvent> pending = new ArrayList<>();

    ModelTranscripts(EventSink events) {
        this.events = events;
    }

    void strategy(String agent, Answer<?> answer) {
        strategies.put(agent, exchange(answer));
    }

    void donation(String agent, Answer<?> answer) {
        donations.put(agent, exchange(answer));
    }

    private static Exchange exchange(Answer<?> a) {
        CallRecord last = a.calls().get(a.calls().size() - 1);
        List<ChatMessage> m = last.messages();
        return new Exchange(m.get(m.size() - 1).content(), last.reply(), (a.fellBack() ? "fell back: " : "read: ")
                + a.note() + (a.calls().size() > 1 ? " (" + a.calls().size() + " askings)" : ""));
    }

    /** The call events of an answer; {@code tick} 0 holds them for the first round. */
    void calls(long tick, String who, Answer<?> answer) {
        if (tick != 0 && !events.wants(MODEL_CALL)) {
            return; // before the first round observers may not be listening yet: hold, and ask at flush
        }
        for (CallRecord r : answer.calls()) {
            Map<String, Object> data = new LinkedHashMap<>(r.toData());
            String text = who + " (" + String.join(", ", r.decision().coordinates()) + ", attempt "
                    + r.decision().attempt() + "): " + r.outcome().id() + " — " + r.note()
                    + (r.cached() ? " [from cache]" : "");
            SimEvent e = new SimEvent(Math.max(1, tick), MODEL_CALL, text, data);
            if (tick == 0) {
                pending.add(e);
            } else {
                events.publish(e);
            }
        }
    }

    /** Holds an event for the first round. */
    void hold(SimEvent e) {
        pending.add(e);
    }

    /** Publishes what waited for the first round. */
    void flush() {
        for (SimEvent e : pending) {
            if (events.wants(e.kind())) {
                events.publish(e);
            }
        }
        pending.clear();
    }

    EventSink events() {
        return events;
    }

    /** The inspector's lines for an agent driven by the model. */
    Map<String, String> details(String agent) {
        Map<String, String> d = new LinkedHashMap<>();
        Exchange s = strategies.get(agent);
        if (s != null) {
            d.put("Strategy prompt", s.prompt());
            d.put("Strategy reply", s.reply());
            d.put("Strategy reading", s.reading());
        }
        Exchange x = donations.get(agent);
        if (x != null) {
            d.put("Last donation prompt", x.prompt());
            d.put("Last donation reply", x.reply());
            d.put("Last donation reading", x.reading());
        }
        return d;
    }
}
