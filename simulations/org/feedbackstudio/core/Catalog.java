package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered simulators, in catalog order. */
public final class Catalog {
    private final Map<String, Simulator> byId = new LinkedHashMap<>();

    public Catalog(List<Simulator> simulators) {
        for (Simulator s : simulators) {
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("two simulators use the id " + s.id());
            }
        }
    }

    /** Every simulator the studio ships, in the order the catalog shows them. */
    public static Catalog standard() {
        return new Catalog(List.of(
                new org.feedbackstudio.donor.DonorGameSimulator(),
                new org.feedbackstudio.negotiation.NegotiationSimulator(),
                new org.feedbackstudio.streams.ContinualStreamsSimulator(),
                new org.feedbackstudio.regret.SwitchingCostsSimulator()
        ));
    }

    public List<Simulator> all() {
        return new ArrayList<>(byId.values());
    }

    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }

    public Optional<Simulator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The simulator with this id, or an error listing the ids there are. */
    public Simulator require(String id) throws ScenarioException {
        Simulator s = byId.get(id);
        if (s == null) {
            throw new ScenarioException(null, "simulator", "unknown simulator \"" + id + "\"; known: "
                    + String.join(", ", byId.keySet()));
        }
        return s;
    }
}
