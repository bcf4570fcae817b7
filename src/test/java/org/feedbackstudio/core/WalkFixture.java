package org.feedbackstudio.core;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A tiny simulator for testing the machinery: a ±1 random walk whose position and running maximum
 * are easy to check by hand. {@code failAt} makes a step throw, to test mid-run failures.
 */
public final class WalkFixture implements Simulator {
    public static final String ID = "walk";

    static final Parameter<Long> STEPS = Parameter.integer("steps", 1000, 1, 10_000_000).withHelp("Steps to walk.");
    static final Parameter<Double> UP_PROBABILITY = Parameter.real("upProbability", 0.5, 0.0, 1.0, 0.01)
            .withHelp("Chance of a step up.").changeableLive();
    static final Parameter<Long> FAIL_AT = Parameter.integer("failAt", 0, 0, 10_000_000)
            .withHelp("Throw at this step (0 = never).");
    static final Parameter<String> START = Parameter.choice("start", "zero", "zero", "ten")
            .withHelp("Where the walk starts.");
    static final Parameter<Boolean> REFUSE_START = Parameter.bool("refuseStart", false)
            .withHelp("Refuse to start, as a missing data file would.");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Random walk (test fixture)";
    }

    @Override
    public String summary() {
        return "A ±1 random walk.";
    }

    @Override
    public String tickName() {
        return "step";
    }

    @Override
    public java.util.List<String> eventKinds() {
        return java.util.List.of("move");
    }

    @Override
    public ParameterSpace parameters() {
        return ParameterSpace.of(STEPS, UP_PROBABILITY, FAIL_AT, START, REFUSE_START);
    }

    @Override
    public void check(ParameterValues values) throws ScenarioException {
        if (values.get(FAIL_AT) > values.get(STEPS)) {
            throw ScenarioException.about(FAIL_AT, "must not exceed steps (" + values.get(STEPS) + ")");
        }
    }

    @Override
    public List<MetricSpec> metrics(ParameterValues values) {
        return List.of(MetricSpec.perTick("position", "Position", ""),
                MetricSpec.perTick("maxPosition", "Highest position", ""),
                MetricSpec.perMilestone("hundreds", "Completed hundreds", ""));
    }

    @Override
    public List<ChartSpec> charts(ParameterValues values) {
        return List.of(ChartSpec.overTicks("Walk", "step", "position", List.of("position", "maxPosition")));
    }

    @Override
    public Simulation start(Scenario scenario, EventSink events) throws ScenarioException {
        if (scenario.parameters().get(REFUSE_START)) {
            throw ScenarioException.about(REFUSE_START, "refused as asked");
        }
        return new Walk(this, scenario, events);
    }

    @Override
    public String infoResource() {
        return "fixtures/walk.md";
    }

    static final class Walk implements Simulation {
        private final List<MetricSpec> metrics;
        private final SplittableRandom random;
        private final EventSink events;
        private final long steps;
        private final long failAt;
        private double up;
        private long tick;
        private long position;
        private long max;

        Walk(WalkFixture simulator, Scenario scenario, EventSink events) {
            ParameterValues v = scenario.parameters();
            this.metrics = simulator.metrics(v);
            this.random = Seeds.root(scenario.seed()).split();
            this.events = events;
            this.steps = v.get(STEPS);
            this.failAt = v.get(FAIL_AT);
            this.up = v.get(UP_PROBABILITY);
            this.position = v.get(START).equals("ten") ? 10 : 0;
            this.max = position;
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
            return steps;
        }

        @Override
        public void step() {
            if (tick + 1 == failAt) {
                throw new IllegalStateException("failing at step " + failAt + " as asked");
            }
            tick++;
            int move = random.nextDouble() < up ? 1 : -1;
            position += move;
            max = Math.max(max, position);
            if (events.wants("move")) {
                events.publish(new SimEvent(tick, "move", "moved " + move, Map.of("move", move,
                        "position", position)));
            }
        }

        @Override
        public void sample(double[] out) {
            out[0] = position;
            out[1] = max;
            out[2] = tick >= 100 ? tick / 100 : Double.NaN;
        }

        @Override
        public boolean atMilestone() {
            return tick % 100 == 0;
        }

        @Override
        public Inspection<Void> inspect() {
            return new Inspection<>(tick, List.of(new AgentView("walker", "walker",
                    Map.of("position", Long.toString(position)))), null);
        }

        @Override
        public boolean applyLive(ParameterChange change) {
            return change.apply(UP_PROBABILITY, p -> up = p);
        }
    }
}
