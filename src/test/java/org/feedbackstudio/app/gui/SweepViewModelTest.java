package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Simulator;
import org.feedbackstudio.core.Statistics;
import org.feedbackstudio.core.WalkFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Sweep tab's decisions and numbers, as plain Java: no JavaFX thread, results handed over by a queue. */
class SweepViewModelTest {

    private static List<SweepViewModel.Point> series(double[] xs, java.util.function.DoubleUnaryOperator f) {
        List<SweepViewModel.Point> points = new ArrayList<>();
        for (double x : xs) {
            points.add(new SweepViewModel.Point(x, f.applyAsDouble(x), 0));
        }
        return points;
    }

    @Test
    void aPowerLawHasTheSameSlopeEverywhere() {
        List<SweepViewModel.Point> s = series(new double[] {10, 100, 1000, 10_000, 100_000},
                x -> 3 * Math.pow(x, 2.0 / 3));
        assertEquals(2.0 / 3, SweepViewModel.slope(s), 1e-12);
        assertEquals(2.0 / 3, SweepViewModel.upperHalfSlope(s), 1e-12);
    }

    @Test
    void theUpperHalfShowsALawThatSetsInPartWay() {
        // flat at 1000 up to x = 1000, then 1000·√(1000/x): a phase transition at x = 1000
        List<SweepViewModel.Point> s = series(new double[] {10, 100, 1000, 10_000, 100_000, 1_000_000},
                x -> x <= 1000 ? 1000 : 1000 * Math.sqrt(1000 / x));
        assertTrue(SweepViewModel.slope(s) > -0.45, "the fit over everything mixes both regimes");
        // upper half: x ≥ √(10·10⁶) ≈ 3162, points 10⁴, 10⁵, 10⁶
        assertEquals(-0.5, SweepViewModel.upperHalfSlope(s), 1e-12);
        assertEquals("Log–log slopes: m slope -0.31 (upper half -0.50).",
                SweepViewModel.slopes(Map.of("m", s), java.util.Set.of(), true));
    }

    @Test
    void tooFewPointsHaveNoUpperHalf() {
        List<SweepViewModel.Point> s = series(new double[] {10, 100, 1000}, x -> x);
        assertTrue(Double.isNaN(SweepViewModel.upperHalfSlope(s)));
    }

    @Test
    void theLogScaleParameterIsOfferedWithADecadeEitherSide() {
        Simulator walk = new WalkFixture();
        assertEquals(List.of("steps", "upProbability", "failAt"), SweepViewModel.sweepable(walk));
        assertEquals("steps", SweepViewModel.defaultParameter(walk), "no log-scale one: the first numeric");
        SweepViewModel.Range range = SweepViewModel.suggestRange(walk.parameters().find("steps").orElseThrow(), 1000L);
        assertEquals(new SweepViewModel.Range("100", "10000", true), range);
    }

    /** Each point's mean and standard error are the engine's statistics over that value's seeds. */
    @Test
    void aSweepRunsInTheBackgroundAndPlotsMeanAndStandardErrorPerValue() throws Exception {
        Simulator walk = new WalkFixture();
        Scenario base = Scenario.defaults(walk, 3);
        ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
        SweepViewModel model = new SweepViewModel(ui::add, () -> walk, () -> base);
        model.useSimulator(walk, walk.charts(base.parameters()), walk.metrics(base.parameters()));
        assertEquals("steps", model.parameter().get());
        assertEquals(List.of("position", "maxPosition"), List.copyOf(model.checked()), "the first chart's metrics");
        model.from().set("100");
        model.to().set("400");
        model.values().set(2);
        model.logX().set(false);
        model.seeds().set(5);
        model.checked().setAll("position");
        model.run();
        assertTrue(model.running().get());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (model.running().get() && System.nanoTime() < deadline) {
            Runnable r = ui.poll();
            if (r == null) {
                Thread.sleep(5);
            } else {
                r.run();
            }
        }
        assertFalse(model.running().get(), model.message().get());
        assertTrue(model.message().get().startsWith("Done: 10 runs"), model.message().get());
        List<SweepViewModel.Point> points = model.series().get().get("position");
        assertEquals(2, points.size());
        for (int i = 0; i < 2; i++) {
            long steps = i == 0 ? 100 : 400;
            double[] finals = new double[5];
            for (int r = 0; r < 5; r++) {
                Scenario one = base.withParameters(base.parameters().with("steps", steps))
                        .withSeed(org.feedbackstudio.core.Seeds.replicate(3, r));
                finals[r] = finalPosition(walk, one);
            }
            Statistics.Summary expected = Statistics.summarize(finals);
            assertEquals(steps, points.get(i).x());
            assertEquals(expected.mean(), points.get(i).mean(), 1e-12);
            assertEquals(expected.standardError(), points.get(i).standardError(), 1e-12);
        }
    }

    @Test
    void aSweepWithoutMetricsIsRefusedAndNothingRuns() {
        Simulator walk = new WalkFixture();
        Scenario base = Scenario.defaults(walk, 3);
        SweepViewModel model = new SweepViewModel(Runnable::run, () -> walk, () -> base);
        model.useSimulator(walk, walk.charts(base.parameters()), walk.metrics(base.parameters()));
        model.checked().clear();
        model.run();
        assertFalse(model.running().get());
        assertEquals("Choose at least one metric to plot.", model.message().get());
    }

    private static double finalPosition(Simulator walk, Scenario scenario) throws ScenarioException {
        try (var sim = walk.start(scenario, org.feedbackstudio.core.EventSink.NONE)) {
            while (!sim.isDone()) {
                sim.step();
            }
            double[] out = new double[sim.metrics().size()];
            sim.sample(out);
            return out[0];
        }
    }

}
