package org.feedbackstudio.urn;

import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.ParameterChange;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** One urn: each tick draws a ball in proportion to the counts and adds {@code reinforcement} of its colour. */
final class PolyaUrnSimulation implements Simulation {
    private final List<MetricSpec> metrics;
    private final EventSink events;
    private final SplittableRandom random;
    private final long draws;
    private final long[] balls;
    private long total;
    private long reinforcement;
    private long tick;

    PolyaUrnSimulation(Scenario scenario, List<MetricSpec> metrics, EventSink events) {
        ParameterValues v = scenario.parameters();
        this.metrics = metrics;
        this.events = events;
        this.random = Seeds.root(scenario.seed()).split();
        this.draws = v.get(PolyaUrnSimulator.DRAWS);
        this.reinforcement = v.get(PolyaUrnSimulator.REINFORCEMENT);
        this.balls = new long[v.getInt(PolyaUrnSimulator.COLOURS)];
        java.util.Arrays.fill(balls, 1);
        this.total = balls.length;
    }

    @Override
    public List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public long tick() {
        return tick;
    }

    @Override
    public long totalTicks() {
        return draws;
    }

    @Override
    public void step() {
        tick++;
        long ball = random.nextLong(total);
        int colour = 0;
        while (ball >= balls[colour]) {
            ball -= balls[colour];
            colour++;
        }
        balls[colour] += reinforcement;
        total += reinforcement;
        if (events.wants("draw")) {
            events.publish(new SimEvent(tick, "draw", "drew colour " + colour, Map.of("colour", colour)));
        }
    }

    @Override
    public void sample(double[] out) {
        double leader = 0;
        for (int c = 0; c < balls.length; c++) {
            out[c] = balls[c] / (double) total;
            leader = Math.max(leader, out[c]);
        }
        out[balls.length] = leader;
    }

    @Override
    public Inspection<UrnContents> inspect() {
        List<Long> counts = new ArrayList<>();
        List<AgentView> colours = new ArrayList<>();
        for (int c = 0; c < balls.length; c++) {
            counts.add(balls[c]);
            colours.add(new AgentView("colour-" + c, "colour " + c, Map.of("balls", Long.toString(balls[c]))));
        }
        return new Inspection<>(tick, colours, new UrnContents(tick, counts));
    }

    @Override
    public boolean applyLive(ParameterChange change) {
        return change.apply(PolyaUrnSimulator.REINFORCEMENT, added -> reinforcement = added);
    }
}
