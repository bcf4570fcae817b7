package org.feedbackstudio.creators;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Simulator;

import java.util.ArrayList;
import java.util.List;

/** Small platforms for tests. */
final class Platforms {
    private Platforms() {
    }

    static final Simulator SIMULATOR = Catalog.standard().find("creator-platform").orElseThrow();

    /** The defaults with some values replaced, given as name, value, name, value… */
    static PlatformSettings settings(Object... nameValue) {
        ParameterValues v = SIMULATOR.parameters().defaults();
        for (int i = 0; i < nameValue.length; i += 2) {
            Object value = nameValue[i + 1];
            if (value instanceof Integer n) {
                value = n.longValue();
            }
            v = v.with((String) nameValue[i], value);
        }
        return PlatformSettings.from(v);
    }

    /** A platform of 200 users and 12 creators for 30 rounds, with the given changes. */
    static PlatformSettings small(Object... nameValue) {
        List<Object> all = new ArrayList<>(List.of("rounds", 30, "users", 200, "creators", 12, "genres", 6));
        all.addAll(List.of(nameValue));
        return settings(all.toArray());
    }

    static List<double[]> frames(PlatformSettings settings, long seed) {
        List<double[]> frames = new ArrayList<>();
        try (CreatorPlatformSimulation sim = CreatorPlatformSimulation.start(settings, seed, EventSink.NONE)) {
            while (!sim.isDone()) {
                sim.step();
                double[] out = new double[sim.metrics().size()];
                sim.sample(out);
                frames.add(out);
            }
        }
        return frames;
    }

    static int metric(CreatorPlatformSimulation sim, String name) {
        for (int i = 0; i < sim.metrics().size(); i++) {
            if (sim.metrics().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no metric " + name);
    }
}
