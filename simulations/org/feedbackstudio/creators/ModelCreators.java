package org.feedbackstudio.creators;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.runtime.llm.Answer;
import org.feedbackstudio.runtime.llm.CallRecord;
import org.feedbackstudio.runtime.llm.ChatMessage;
import org.feedbackstudio.runtime.llm.DecisionId;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.feedbackstudio.runtime.llm.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Creators driven by a language model, in CreAgent's two steps: slow thinking (explore or exploit, and the
 * genre) and fast thinking (the item: name, genre, tags, description). A round's prompts of each step go out
 * together (up to the model block's concurrency) and the answers are applied in creator order, so results
 * never depend on which answer arrives first. An answer that cannot be read after the re-asks falls back to
 * the built-in bounded-rational rule (slow thinking) or a plain title (fast thinking), counted in
 * {@link #fallbacks()}. The model sees exactly what a built-in creator sees: its own items' exposures and
 * clicks.
 */
final class ModelCreators implements CreatorPolicy {
    static final String MODEL_CALL = "model-call";
    /** Videos listed in the slow-thinking prompt, newest last. */
    static final int HISTORY_LINES = 20;

    /** A creator's last exchange of one kind, for the inspector. */
    record Exchange(String prompt, String reply, String reading) {
    }

    private final ModelSession session;
    private final CreatorPrompts prompts;
    private final List<String> genres;
    private final String system;
    private final long seed;
    private final ItemPool pool;
    private final BuiltInCreators fallback;
    private final EventSink events;
    private final Map<Integer, Exchange> decisions = new HashMap<>();
    private final Map<Integer, Exchange> items = new HashMap<>();
    private long fallbacks;

    ModelCreators(ModelSession session, CreatorPrompts prompts, List<String> genres, int leaveWindow, long seed,
                  ItemPool pool, BuiltInCreators fallback, EventSink events) {
        this.session = session;
        this.prompts = prompts;
        this.genres = List.copyOf(genres);
        this.system = prompts.system(String.join(", ", genres), leaveWindow);
        this.seed = seed;
        this.pool = pool;
        this.fallback = fallback;
        this.events = events;
    }

    /** Decisions or items that fell back to the built-in rule so far. */
    long fallbacks() {
        return fallbacks;
    }

    /** What the creator was last asked and answered, for the inspector. */
    Map<String, String> details(int creator) {
        Map<String, String> d = new LinkedHashMap<>();
        Exchange x = decisions.get(creator);
        if (x != null) {
            d.put("last decision prompt", x.prompt());
            d.put("last decision reply", x.reply());
            d.put("last decision reading", x.reading());
        }
        Exchange y = items.get(creator);
        if (y != null) {
            d.put("last item reply", y.reply());
            d.put("last item reading", y.reading());
        }
        return d;
    }

    @Override
    public List<Decision> decide(int round, List<Turn> turns) {
        List<Question<CreatorAnswers.Choice>> slow = new ArrayList<>();
        for (Turn t : turns) {
            slow.add(new Question<>(id(round, t.creator(), "decide"),
                    List.of(ChatMessage.system(system), ChatMessage.user(decidePrompt(round, t))),
                    CreatorAnswers.decision(genres)));
        }
        List<Answer<CreatorAnswers.Choice>> choices = session.askAll(slow);
        List<Decision> ruled = new ArrayList<>();
        List<Question<CreatorAnswers.Item>> fast = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            Answer<CreatorAnswers.Choice> a = choices.get(i);
            note(round, t.creator(), a, decisions);
            Decision d;
            if (a.fellBack()) {
                fallbacks++;
                Decision rule = fallback.decide(t.creator(), t.beliefs(), t.random());
                d = new Decision(rule.mode(), rule.genre(), rule.exploitChance(), rule.name(), List.of(), "",
                        "fell back to the built-in rule (" + a.note() + "): " + rule.reasoning());
            } else {
                d = new Decision(a.value().mode(), a.value().genre(), Double.NaN, "", List.of(), "",
                        reasoning(a.calls().get(a.calls().size() - 1).reply()));
            }
            ruled.add(d);
            fast.add(new Question<>(id(round, t.creator(), "create"),
                    List.of(ChatMessage.system(system), ChatMessage.user(prompts.create(t.creator().name(),
                            d.mode().id(), genres.get(d.genre()), recent(t.creator())))),
                    CreatorAnswers.item(genres.get(d.genre()), genres)));
        }
        List<Answer<CreatorAnswers.Item>> made = session.askAll(fast);
        List<Decision> out = new ArrayList<>(turns.size());
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            Decision d = ruled.get(i);
            Answer<CreatorAnswers.Item> a = made.get(i);
            note(round, t.creator(), a, items);
            if (a.fellBack()) {
                fallbacks++;
                String name = genres.get(d.genre()) + " item " + (t.creator().made[d.genre()] + 1) + " by "
                        + t.creator().name();
                out.add(new Decision(d.mode(), d.genre(), d.exploitChance(), name, List.of(), "", d.reasoning()));
            } else {
                out.add(new Decision(d.mode(), d.genre(), d.exploitChance(), a.value().name(), a.value().tags(),
                        a.value().description(), d.reasoning()));
            }
        }
        return out;
    }

    private DecisionId id(int round, Creator c, String kind) {
        return DecisionId.of(seed, "simulator", "creator-platform", "round", round, "creator", c.id, "kind", kind);
    }

    /** The reasoning before the answer lines, on one line. */
    private static String reasoning(String reply) {
        String text = reply.replaceAll("(?is)decision\\s*[:：].*$", "").strip().replaceAll("\\s+", " ");
        return text.length() > CreatorAnswers.LONGEST_TEXT ? text.substring(0, CreatorAnswers.LONGEST_TEXT) + "…"
                : text;
    }

    String decidePrompt(int round, Turn t) {
        Creator c = t.creator();
        Beliefs b = t.beliefs();
        StringBuilder history = new StringBuilder();
        int n = c.items.size();
        if (n > HISTORY_LINES) {
            history.append("(").append(n - HISTORY_LINES).append(" older videos not shown)\n");
        }
        for (int i = Math.max(0, n - HISTORY_LINES); i < n; i++) {
            int item = c.items.get(i);
            history.append(String.format(Locale.ROOT, "- round %d, %s, %d exposures, %d clicks%n", pool.round(item),
                    genres.get(pool.genre(item)), pool.exposures(item), pool.clicks(item)));
        }
        StringBuilder audience = new StringBuilder();
        StringBuilder skill = new StringBuilder();
        List<String> untried = new ArrayList<>();
        for (int g = 0; g < genres.size(); g++) {
            if (!b.tried()[g]) {
                untried.add(genres.get(g));
                continue;
            }
            audience.append("- ").append(genres.get(g)).append(": ").append(Double.isNaN(b.audience()[g])
                    ? "unknown (not shown yet)" : String.format(Locale.ROOT, "%.3f", b.audience()[g])).append('\n');
            skill.append("- ").append(genres.get(g)).append(": ")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * b.skill()[g])).append('\n');
        }
        Map<String, String> v = new HashMap<>();
        v.put("name", c.name());
        v.put("round", Integer.toString(round));
        v.put("history", history.toString().strip());
        v.put("audience", audience.toString().strip());
        v.put("skill", skill.toString().strip());
        v.put("reward", Double.isNaN(b.reward()) ? "unknown (not shown yet)"
                : String.format(Locale.ROOT, "%.3f", b.reward()));
        v.put("untried", untried.isEmpty() ? "none" : String.join(", ", untried));
        return prompts.decide(v);
    }

    private String recent(Creator c) {
        List<String> names = new ArrayList<>();
        for (int i = Math.max(0, c.items.size() - 3); i < c.items.size(); i++) {
            names.add("\"" + pool.name(c.items.get(i)) + "\"");
        }
        return names.isEmpty() ? "none yet" : String.join(", ", names);
    }

    private void note(int round, Creator c, Answer<?> a, Map<Integer, Exchange> into) {
        CallRecord last = a.calls().get(a.calls().size() - 1);
        List<ChatMessage> m = last.messages();
        into.put(c.id, new Exchange(m.get(m.size() - 1).content(), last.reply(), (a.fellBack() ? "fell back: "
                : "read: ") + a.note() + (a.calls().size() > 1 ? " (" + a.calls().size() + " askings)" : "")));
        if (!events.wants(MODEL_CALL)) {
            return;
        }
        for (CallRecord r : a.calls()) {
            Map<String, Object> data = new LinkedHashMap<>(r.toData());
            String text = c.name() + " (" + String.join(", ", r.decision().coordinates()) + ", attempt "
                    + r.decision().attempt() + "): " + r.outcome().id() + " — " + r.note()
                    + (r.cached() ? " [from cache]" : "");
            events.publish(new SimEvent(round, MODEL_CALL, text, data));
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
