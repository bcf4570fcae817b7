package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlessRunTest {
    private final WalkFixture walk = new WalkFixture();

    private static final class Recorder implements RunObserver {
        final List<MetricFrame> frames = new ArrayList<>();
        RunInfo info;
        RunOutcome outcome;

        @Override
        public void started(RunInfo i) {
            info = i;
        }

        @Override
        public void frame(MetricFrame f) {
            frames.add(f);
        }

        @Override
        public void finished(RunOutcome o) {
            outcome = o;
        }
    }

    private Scenario scenario(String... sets) throws ScenarioException {
        return new ScenarioReader(new Catalog(List.of(walk))).override(Scenario.defaults(walk, 9), List.of(sets));
    }

    @Test
    void framesEveryIntervalAtMilestonesAndAtTheEnd() throws ScenarioException {
        Recorder r = new Recorder();
        new HeadlessRun(walk, scenario("steps=350"), 40, List.of(r)).run();
        List<Long> ticks = r.frames.stream().map(MetricFrame::tick).toList();
        assertEquals(List.of(40L, 80L, 100L, 120L, 160L, 200L, 240L, 280L, 300L, 320L, 350L), ticks);
        assertTrue(r.frames.get(2).milestone());
        assertFalse(r.frames.get(0).milestone());
        assertEquals(350, r.info.totalTicks());
        assertTrue(r.outcome.completed());
    }

    @Test
    void stopAfterEndsEarly() throws ScenarioException {
        Recorder r = new Recorder();
        RunOutcome o = new HeadlessRun(walk, scenario().withStopAfter(123), 1000, List.of(r)).run();
        assertEquals(123, o.tick());
        assertEquals(123, r.frames.get(r.frames.size() - 1).tick());
    }

    @Test
    void intervalKeepsAboutTenThousandFrames() {
        assertEquals(1, HeadlessRun.intervalFor(10_000, 10_000));
        assertEquals(2, HeadlessRun.intervalFor(10_001, 10_000));
        assertEquals(100, HeadlessRun.intervalFor(1_000_000, 10_000));
    }

    @Test
    void aFailingStepEndsTheRunWithItsTick() throws ScenarioException {
        Recorder r = new Recorder();
        RunOutcome o = new HeadlessRun(walk, scenario("failAt=77"), 10, List.of(r)).run();
        assertFalse(o.completed());
        assertEquals(76, o.tick());
        assertTrue(o.failure().getMessage().contains("failing at step 77"));
        assertEquals(70, r.frames.get(r.frames.size() - 1).tick());
        assertEquals(o, r.outcome);
    }

    @Test
    void eventsReachOnlyObserversThatWantThem() throws ScenarioException {
        List<SimEvent> got = new ArrayList<>();
        RunObserver wants = new RunObserver() {
            @Override
            public boolean wantsEvents(String kind) {
                return kind.equals("move");
            }

            @Override
            public void event(SimEvent e) {
                got.add(e);
            }
        };
        new HeadlessRun(walk, scenario("steps=25"), 0, List.of(wants, new Recorder())).run();
        assertEquals(25, got.size());
        assertEquals(25, got.get(24).tick());
    }

    @Test
    void seedsDeriveDistinctReplicates() {
        assertTrue(Seeds.replicate(1, 0) != Seeds.replicate(1, 1));
        assertTrue(Seeds.replicate(1, 0) != Seeds.replicate(2, 0));
        assertEquals(Seeds.replicate(5, 3), Seeds.replicate(5, 3));
    }
}
