package org.feedbackstudio.donor;

import org.feedbackstudio.core.EventRecorder;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/** Helpers shared by the Donor Game tests. */
final class Games {
    static final DonorGameSimulator SIMULATOR = new DonorGameSimulator();

    private Games() {
    }

    /** A scenario with the defaults changed by "name=value" pairs. */
    static Scenario scenario(long seed, String... assignments) {
        Scenario s = Scenario.defaults(SIMULATOR, seed);
        try {
            for (String a : assignments) {
                int eq = a.indexOf('=');
                s = s.withParameter(a.substring(0, eq), a.substring(eq + 1));
            }
            SIMULATOR.check(s.parameters());
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return s;
    }

    static DonorSettings settings(String... assignments) {
        return DonorSettings.from(scenario(1, assignments).parameters());
    }

    /** A run of the catalog simulator. */
    static Simulation start(long seed, EventSink sink, String... assignments) {
        try {
            return SIMULATOR.start(scenario(seed, assignments), sink);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A run with a given policy and writer. */
    static DonorGameSimulation start(DonorSettings settings, DonorPolicy policy, StrategyWriter writer, long seed,
                                     EventSink sink) {
        return new DonorGameSimulation(settings, policy, writer, new SplittableRandom(seed), sink);
    }

    static DonorSnapshot snapshot(Simulation sim) {
        return (DonorSnapshot) sim.inspect().detail();
    }

    static double[] sample(Simulation sim) {
        double[] out = new double[sim.metrics().size()];
        sim.sample(out);
        return out;
    }

    static int metric(Simulation sim, String name) {
        for (int i = 0; i < sim.metrics().size(); i++) {
            if (sim.metrics().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no metric " + name);
    }

    static double value(Simulation sim, String name) {
        return sample(sim)[metric(sim, name)];
    }

    static void runToEnd(Simulation sim) {
        while (!sim.isDone()) {
            sim.step();
        }
    }

    /** Keeps every event of the kinds it wants, and picks out a round's encounters. */
    static final class Recorder extends EventRecorder {
        Recorder(Predicate<String> kinds) {
            super(kinds);
        }

        static Recorder all() {
            return new Recorder(k -> true);
        }

        /** Donations and punishments of tick {@code tick}. */
        List<SimEvent> encounters(long tick) {
            return events.stream().filter(e -> e.tick() == tick
                    && (e.kind().equals("donation") || e.kind().equals("punishment"))).toList();
        }

        void clear() {
            events.clear();
        }
    }

    static double number(SimEvent e, String field) {
        return ((Number) e.data().get(field)).doubleValue();
    }

    static String text(SimEvent e, String field) {
        return (String) e.data().get(field);
    }
}
