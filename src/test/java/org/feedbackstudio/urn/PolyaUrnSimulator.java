package org.feedbackstudio.urn;

import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterSpace;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.core.Simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * A test-only simulator that shows what registering one takes: this class, its simulation, a line in
 * src/test/resources/META-INF/services/org.feedbackstudio.core.Simulator, an Info page and a preset.
 * The catalog, the conformance suite and the studio find it with no other edit.
 *
 * <p>A Pólya urn is the smallest feedback loop there is: draw a ball, put it back with more of its
 * colour, and early luck becomes a lasting majority.
 */
public final class PolyaUrnSimulator implements Simulator {
    public static final String ID = "polya-urn";
    static final Parameter<Long> COLOURS = Parameter.integer("colours", 3, 2, 12)
            .withHelp("Colours in the urn, one ball of each at the start");
    static final Parameter<Long> DRAWS = Parameter.integer("draws", 1000, 1, 10_000_000).onLogScale()
            .withUnit("draws").withHelp("Draws in a run");
    static final Parameter<Long> REINFORCEMENT = Parameter.integer("reinforcement", 1, 1, 100).changeableLive()
            .withUnit("balls").withHelp("Balls of the drawn colour added after each draw");

    private static final ParameterSpace SPACE = ParameterSpace.of(COLOURS, DRAWS, REINFORCEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Pólya urn (test)";
    }

    @Override
    public String summary() {
        return "Draw a ball, return it with more of its colour: early luck becomes a lasting majority.";
    }

    @Override
    public String tickName() {
        return "draw";
    }

    @Override
    public java.util.List<String> eventKinds() {
        return java.util.List.of("draw");
    }

    @Override
    public ParameterSpace parameters() {
        return SPACE;
    }

    @Override
    public List<MetricSpec> metrics(ParameterValues values) {
        List<MetricSpec> metrics = new ArrayList<>();
        for (int c = 0; c < values.getInt(COLOURS); c++) {
            metrics.add(MetricSpec.perTick("share." + c, "colour " + c, ""));
        }
        metrics.add(MetricSpec.perTick("leader", "largest share", ""));
        return metrics;
    }

    @Override
    public List<ChartSpec> charts(ParameterValues values) {
        List<String> shares = new ArrayList<>();
        metrics(values).forEach(m -> shares.add(m.name()));
        return List.of(ChartSpec.overTicks("Shares", "draw", "share of the balls", shares).withYRange(0, 1));
    }

    @Override
    public Simulation start(Scenario scenario, EventSink events) {
        return new PolyaUrnSimulation(scenario, metrics(scenario.parameters()), events);
    }
}
