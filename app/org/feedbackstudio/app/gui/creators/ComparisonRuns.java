package org.feedbackstudio.app.gui.creators;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.core.Simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Runs one scenario once per recommender, on its seed, headless, and keeps the long-term series the
 * Recommenders view overlays. Plain Java: the view calls it on a worker thread, tests call it directly.
 */
final class ComparisonRuns {
    /** The recommenders compared, in the order drawn. */
    static final List<String> RECOMMENDERS = List.of("random", "popularity", "mf", "bpr");
    /** The metrics drawn, one chart each. */
    static final List<String> METRICS = List.of("clicks", "activeCreators", "cumulativeExposureGini",
            "exposureEntropy");

    /** One recommender's run: per metric, the value after each round (index 0 = round 1). */
    record Series(String recommender, Map<String, double[]> values) {
    }

    private final Simulator simulator;

    ComparisonRuns(Simulator simulator) {
        this.simulator = simulator;
    }

    /**
     * Runs the scenario with each recommender in turn (everything else, the seed included, as it is), handing
     * each finished run to {@code done}; stops between rounds when {@code cancel} is set. Model-driven
     * creators are asked through the machine's model settings, like any run.
     *
     * @throws ScenarioException when a run cannot start
     */
    void run(Scenario scenario, AtomicBoolean cancel, BiConsumer<Integer, Series> done) throws ScenarioException {
        for (int k = 0; k < RECOMMENDERS.size() && !cancel.get(); k++) {
            String recommender = RECOMMENDERS.get(k);
            Scenario one = scenario.withParameter("recommender", recommender).withStopAfter(0);
            List<String> names = new ArrayList<>();
            List<double[]> frames = new ArrayList<>();
            try (Simulation sim = simulator.start(one, EventSink.NONE)) {
                sim.metrics().forEach(m -> names.add(m.name()));
                while (!sim.isDone()) {
                    if (cancel.get()) {
                        return;
                    }
                    sim.step();
                    double[] out = new double[names.size()];
                    sim.sample(out);
                    frames.add(out);
                }
            }
            Map<String, double[]> values = new LinkedHashMap<>();
            for (String metric : METRICS) {
                int index = names.indexOf(metric);
                double[] v = new double[frames.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = frames.get(i)[index];
                }
                values.put(metric, v);
            }
            done.accept(k, new Series(recommender, values));
        }
    }
}
