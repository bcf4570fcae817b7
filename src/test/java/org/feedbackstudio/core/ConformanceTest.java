package org.feedbackstudio.core;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every registered simulator must honour (in the spirit of Gymnasium's env checker):
 * reproducibility, seeds that matter, defaults that run and sit inside their bounds, strict refusal
 * of bad values, and metadata the studio can rely on.
 */
class ConformanceTest {
    /** Ticks the determinism checks run; enough to exercise every component, small enough to be quick. */
    private static final long CHECK_TICKS = 300;

    @TestFactory
    Stream<DynamicTest> everySimulator() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Simulator s : Catalog.standard().all()) {
            String id = s.id();
            tests.add(DynamicTest.dynamicTest(id + ": same scenario and seed give identical metrics",
                    () -> sameSeedSameMetrics(s)));
            tests.add(DynamicTest.dynamicTest(id + ": different seeds give different metrics",
                    () -> differentSeedsDiffer(s)));
            tests.add(DynamicTest.dynamicTest(id + ": the default scenario runs to completion",
                    () -> defaultRunsToCompletion(s)));
            tests.add(DynamicTest.dynamicTest(id + ": every default lies inside its bounds",
                    () -> defaultsInBounds(s)));
            tests.add(DynamicTest.dynamicTest(id + ": out-of-range values are refused clearly",
                    () -> outOfRangeRefused(s)));
            tests.add(DynamicTest.dynamicTest(id + ": exactly the parameters marked live change mid-run",
                    () -> liveFlagsHonoured(s)));
            tests.add(DynamicTest.dynamicTest(id + ": metadata is consistent",
                    () -> metadataConsistent(s)));
            tests.add(DynamicTest.dynamicTest(id + ": presets load and the scenario round-trips",
                    () -> presetsAndRoundTrip(s)));
        }
        return tests.stream();
    }

    static List<MetricFrame> run(Simulator s, Scenario scenario) throws ScenarioException {
        List<MetricFrame> frames = new ArrayList<>();
        RunObserver collect = new RunObserver() {
            @Override
            public void frame(MetricFrame frame) {
                frames.add(frame);
            }
        };
        RunOutcome outcome = new HeadlessRun(s, scenario, 1, List.of(collect)).run();
        if (outcome.failure() != null) {
            throw new AssertionError(s.id() + " failed at tick " + outcome.tick(), outcome.failure());
        }
        return frames;
    }

    private static Scenario shortScenario(Simulator s, long seed) {
        return Scenario.defaults(s, seed).withStopAfter(CHECK_TICKS);
    }

    private static void sameSeedSameMetrics(Simulator s) throws ScenarioException {
        List<MetricFrame> a = run(s, shortScenario(s, 12345));
        List<MetricFrame> b = run(s, shortScenario(s, 12345));
        assertEquals(a.size(), b.size(), "frame count");
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).tick(), b.get(i).tick());
            assertArrayEquals(a.get(i).values(), b.get(i).values(), 0.0,
                    s.id() + ": frame at tick " + a.get(i).tick() + " differs between two runs with one seed");
        }
    }

    private static void differentSeedsDiffer(Simulator s) throws ScenarioException {
        List<MetricFrame> a = run(s, shortScenario(s, 1));
        List<MetricFrame> b = run(s, shortScenario(s, 2));
        boolean differ = a.size() != b.size();
        for (int i = 0; !differ && i < a.size(); i++) {
            differ = !Arrays.equals(a.get(i).values(), b.get(i).values());
        }
        assertTrue(differ, s.id() + ": seeds 1 and 2 gave identical metrics for " + CHECK_TICKS + " ticks");
    }

    private static void defaultRunsToCompletion(Simulator s) throws ScenarioException {
        Scenario scenario = Scenario.defaults(s, 7);
        RunOutcome outcome = new HeadlessRun(s, scenario, 0, List.of()).run();
        assertNull(outcome.failure(), () -> s.id() + " failed: " + outcome.failure());
        assertTrue(outcome.completed());
        assertTrue(outcome.tick() > 0, "ran no tick");
    }

    private static void defaultsInBounds(Simulator s) throws ScenarioException {
        for (Parameter<?> p : s.parameters().all()) {
            assertNull(p.problemWith(p.defaultValue()), s.id() + "." + p.name());
            assertFalse(p.help().isBlank(), s.id() + "." + p.name() + " has no help line");
        }
        s.check(s.parameters().defaults());
    }

    private static void outOfRangeRefused(Simulator s) {
        ScenarioReader reader = new ScenarioReader(Catalog.standard());
        for (Parameter<?> p : s.parameters().all()) {
            String bad = switch (p.type()) {
                case INTEGER -> Long.toString((long) (p.max() + 1));
                case REAL -> Double.toString(p.max() + Math.max(1.0, Math.abs(p.max())));
                case BOOLEAN -> "\"maybe\"";
                case CHOICE -> "\"no-such-choice\"";
                case CHOICE_LIST -> "[\"no-such-choice\"]";
                case TEXT -> "42";
            };
            String json = "{\"simulator\": \"" + s.id() + "\", \"seed\": 1, \"parameters\": {\"" + p.name() + "\": "
                    + bad + "}}";
            ScenarioException e = assertThrows(ScenarioException.class, () -> reader.read(json, "bad.json"),
                    s.id() + "." + p.name() + " accepted " + bad);
            assertEquals("parameters." + p.name(), e.field());
            assertTrue(e.getMessage().startsWith("bad.json:1:"), e.getMessage());
            assertTrue(e.problem().length() > 10, e.getMessage());
        }
    }

    /**
     * The studio trusts {@link Parameter#live()}: it sends a change of a live parameter to the running
     * simulation and offers a reset for any other. So the running simulation must take every live
     * parameter (here at its default, which changes nothing) and refuse every other one, and refuse a
     * live parameter's value outside its domain.
     */
    private static void liveFlagsHonoured(Simulator s) throws ScenarioException {
        try (Simulation sim = s.start(Scenario.defaults(s, 5), EventSink.NONE)) {
            sim.step();
            for (Parameter<?> p : s.parameters().all()) {
                boolean applied = sim.applyLive(new ParameterChange(p.name(), p.defaultValue()));
                assertEquals(p.live(), applied, s.id() + "." + p.name() + (p.live()
                        ? " is marked live but the running simulation refused it"
                        : " is not marked live but the running simulation took it"));
                if (p.live() && (p.type() == ParameterType.INTEGER || p.type() == ParameterType.REAL)) {
                    Object outside = p.type() == ParameterType.INTEGER ? (Object) (long) (p.max() + 1) : p.max() + 1;
                    assertFalse(sim.applyLive(new ParameterChange(p.name(), outside)),
                            s.id() + "." + p.name() + " took " + outside + ", outside its domain");
                }
            }
        }
    }

    private static void metadataConsistent(Simulator s) throws ScenarioException {
        assertTrue(s.id().matches("[a-z][a-z0-9-]*"), s.id());
        assertFalse(s.title().isBlank());
        assertFalse(s.summary().isBlank());
        assertFalse(s.tickName().isBlank());
        assertNotNull(Presets.readResource(s.infoResource()), "no Info page at " + s.infoResource());
        ParameterValues defaults = s.parameters().defaults();
        List<MetricSpec> declared = s.metrics(defaults);
        Set<String> names = new HashSet<>();
        declared.forEach(m -> assertTrue(names.add(m.name()), "duplicate metric " + m.name()));
        for (ChartSpec chart : s.charts(defaults)) {
            for (String m : chart.allMetrics()) {
                assertTrue(names.contains(m), "chart " + chart.title() + " names unknown metric " + m);
            }
            if (chart.xMetric() != null) {
                assertTrue(names.contains(chart.xMetric()), "chart x metric " + chart.xMetric());
            }
        }
        try (Simulation sim = s.start(Scenario.defaults(s, 3), EventSink.NONE)) {
            assertEquals(declared, sim.metrics(), "simulator and simulation disagree on metrics");
            assertEquals(0, sim.tick());
            assertTrue(sim.totalTicks() > 0);
            double[] out = new double[declared.size()];
            sim.sample(out);
            assertNotNull(sim.inspect());
            sim.step();
            assertEquals(1, sim.tick());
            sim.sample(out);
            Inspection<?> inspection = sim.inspect();
            assertEquals(1, inspection.tick());
        }
    }

    private static void presetsAndRoundTrip(Simulator s) throws ScenarioException {
        Catalog catalog = Catalog.standard();
        List<Preset> presets = Presets.of(catalog, s.id());
        assertFalse(presets.isEmpty(), s.id() + " ships no preset");
        ScenarioReader reader = new ScenarioReader(catalog);
        for (Preset p : presets) {
            assertFalse(p.scenario().name().isBlank(), p.resource() + " has no name");
            Scenario again = reader.read(ScenarioWriter.toJson(p.scenario()), "round-trip");
            assertEquals(p.scenario(), again);
        }
        Scenario defaults = Scenario.defaults(s, 99);
        assertEquals(defaults, reader.read(ScenarioWriter.toJson(defaults), "round-trip"));
    }
}
