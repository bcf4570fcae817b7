package org.feedbackstudio.donor;

import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.Simulation;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectTest {

    /** Built-in agents that also note, per donor, the trace each decision was shown. */
    private static final class ShownTraces implements DonorPolicy {
        final RuleAgents rules = new RuleAgents();
        final Map<String, SeenTrace> lastShown = new HashMap<>();

        @Override
        public String name() {
            return "built-in agents, watched";
        }

        @Override
        public void startGeneration(int generation, List<Member> seats) {
            rules.startGeneration(generation, seats);
            lastShown.clear();
        }

        @Override
        public void decide(RoundView round, Decisions decisions) {
            for (int i = 0; i < round.encounters(); i++) {
                lastShown.put(round.donor(i).name(), round.seen(i));
            }
            rules.decide(round, decisions);
        }
    }

    @Test
    void theInspectorShowsEachAgentTheTraceItLastActedOn() {
        for (String schedule : List.of("paper", "notebook")) {
            DonorSettings settings = Games.settings("agents=12", "rounds=8", "generations=3", "traceDepth=3",
                    "observationProbability=0.6", "punishment=true", "schedule=" + schedule);
            ShownTraces policy = new ShownTraces();
            CulturalTransmission writer = new CulturalTransmission(null, 0.5, 0.3, 0.2, true, 0.25, 3, 0.1,
                    new SplittableRandom(3));
            try (DonorGameSimulation sim = Games.start(settings, policy, writer, 5, EventSink.NONE)) {
                int checked = 0;
                while (!sim.isDone()) {
                    sim.step();
                    for (AgentTile tile : Games.snapshot(sim).agents()) {
                        assertEquals(policy.lastShown.get(tile.name()), tile.lastTrace(),
                                schedule + ", tick " + sim.tick() + ", " + tile.name());
                        checked += tile.lastTrace() == null ? 0 : tile.lastTrace().entries().size();
                    }
                }
                assertTrue(checked > 500, "traces with entries were compared: " + checked);
            }
        }
    }

    @Test
    void aSnapshotIsFrozenAndCannotBeChanged() {
        Simulation sim = Games.start(4, EventSink.NONE, "generations=3");
        for (int t = 0; t < 30; t++) {
            sim.step();
        }
        DonorSnapshot snap = Games.snapshot(sim);
        AgentTile first = snap.agents().get(0);
        double resources = first.resources();
        List<String> trace = first.lastTraceLines();
        int history = snap.history().size();
        for (int t = 0; t < 12; t++) {
            sim.step();
        }
        assertEquals(resources, snap.agents().get(0).resources());
        assertEquals(trace, snap.agents().get(0).lastTraceLines());
        assertEquals(history, snap.history().size());
        assertThrows(UnsupportedOperationException.class, () -> snap.agents().clear());
        assertThrows(UnsupportedOperationException.class, () -> snap.history().clear());
        assertThrows(UnsupportedOperationException.class, () -> snap.currentHistogram().set(0, 1));
        assertThrows(UnsupportedOperationException.class,
                () -> snap.history().get(0).donationHistogram().set(0, 1));
        assertThrows(UnsupportedOperationException.class, () -> first.lineage().add("x"));
    }

    @Test
    void theSnapshotSaysWhereTheRunStands() {
        Simulation sim = Games.start(4, EventSink.NONE, "generations=2", "rounds=6");
        DonorSnapshot start = Games.snapshot(sim);
        assertEquals(0, start.tick());
        assertEquals(1, start.generation());
        assertEquals(0, start.game());
        assertEquals(12, start.agents().size());
        start.agents().forEach(t -> {
            assertNull(t.lastTrace());
            assertEquals(0, t.rank());
            assertTrue(Double.isNaN(t.score()));
        });
        for (int t = 0; t < 8; t++) {
            sim.step();
        }
        DonorSnapshot mid = Games.snapshot(sim);
        assertEquals(2, mid.game());
        assertEquals(2, mid.round());
        assertFalse(mid.generationEnded());
        assertEquals("paper", mid.schedule());
        assertEquals("built-in agents", mid.policy());
        assertEquals(6, mid.survivorsPerGeneration());
        for (int t = 0; t < 4; t++) {
            sim.step();
        }
        DonorSnapshot end = Games.snapshot(sim);
        assertTrue(end.generationEnded());
        assertEquals(6, end.agents().stream().filter(AgentTile::survives).count());
        end.agents().forEach(t -> assertTrue(t.rank() >= 1 && t.rank() <= 12));
        sim.step();
        DonorSnapshot next = Games.snapshot(sim);
        assertEquals(2, next.generation());
        assertEquals(6, next.agents().stream().filter(t -> t.born() == 2).count());
    }

    @Test
    void agentViewsCarryTheInspectorsFields() {
        Simulation sim = Games.start(4, EventSink.NONE, "generations=2");
        for (int t = 0; t < 24; t++) {
            sim.step();
        }
        Inspection<DonorSnapshot> inspection = sim.inspect().as(DonorSnapshot.class);
        assertEquals(24, inspection.tick());
        DonorSnapshot snap = inspection.detail();
        for (int i = 0; i < inspection.agents().size(); i++) {
            AgentView view = inspection.agents().get(i);
            AgentTile tile = snap.agents().get(i);
            assertEquals(tile.name(), view.id());
            assertEquals(tile.strategy().sentence(), view.properties().get("Strategy"));
            assertEquals(Formats.plain(tile.score()), view.properties().get("Score"));
            assertEquals(String.join(" ", tile.lastTraceLines()), view.properties().get("Last trace seen"));
            assertTrue(view.properties().get("Rank").endsWith(tile.survives() ? "(survives)" : "(replaced)"));
            assertEquals(List.of("Strategy", "Generosity", "Norm", "Resources", "Mean donation", "Score",
                    "Selection score", "Rank", "Born", "Parent", "Lineage", "Last trace seen"),
                    List.copyOf(view.properties().keySet()));
        }
    }

    @Test
    void formatsReadWell() {
        assertEquals("60%", Formats.percent(0.6));
        assertEquals("33.33%", Formats.percent(1.0 / 3.0));
        assertEquals("0%", Formats.percent(0.0));
        assertEquals("30720", Formats.plain(30_720.0));
        assertEquals("2.13", Formats.plain(2.125));
        assertEquals("0", Formats.plain(-0.0));
        assertEquals("0", Formats.plain(0.004));
        assertEquals("-0.05", Formats.plain(-0.05));
        assertEquals("12.3", Formats.plain(12.3));
        assertEquals("1.05", Formats.plain(1.05));
        assertEquals("7.07", Formats.plain(7.0666));
        assertEquals("150000000000000.5", Formats.plain(1.500000000000005e14));
        assertEquals("Infinity", Formats.plain(Double.POSITIVE_INFINITY));
        assertEquals("7%", Formats.wholePercent(0.0749));
    }
}
