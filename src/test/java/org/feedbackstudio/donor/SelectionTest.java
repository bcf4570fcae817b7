package org.feedbackstudio.donor;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Simulation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectionTest {
    private static final Strategy ANY = RuleStrategy.unconditional(0.5);

    @Test
    void rankingOrdersByScoreThenBirthThenNumber() {
        Member[] seats = {
                Member.of(2, 1, ANY, null),  // seat 0
                Member.of(1, 4, ANY, null),  // seat 1
                Member.of(1, 2, ANY, null),  // seat 2
                Member.of(3, 1, ANY, null),  // seat 3
                Member.of(2, 2, ANY, null),  // seat 4
                Member.of(1, 1, ANY, null)}; // seat 5
        double[] score = {50, 50, 80, 50, 10, 50};
        // 80 first; the four 50s by birth (1_1, 1_4, 2_1, 3_1); then 10.
        assertArrayEquals(new int[]{2, 5, 1, 0, 3, 4}, Ranking.order(score, seats));
    }

    @Test
    void rankingIsTotalForLargePopulations() {
        int n = 1001;
        Member[] seats = new Member[n];
        double[] score = new double[n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        for (int i = 0; i < n; i++) {
            seats[i] = Member.of(1 + r.nextInt(5), i + 1, ANY, null);
            score[i] = r.nextInt(20); // many ties
        }
        int[] order = Ranking.order(score, seats);
        assertEquals(n, java.util.Arrays.stream(order).distinct().count());
        for (int i = 0; i + 1 < n; i++) {
            assertTrue(Ranking.before(order[i], order[i + 1], score, seats), "position " + i);
        }
    }

    @Test
    void rankingFollowsDoubleCompareOnEveryKindOfScore() {
        double[] pool = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300,
                -1e-300, Double.MIN_VALUE, 10.0, Math.nextUp(10.0), Math.nextDown(10.0), 1e300, -7.5};
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + r.nextInt(400);
            Member[] seats = new Member[n];
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                seats[i] = Member.of(1 + r.nextInt(70_000), i + 1, ANY, null);
                score[i] = r.nextBoolean() ? pool[r.nextInt(pool.length)] : r.nextDouble() * 40 - 20;
            }
            Integer[] expected = new Integer[n];
            for (int i = 0; i < n; i++) {
                expected[i] = i;
            }
            java.util.Arrays.sort(expected, (a, b) -> Ranking.before(a, b, score, seats) ? -1
                    : Ranking.before(b, a, score, seats) ? 1 : 0);
            assertArrayEquals(java.util.Arrays.stream(expected).mapToInt(Integer::intValue).toArray(),
                    Ranking.order(score, seats), "trial " + trial);
        }
    }

    @Test
    void survivorCountRoundsHalfUp() {
        assertEquals(6, Ranking.survivors(0.5, 12));
        assertEquals(1, Ranking.survivors(0.05, 12));
        assertEquals(0, Ranking.survivors(0.04, 12));
        assertEquals(12, Ranking.survivors(1.0, 12));
        assertEquals(5000, Ranking.survivors(0.5, 10_000));
    }

    /**
     * At every generation's end the agents marked to survive are exactly the top k by selection score
     * (ties: earlier birth, then lower number); the next generation holds exactly them plus newcomers
     * born in it, each copying a survivor.
     */
    @Test
    void survivorsAreExactlyTheTopFractionAndNewcomersCopyThem() {
        for (String schedule : List.of("paper", "notebook")) {
            Simulation sim = Games.start(8, EventSink.NONE, "agents=20", "rounds=10", "generations=12",
                    "survivorFraction=0.35", "schedule=" + schedule);
            int k = 7;
            while (!sim.isDone()) {
                sim.step();
                if (!sim.atMilestone()) {
                    continue;
                }
                DonorSnapshot snap = Games.snapshot(sim);
                assertTrue(snap.generationEnded());
                List<AgentTile> ranked = new ArrayList<>(snap.agents());
                ranked.sort(Comparator.comparingDouble(AgentTile::selectionScore).reversed()
                        .thenComparingInt(AgentTile::born)
                        .thenComparingInt(t -> Integer.parseInt(t.name().substring(t.name().indexOf('_') + 1))));
                Set<String> top = ranked.subList(0, k).stream().map(AgentTile::name).collect(Collectors.toSet());
                for (int i = 0; i < ranked.size(); i++) {
                    AgentTile t = ranked.get(i);
                    assertEquals(i + 1, t.rank(), schedule + ": rank of " + t.name());
                    assertEquals(top.contains(t.name()), t.survives());
                    double expected = schedule.equals("paper") ? (t.gameOneFinal() + t.resources()) / 2
                            : 2 * t.resources(); // resources now = the second game's final
                    assertEquals(expected, t.selectionScore(), 1e-9 * (1 + expected));
                    assertEquals((t.gameOneFinal() + t.resources()) / 2, t.score(), 1e-9 * (1 + t.score()));
                }
                int generation = snap.generation();
                if (sim.isDone()) {
                    break;
                }
                sim.step();
                DonorSnapshot next = Games.snapshot(sim);
                assertEquals(generation + 1, next.generation());
                Set<String> kept = new HashSet<>();
                Set<String> numbers = new HashSet<>();
                for (AgentTile t : next.agents()) {
                    if (t.born() <= generation) {
                        kept.add(t.name());
                    } else {
                        assertEquals(generation + 1, t.born());
                        assertTrue(top.contains(t.parent()), "newcomer " + t.name() + " copies a survivor");
                        numbers.add(t.name());
                    }
                }
                assertEquals(top, kept, schedule + ": exactly the top " + k + " survive");
                assertEquals(20 - k, numbers.size());
                for (int j = 1; j <= 20 - k; j++) {
                    assertTrue(numbers.contains((generation + 1) + "_" + j));
                }
            }
        }
    }

    @Test
    void tiesGoToTheOldestAgents() {
        // Everyone gives everything: all scores tie at 30,720, so 1_1 … 1_6 survive every time.
        Simulation sim = Games.start(6, EventSink.NONE, "agentMode=fixed", "norm=unconditional", "generosity=1",
                "generations=4");
        Set<String> founders = Set.of("1_1", "1_2", "1_3", "1_4", "1_5", "1_6");
        while (!sim.isDone()) {
            sim.step();
            if (sim.atMilestone()) {
                Set<String> survivors = Games.snapshot(sim).agents().stream().filter(AgentTile::survives)
                        .map(AgentTile::name).collect(Collectors.toSet());
                assertEquals(founders, survivors);
            }
        }
    }

    @Test
    void fixedNewcomersHaveNoParentAndTheGivenStrategy() {
        Simulation sim = Games.start(6, EventSink.NONE, "agentMode=fixed", "norm=standing", "generosity=0.4",
                "threshold=0.2", "generations=2");
        Games.runToEnd(sim);
        RuleStrategy expected = new RuleStrategy(Norm.STANDING, 0.4, 0.2, 3, 0.0);
        for (AgentTile t : Games.snapshot(sim).agents()) {
            assertEquals(expected, t.strategy());
            if (t.born() == 2) {
                assertNull(t.parent());
                assertEquals(0, t.lineageLength());
            }
        }
    }

    @Test
    void withEveryoneSurvivingNobodyIsReplaced() {
        Simulation sim = Games.start(6, EventSink.NONE, "survivorFraction=1", "generations=3");
        Set<String> first = names(Games.snapshot(sim));
        Games.runToEnd(sim);
        assertEquals(first, names(Games.snapshot(sim)));
    }

    /** The writer sees scores under the paper's rule and not under the notebook's. */
    @Test
    void notebookNewcomersDoNotSeeScores() {
        for (String schedule : List.of("paper", "notebook")) {
            List<Boolean> shown = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            StrategyWriter spy = new StrategyWriter() {
                @Override
                public List<Strategy> firstGeneration(int count) {
                    return java.util.Collections.nCopies(count, ANY);
                }

                @Override
                public List<Inheritance> newcomers(List<Survivor> survivors, boolean scoresShown, int count,
                                                   int generation) {
                    shown.add(scoresShown);
                    survivors.forEach(s -> scores.add(s.score()));
                    for (int i = 0; i + 1 < survivors.size(); i++) {
                        assertTrue(survivors.get(i).score() >= survivors.get(i + 1).score(), "best first");
                    }
                    List<Inheritance> out = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        out.add(new Inheritance(ANY, i % survivors.size()));
                    }
                    return out;
                }
            };
            DonorGameSimulation sim = Games.start(Games.settings("generations=3", "schedule=" + schedule),
                    new RuleAgents(), spy, 2, EventSink.NONE);
            Games.runToEnd(sim);
            assertEquals(List.of(schedule.equals("paper"), schedule.equals("paper")), shown);
            assertEquals(12, scores.size());
        }
    }

    @Test
    void lineageFollowsParents() {
        Simulation sim = Games.start(12, EventSink.NONE, "generations=6");
        Games.runToEnd(sim);
        Map<String, AgentTile> byName = new HashMap<>();
        Games.snapshot(sim).agents().forEach(t -> byName.put(t.name(), t));
        boolean deep = false;
        for (AgentTile t : byName.values()) {
            assertEquals(t.parent() == null, t.lineage().isEmpty());
            if (t.parent() != null) {
                assertEquals(t.parent(), t.lineage().get(0));
                assertEquals(t.lineage().size(), t.lineageLength());
                deep |= t.lineageLength() > 1;
                for (int i = 0; i + 1 < t.lineage().size(); i++) {
                    int childBorn = Integer.parseInt(t.lineage().get(i).split("_")[0]);
                    int parentBorn = Integer.parseInt(t.lineage().get(i + 1).split("_")[0]);
                    assertTrue(parentBorn < childBorn, "ancestors are older");
                }
            }
        }
        assertTrue(deep, "after six generations some lineage spans several generations");
        assertFalse(byName.isEmpty());
    }

    private static Set<String> names(DonorSnapshot s) {
        return s.agents().stream().map(AgentTile::name).collect(Collectors.toSet());
    }
}
