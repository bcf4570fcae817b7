package org.feedbackstudio.creators;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.SimEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The events a platform publishes: each creator's decision with its beliefs at that moment, departures
 * with the reason, and retrains of a learned recommender. Built only when a listener wants the kind.
 */
final class PlatformEvents {
    private PlatformEvents() {
    }

    static void decision(EventSink sink, Creator c, DecisionPoint point, List<String> genres) {
        Decision d = point.decision();
        Beliefs b = point.beliefs();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("creator", c.id);
        data.put("mode", d.mode().id());
        data.put("genre", genres.get(d.genre()));
        data.put("item", point.item());
        data.put("name", d.name());
        data.put("quality", point.quality());
        if (!Double.isNaN(d.exploitChance())) {
            data.put("exploitChance", d.exploitChance());
        }
        data.put("rewardLevel", b.rewardLevelName());
        if (!Double.isNaN(b.reward())) {
            data.put("reward", b.reward());
        }
        Map<String, Object> audience = new LinkedHashMap<>();
        Map<String, Object> skill = new LinkedHashMap<>();
        for (int g = 0; g < genres.size(); g++) {
            if (!Double.isNaN(b.audience()[g])) {
                audience.put(genres.get(g), b.audience()[g]);
            }
            if (b.skill()[g] > 0) {
                skill.put(genres.get(g), b.skill()[g]);
            }
        }
        data.put("audienceBelief", Collections.unmodifiableMap(audience));
        data.put("skillBelief", Collections.unmodifiableMap(skill));
        if (!d.tags().isEmpty()) {
            data.put("tags", d.tags());
        }
        if (!d.description().isEmpty()) {
            data.put("description", d.description());
        }
        data.put("reasoning", d.reasoning());
        data.put("modelDriven", c.modelDriven);
        String text = String.format(Locale.ROOT, "%s %ss %s: \"%s\" (quality %.2f; %s)", c.name(), d.mode().id(),
                genres.get(d.genre()), d.name(), point.quality(), d.reasoning());
        sink.publish(new SimEvent(point.round(), CreatorPlatformSimulation.DECISION, text,
                Collections.unmodifiableMap(data)));
    }

    static void departure(EventSink sink, Creator c, int round, long shown, ItemPool pool, List<String> genres,
                          int window) {
        List<Object> items = new ArrayList<>();
        for (int i = c.items.size() - window; i < c.items.size(); i++) {
            int item = c.items.get(i);
            items.add(Map.of("item", item, "genre", genres.get(pool.genre(item)), "exposures", pool.exposures(item)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("creator", c.id);
        data.put("reason", c.departureReason);
        data.put("items", c.items.size());
        data.put("lastItems", List.copyOf(items));
        data.put("exposuresOfLastItems", shown);
        sink.publish(new SimEvent(round, CreatorPlatformSimulation.DEPARTURE, c.name() + " leaves: "
                + c.departureReason, Collections.unmodifiableMap(data)));
    }

    static void retrain(EventSink sink, long round, int interactions, double loss) {
        sink.publish(new SimEvent(round, CreatorPlatformSimulation.RETRAIN, String.format(Locale.ROOT,
                "recommender retrained on %,d interactions, loss %.4f", interactions, loss),
                Map.of("interactions", interactions, "loss", loss)));
    }
}
