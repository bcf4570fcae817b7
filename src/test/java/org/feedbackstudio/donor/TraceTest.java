package org.feedbackstudio.donor;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceTest {

    /** Agent number n always gives n/10 of its resources, and remembers what every donor was shown. */
    static final class ByNumber implements DonorPolicy {
        final Map<String, SeenTrace> seen = new HashMap<>();
        final Map<String, double[]> fractions = new HashMap<>();

        @Override
        public String name() {
            return "by number";
        }

        @Override
        public void decide(RoundView round, Decisions decisions) {
            for (int i = 0; i < round.encounters(); i++) {
                String key = round.game() + "/" + round.round() + "/" + round.donor(i).name();
                seen.put(key, round.seen(i));
                double[] f = new double[round.traceLength(i)];
                for (int k = 0; k < f.length; k++) {
                    assertFalse(round.tracePunished(i, k));
                    f[k] = round.traceFraction(i, k);
                }
                fractions.put(key, f);
                decisions.donate(i, round.donor(i).number() / 10.0);
            }
        }
    }

    private static ByNumber playFourRounds(int depth, String[] nameBySeat) {
        ByNumber policy = new ByNumber();
        DonorGameSimulation sim = Games.start(Games.settings("agents=6", "rounds=6", "generations=1",
                "traceDepth=" + depth), policy, new FixedStrategies(RuleStrategy.unconditional(0.5)), 11,
                EventSink.NONE);
        List<AgentTile> tiles = Games.snapshot(sim).agents();
        for (int s = 0; s < 6; s++) {
            nameBySeat[s] = tiles.get(s).name();
        }
        for (int t = 0; t < 4; t++) {
            sim.step();
        }
        return policy;
    }

    private static double share(String name) {
        return Integer.parseInt(name.substring(name.indexOf('_') + 1)) / 10.0;
    }

    @Test
    void aTraceBuiltByHandMatchesDepthByDepth() {
        // Six seats, paper schedule (see ScheduleTest): round 1 2→5, round 2 4→2, round 3 0→4, round 4 3→0.
        // The donor of seat 3 meets seat 0 in round 4 and reads, newest first: 0→4 in round 3, then 4's
        // previous donation 4→2 in round 2, then 2's previous one, 2→5 in round 1; seat 5 had not acted.
        for (int depth = 1; depth <= 5; depth++) {
            String[] s = new String[6];
            ByNumber policy = playFourRounds(depth, s);
            List<String> all = List.of(
                    "In round 3, " + s[0] + " donated " + Formats.percent(share(s[0])) + " of their resources to "
                            + s[4] + ".",
                    "In round 2, " + s[4] + " donated " + Formats.percent(share(s[4])) + " of their resources to "
                            + s[2] + ".",
                    "In round 1, " + s[2] + " donated " + Formats.percent(share(s[2])) + " of their resources to "
                            + s[5] + ".",
                    s[5] + " did not have any previous interactions.");
            List<String> expected = depth <= 3 ? all.subList(0, depth) : all;
            SeenTrace seen = policy.seen.get("1/4/" + s[3]);
            assertEquals(s[0], seen.recipient());
            assertEquals(expected, seen.lines(), "trace depth " + depth);
            double[] fractions = {share(s[0]), share(s[4]), share(s[2])};
            double[] got = policy.fractions.get("1/4/" + s[3]);
            assertEquals(Math.min(depth, 3), got.length);
            for (int k = 0; k < got.length; k++) {
                assertEquals(fractions[k], got[k], 0.0, "entry " + k);
            }
        }
    }

    @Test
    void theFirstRoundOfEachGameShowsNoHistory() {
        ByNumber policy = new ByNumber();
        DonorGameSimulation sim = Games.start(Games.settings("agents=6", "rounds=6", "generations=1"), policy,
                new FixedStrategies(RuleStrategy.unconditional(0.5)), 3, EventSink.NONE);
        Games.runToEnd(sim);
        int firstRounds = 0;
        for (Map.Entry<String, SeenTrace> e : policy.seen.entrySet()) {
            if (e.getKey().split("/")[1].equals("1")) {
                SeenTrace t = e.getValue();
                assertTrue(t.entries().isEmpty(), e.getKey());
                assertEquals(List.of(t.recipient() + " did not have any previous interactions."), t.lines());
                firstRounds++;
            }
        }
        assertEquals(6, firstRounds, "three donors in round 1 of each game");
    }

    @Test
    void withoutObservationDonorsSeeNothing() {
        ByNumber policy = new ByNumber();
        DonorGameSimulation sim = Games.start(Games.settings("agents=6", "rounds=6", "generations=1",
                "observationProbability=0"), policy, new FixedStrategies(RuleStrategy.unconditional(0.5)), 3,
                EventSink.NONE);
        Games.runToEnd(sim);
        assertEquals(36, policy.seen.size());
        for (SeenTrace t : policy.seen.values()) {
            assertFalse(t.observed());
            assertTrue(t.entries().isEmpty());
            assertEquals(List.of("No information about what " + t.recipient() + " did before was available."),
                    t.lines());
        }
    }

    /**
     * Every trace any donor saw, in a long run with punishment and partial observation, equals the one a
     * brute-force search of the whole event history finds.
     */
    @Test
    void everyTraceMatchesABruteForceSearchOfTheHistory() {
        for (String schedule : List.of("paper", "notebook")) {
            Games.Recorder events = new Games.Recorder(k -> k.equals("donation") || k.equals("punishment"));
            Simulation sim = Games.start(5, events, "agents=10", "rounds=10", "generations=6", "traceDepth=4",
                    "punishment=true", "observationProbability=0.7", "punishmentMultiplier=1.5",
                    "schedule=" + schedule, "mutation=0.2");
            List<SimEvent> history = new ArrayList<>();
            int checked = 0;
            int punished = 0;
            int unobserved = 0;
            while (!sim.isDone()) {
                sim.step();
                List<SimEvent> now = events.encounters(sim.tick());
                if (now.get(0).data().get("round").equals(1)) {
                    history.clear(); // a new game
                }
                history.addAll(now);
                Map<String, AgentTile> tiles = new HashMap<>();
                Games.snapshot(sim).agents().forEach(t -> tiles.put(t.name(), t));
                for (SimEvent e : now) {
                    SeenTrace got = tiles.get(Games.text(e, "donor")).lastTrace();
                    assertEquals(expected(e, history, 4, 2.0, 1.5), got.lines(), schedule + " tick " + sim.tick());
                    assertEquals(Games.text(e, "recipient"), got.recipient());
                    checked++;
                    punished += e.kind().equals("punishment") ? 1 : 0;
                    unobserved += got.observed() ? 0 : 1;
                }
            }
            assertEquals(6 * 2 * 10 * 5, checked);
            assertTrue(punished > 20 && unobserved > 20, "the run exercises punishments (" + punished
                    + ") and unobserved donors (" + unobserved + ")");
        }
    }

    private static List<String> expected(SimEvent encounter, List<SimEvent> history, int depth, double multiplier,
                                         double punishmentMultiplier) {
        String recipient = Games.text(encounter, "recipient");
        if (!(Boolean) encounter.data().get("observed")) {
            return List.of("No information about what " + recipient + " did before was available.");
        }
        List<String> lines = new ArrayList<>();
        String who = recipient;
        int before = (Integer) encounter.data().get("round");
        while (lines.size() < depth) {
            SimEvent last = null;
            for (SimEvent h : history) {
                int round = (Integer) h.data().get("round");
                if (Games.text(h, "donor").equals(who) && round < before
                        && (last == null || round > (Integer) last.data().get("round"))) {
                    last = h;
                }
            }
            if (last == null) {
                lines.add(who + " did not have any previous interactions.");
                break;
            }
            boolean punish = last.kind().equals("punishment");
            double units = Games.number(last, "units");
            lines.add(new TraceEntry((Integer) last.data().get("round"), who, Games.text(last, "recipient"),
                    punish ? Action.PUNISH : Action.DONATE, Games.number(last, "fraction"), units,
                    (punish ? punishmentMultiplier : multiplier) * units).text());
            before = (Integer) last.data().get("round");
            who = Games.text(last, "recipient");
        }
        return lines;
    }

    @Test
    void entriesReadLikeThePaper() {
        assertEquals("In round 3, 1_3 donated 60% of their resources to 1_2.",
                new TraceEntry(3, "1_3", "1_2", Action.DONATE, 0.6, 6, 12).text());
        assertEquals("In round 2, 2_5 donated 33.33% of their resources to 1_1.",
                new TraceEntry(2, "2_5", "1_1", Action.DONATE, 1.0 / 3.0, 1, 2).text());
        assertEquals("In round 4, 2_5 punished 2_1 by spending 3 units to take away 6 units from their resources.",
                new TraceEntry(4, "2_5", "2_1", Action.PUNISH, 0.25, 3, 6).text());
        assertEquals("In round 1, 1_1 donated 0% of their resources to 1_2.",
                new TraceEntry(1, "1_1", "1_2", Action.DONATE, 0, 0, 0).text());
        assertNull(new SeenTrace("1_2", 1, 1, false, List.of(), null).unrecorded());
    }
}
