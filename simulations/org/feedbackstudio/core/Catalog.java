package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registered simulators, in catalog order. A simulator registers itself by naming its class in a
 * {@code META-INF/services/org.feedbackstudio.core.Simulator} file on the class path (the engine's is
 * {@code simulations/META-INF/services/}); the core names none of them.
 */
public final class Catalog {
    private final Map<String, Simulator> byId = new LinkedHashMap<>();

    public Catalog(List<Simulator> simulators) {
        for (Simulator s : simulators) {
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("two simulators use the id " + s.id());
            }
        }
    }

    /**
     * Every registered simulator, in the order of the lines of the services files (and of those files on
     * the class path).
     */
    public static Catalog standard() {
        List<Simulator> registered = new ArrayList<>();
        ServiceLoader.load(Simulator.class, Catalog.class.getClassLoader()).forEach(registered::add);
        return new Catalog(registered);
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
