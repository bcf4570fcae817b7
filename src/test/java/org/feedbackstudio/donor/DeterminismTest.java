package org.feedbackstudio.donor;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterminismTest {
    private static final String[] SETUP = {"agents=24", "rounds=10", "generations=8", "punishment=true",
            "observationProbability=0.6", "mutation=0.1"};

    private static List<double[]> frames(long seed, EventSink sink) {
        return frames(Games.start(seed, sink, SETUP));
    }

    /** Every tick's metrics, to the end of the run. */
    private static List<double[]> frames(Simulation sim) {
        List<double[]> out = new ArrayList<>();
        while (!sim.isDone()) {
            sim.step();
            out.add(Games.sample(sim));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameRunEventForEvent() {
        Games.Recorder a = Games.Recorder.all();
        Games.Recorder b = Games.Recorder.all();
        List<double[]> first = frames(77, a);
        List<double[]> second = frames(77, b);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i), 0.0, "tick " + (i + 1));
        }
        assertEquals(a.events.size(), b.events.size());
        for (int i = 0; i < a.events.size(); i++) {
            SimEvent x = a.events.get(i);
            SimEvent y = b.events.get(i);
            assertEquals(x, y, "event " + i);
        }
        assertTrue(a.events.size() > 1000);
    }

    /** The built-in agents behind a policy the game does not recognise, so it takes its general path. */
    private static final class Disguised implements DonorPolicy {
        private final RuleAgents rules = new RuleAgents();

        @Override
        public String name() {
            return rules.name();
        }

        @Override
        public void startGeneration(int generation, List<Member> seats) {
            rules.startGeneration(generation, seats);
        }

        @Override
        public void decide(RoundView round, Decisions decisions) {
            rules.decide(round, decisions);
        }
    }

    private static List<double[]> frames(DonorPolicy policy, String schedule, boolean punishment, EventSink sink) {
        DonorSettings settings = Games.settings("agents=24", "rounds=10", "generations=6", "mutation=0.1",
                "observationProbability=0.6", "punishment=" + punishment, "schedule=" + schedule);
        try (DonorGameSimulation sim = Games.start(settings, policy,
                DonorGameSimulator.writerFor(settings, new SplittableRandom(9)), 9, sink)) {
            return frames(sim);
        }
    }

    @Test
    void builtInAgentsDecideAlikeOnTheGameFastPathAndThroughThePolicyInterface() {
        for (String schedule : List.of("paper", "notebook")) {
            for (boolean punishment : new boolean[]{false, true}) {
                Games.Recorder fastEvents = Games.Recorder.all();
                Games.Recorder generalEvents = Games.Recorder.all();
                List<double[]> fast = frames(new RuleAgents(), schedule, punishment, fastEvents);
                List<double[]> general = frames(new Disguised(), schedule, punishment, generalEvents);
                String where = schedule + (punishment ? " with punishment" : "");
                assertEquals(general.size(), fast.size(), where);
                for (int i = 0; i < fast.size(); i++) {
                    assertArrayEquals(general.get(i), fast.get(i), 0.0, where + ", tick " + (i + 1));
                }
                assertEquals(generalEvents.events, fastEvents.events, where);
                assertTrue(fastEvents.events.size() > 1000, where);
            }
        }
    }

    @Test
    void listeningToEventsChangesNothing() {
        List<double[]> quiet = frames(78, EventSink.NONE);
        List<double[]> loud = frames(78, Games.Recorder.all());
        for (int i = 0; i < quiet.size(); i++) {
            assertArrayEquals(quiet.get(i), loud.get(i), 0.0, "tick " + (i + 1));
        }
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        List<double[]> one = frames(1, EventSink.NONE);
        List<double[]> two = frames(2, EventSink.NONE);
        boolean differ = false;
        for (int i = 0; i < one.size() && !differ; i++) {
            differ = !java.util.Arrays.equals(one.get(i), two.get(i));
        }
        assertTrue(differ);
    }

    @Test
    void observationCanChangeLive() {
        Games.Recorder events = new Games.Recorder(k -> k.equals("donation"));
        Simulation sim = Games.start(5, events, "agents=10", "rounds=10");
        for (int t = 0; t < 5; t++) {
            sim.step();
        }
        assertTrue(sim.applyLive(DonorGameSimulator.OBSERVATION_PROBABILITY.changeTo(0.0)));
        assertTrue(sim.applyLive(DonorGameSimulator.MUTATION.changeTo(0.2)));
        assertFalse(sim.applyLive(DonorGameSimulator.AGENTS.changeTo(20L)));
        assertFalse(sim.applyLive(DonorGameSimulator.OBSERVATION_PROBABILITY.changeTo(1.5)));
        events.clear();
        for (int t = 0; t < 10; t++) {
            sim.step();
        }
        assertEquals(50, events.events.size());
        events.events.forEach(e -> assertEquals(false, e.data().get("observed")));
        for (AgentTile tile : Games.snapshot(sim).agents()) {
            assertFalse(tile.lastTrace().observed());
        }
        assertNotEquals(0, sim.tick());
    }
}
