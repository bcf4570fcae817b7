package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker-thread runner: commands, coalesced batches, and results identical to a headless run. */
class RunnerTest {
    private final WalkFixture walk = new WalkFixture();
    private final List<RunBatch> batches = new CopyOnWriteArrayList<>();

    private Scenario scenario(long steps) throws ScenarioException {
        return new ScenarioReader(new Catalog(List.of(walk))).override(Scenario.defaults(walk, 4),
                List.of("steps=" + steps));
    }

    private void await(Predicate<RunBatch> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            for (RunBatch b : batches) {
                if (condition.test(b)) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("condition not reached; last batch " + (batches.isEmpty() ? null
                : batches.get(batches.size() - 1)));
    }

    private List<MetricFrame> frames() {
        List<MetricFrame> all = new ArrayList<>();
        batches.forEach(b -> all.addAll(b.frames()));
        return all;
    }

    @Test
    void playsToTheEndWithTheSameNumbersAsHeadless() throws Exception {
        try (Runner runner = new Runner(batches::add)) {
            runner.load(walk, scenario(50_000));
            runner.play();
            await(b -> b.state() == RunState.FINISHED);
        }
        assertEquals(RunState.LOADING, batches.get(0).state());
        assertNotNull(batches.get(1).info(), "the first batch after loading describes the run");
        List<MetricFrame> frames = frames();
        MetricFrame last = frames.get(frames.size() - 1);
        assertEquals(50_000, last.tick());
        List<MetricFrame> headless = new ArrayList<>();
        new HeadlessRun(walk, scenario(50_000), 1, List.of(new RunObserver() {
            @Override
            public void frame(MetricFrame f) {
                headless.add(f);
            }
        })).run();
        assertEquals(0, frames.get(0).tick(), "the run shows its starting state");
        for (MetricFrame f : frames.subList(1, frames.size())) {
            assertEquals(f.tick(), headless.get((int) f.tick() - 1).tick());
            assertEquals(headless.get((int) f.tick() - 1).values()[0], f.values()[0], "position at " + f.tick());
        }
        assertTrue(batches.size() < 1000, "batches are coalesced, not one per tick");
    }

    @Test
    void stepPauseAndInspect() throws Exception {
        try (Runner runner = new Runner(batches::add)) {
            runner.load(walk, scenario(1000));
            await(b -> b.state() == RunState.READY);
            runner.step();
            runner.step();
            runner.step();
            await(b -> b.tick() == 3 && b.state() == RunState.PAUSED);
            Inspection<?> i = runner.inspect().get(5, TimeUnit.SECONDS);
            assertEquals(3, i.tick());
            assertEquals("walker", i.agents().get(0).id());
            assertTrue(runner.applyLive("upProbability", 1.0).get(5, TimeUnit.SECONDS));
            assertFalse(runner.applyLive("steps", 5L).get(5, TimeUnit.SECONDS), "steps is not live");
            runner.setSpeed(200);
            runner.play();
            await(b -> b.state() == RunState.RUNNING);
            Thread.sleep(100); // ~20 ticks at 200/s
            runner.pause();
            await(b -> b.state() == RunState.PAUSED && b.tick() > 3);
            long pausedAt = batches.get(batches.size() - 1).tick();
            Thread.sleep(100);
            assertEquals(pausedAt, runner.inspect().get(5, TimeUnit.SECONDS).tick(), "paused means paused");
        }
    }

    @Test
    void speedLimitIsHonoured() throws Exception {
        try (Runner runner = new Runner(batches::add)) {
            runner.load(walk, scenario(1_000_000));
            runner.setSpeed(100);
            runner.play();
            Thread.sleep(500);
            long tick = runner.inspect().get(5, TimeUnit.SECONDS).tick();
            assertTrue(tick >= 20 && tick <= 80, "about 50 ticks in half a second at 100/s, got " + tick);
        }
    }

    @Test
    void failuresAreReportedWithTheirTick() throws Exception {
        try (Runner runner = new Runner(batches::add)) {
            Scenario s = scenario(1000).withParameter("failAt", "40");
            runner.load(walk, s);
            runner.play();
            await(b -> b.state() == RunState.FAILED);
            RunBatch failed = batches.stream().filter(b -> b.state() == RunState.FAILED).findFirst().orElseThrow();
            assertEquals(39, failed.tick());
            assertTrue(failed.failure().getMessage().contains("failing at step 40"));
        }
    }

    @Test
    void aSimulationThatCannotStartFailsCleanly() throws Exception {
        try (Runner runner = new Runner(batches::add)) {
            runner.load(walk, scenario(10).withParameter("refuseStart", "true"));
            await(b -> b.state() == RunState.FAILED);
            assertTrue(batches.stream().anyMatch(b -> b.failure() instanceof ScenarioException));
        }
    }

    @Test
    void reloadStartsANewRun() throws Exception {
        try (Runner runner = new Runner(batches::add)) {
            runner.load(walk, scenario(10));
            runner.load(walk, scenario(20));
            runner.play();
            await(b -> b.state() == RunState.FINISHED && b.runId() == 2);
            assertTrue(batches.stream().noneMatch(b -> b.runId() == 2 && b.totalTicks() == 10));
        }
    }
}
