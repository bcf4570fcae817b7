package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.EventRecorder;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Simulation;

import java.util.ArrayList;
import java.util.List;

/** Helpers to run the simulator in tests. */
final class Runs {
    static final NegotiationSimulator SIMULATOR = new NegotiationSimulator();

    private Runs() {
    }

    /** The outcome of a whole run: the metric rows (one per round) and the final snapshot. */
    record Result(List<double[]> rows, NegotiationDetail detail, EventRecorder events) {
        double metric(int round, int column) {
            return rows.get(round - 1)[column];
        }
    }

    static Scenario scenario(long seed, String... settings) throws ScenarioException {
        Scenario s = Scenario.defaults(SIMULATOR, seed);
        for (String kv : settings) {
            int eq = kv.indexOf('=');
            s = s.withParameter(kv.substring(0, eq), kv.substring(eq + 1));
        }
        SIMULATOR.check(s.parameters());
        return s;
    }

    static Result run(Scenario scenario, boolean record) {
        EventRecorder recorder = new EventRecorder();
        List<double[]> rows = new ArrayList<>();
        try (Simulation sim = SIMULATOR.start(scenario, record ? recorder : EventSink.NONE)) {
            while (!sim.isDone()) {
                sim.step();
                double[] row = new double[sim.metrics().size()];
                sim.sample(row);
                rows.add(row);
            }
            return new Result(rows, (NegotiationDetail) sim.inspect().detail(), recorder);
        }
    }

    static Result run(long seed, String... settings) throws ScenarioException {
        return run(scenario(seed, settings), true);
    }
}
