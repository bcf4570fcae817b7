package org.feedbackstudio.donor;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceTest {

    private static double total(Simulation sim) {
        return Games.snapshot(sim).agents().stream().mapToDouble(AgentTile::resources).sum();
    }

    /**
     * Round by round, the total changes exactly as the rules say: each donation adds (multiplier − 1) ×
     * units, each punishment removes the units spent and the damage actually done (the recipient is
     * floored at 0); every resource stays non-negative.
     */
    @Test
    void resourcesAreConservedAsTheRulesSay() {
        for (String punishment : List.of("false", "true")) {
            Games.Recorder events = new Games.Recorder(k -> k.equals("donation") || k.equals("punishment"));
            Simulation sim = Games.start(21, events, "agents=20", "rounds=12", "generations=8",
                    "multiplier=2.5", "punishment=" + punishment, "punishmentMultiplier=3", "mutation=0.2",
                    "initialSpread=0.5");
            double before = total(sim);
            int punishments = 0;
            while (!sim.isDone()) {
                boolean newGame = sim.tick() % 12 == 0;
                sim.step();
                if (newGame) {
                    before = 20 * 10.0; // resources reset at the start of every game
                }
                double change = 0.0;
                double scale = before;
                for (SimEvent e : events.encounters(sim.tick())) {
                    double units = Games.number(e, "units");
                    assertTrue(units >= 0.0);
                    if (e.kind().equals("punishment")) {
                        double removed = Games.number(e, "removed");
                        assertTrue(removed >= 0.0 && removed <= 3.0 * units + 1e-9);
                        change -= units + removed;
                        punishments++;
                    } else {
                        change += 1.5 * units;
                        assertEquals(2.5 * units, Games.number(e, "received"), 1e-12 * (1 + units));
                    }
                    scale += units;
                }
                double after = total(sim);
                assertEquals(before + change, after, 1e-12 * scale, "tick " + sim.tick());
                Games.snapshot(sim).agents().forEach(t -> assertTrue(t.resources() >= 0.0));
                before = after;
            }
            assertEquals(punishment.equals("true"), punishments > 0, "punishments happen exactly when allowed");
        }
    }

    @Test
    void twoAgentsGivingHalfByHand() {
        // Seat 0 (half A) gives 5 of 10 in round 1: A 5, B 20. Round 2, B gives 10 of 20: B 10, A 25.
        // Game 2 is game 1 with the roles exchanged: A 10, B 25. Both score (25 + 10) / 2 = 17.5.
        DonorGameSimulation sim = Games.start(Games.settings("agents=2", "rounds=2", "generations=1"),
                new RuleAgents(), new FixedStrategies(RuleStrategy.unconditional(0.5)), 1, EventSink.NONE);
        sim.step();
        assertResources(sim, 5, 20);
        assertEquals(0.5, Games.value(sim, "meanDonationFraction"));
        assertEquals(12.5, Games.value(sim, "meanResources"));
        sim.step();
        assertResources(sim, 25, 10);
        assertEquals(25.0, Games.snapshot(sim).agents().get(0).gameOneFinal());
        sim.step();
        assertResources(sim, 20, 5);
        sim.step();
        assertResources(sim, 10, 25);
        assertTrue(sim.atMilestone());
        assertEquals(17.5, Games.value(sim, "generationScore"));
        assertEquals(0.0, Games.value(sim, "scoreSpread"));
        for (AgentTile t : Games.snapshot(sim).agents()) {
            assertEquals(17.5, t.score());
            assertEquals(17.5, t.selectionScore());
        }
    }

    @Test
    void punishmentCostsThePunisherAndFloorsTheVictimAtZero() {
        // Image scorers giving 50% but demanding 60%, punishing with half their resources, damage × 2.
        // Round 1: A sees nothing, gives 5: A 5, B 20. Round 2: B sees "A donated 50%" — bad — and spends
        // 10 to remove 20 from A, who has only 5: A 0, B 10. Game 2 mirrors it: A 10, B 0.
        RuleStrategy strict = new RuleStrategy(Norm.IMAGE_SCORING, 0.5, 0.6, 1, 0.5);
        Games.Recorder events = Games.Recorder.all();
        DonorGameSimulation sim = Games.start(Games.settings("agents=2", "rounds=2", "generations=1",
                "punishment=true", "punishmentMultiplier=2"), new RuleAgents(), new FixedStrategies(strict), 1,
                events);
        sim.step();
        assertResources(sim, 5, 20);
        sim.step();
        assertResources(sim, 0, 10);
        List<SimEvent> punish = events.ofKind("punishment");
        assertEquals(1, punish.size());
        String b = Games.snapshot(sim).agents().get(1).name();
        String a = Games.snapshot(sim).agents().get(0).name();
        assertEquals("In round 2, " + b + " punished " + a + " by spending 10 units to take away 20 units from "
                + "their resources.", punish.get(0).text());
        assertEquals(10.0, Games.number(punish.get(0), "units"));
        assertEquals(5.0, Games.number(punish.get(0), "removed"), "only what the victim had");
        assertEquals(0.0, Games.value(sim, "meanDonationFraction"), "a punishment donates nothing");
        sim.step();
        sim.step();
        assertResources(sim, 10, 0);
        assertEquals(5.0, Games.value(sim, "generationScore"));
        assertEquals(0.5, Games.value(sim, "punishmentShare"));
        assertEquals(0.25, Games.value(sim, "generationDonationFraction"));
    }

    @Test
    void everyoneGivingEverythingReachesThePapersMaximum() {
        // 10 × 3 × 2^10 = 30,720 under the paper's schedule, every generation, whatever the seed.
        for (long seed = 1; seed <= 3; seed++) {
            Simulation sim = Games.start(seed, EventSink.NONE, "agentMode=fixed", "norm=unconditional",
                    "generosity=1", "generations=3");
            while (!sim.isDone()) {
                sim.step();
                if (sim.atMilestone()) {
                    assertEquals(30_720.0, Games.value(sim, "generationScore"), 0.0);
                    assertEquals(1.0, Games.value(sim, "generationDonationFraction"), 0.0);
                }
            }
        }
    }

    @Test
    void everyoneGivingEverythingUnderTheNotebookScheduleReachesHalfAsMuch() {
        // Half B donates in rounds 6 and 7 with nothing left the second time, losing one doubling: 15,360.
        Simulation sim = Games.start(4, EventSink.NONE, "agentMode=fixed", "norm=unconditional", "generosity=1",
                "generations=2", "schedule=notebook");
        Games.runToEnd(sim);
        assertEquals(15_360.0, Games.value(sim, "generationScore"), 0.0);
        GenerationSummary first = Games.snapshot(sim).history().get(0);
        assertEquals(15_360.0, first.gameOneMean(), 0.0);
        assertEquals(15_360.0, first.gameTwoMean(), 0.0);
    }

    @Test
    void theMaximumFollowsTheGeneralFormula() {
        // With everyone giving everything the holder of all resources after R rounds has
        // init × (1 + m) × m^(R − 1); the mean over agents is half of that.
        for (int rounds : new int[]{1, 2, 5, 8}) {
            for (String m : List.of("1.5", "2", "3")) {
                Simulation sim = Games.start(2, EventSink.NONE, "agentMode=fixed", "norm=unconditional",
                        "generosity=1", "generations=1", "agents=8", "rounds=" + rounds, "multiplier=" + m,
                        "initialResources=4");
                Games.runToEnd(sim);
                double mult = Double.parseDouble(m);
                double expected = 4 * (1 + mult) * Math.pow(mult, rounds - 1) / 2;
                assertEquals(expected, Games.value(sim, "generationScore"), 1e-9 * expected, rounds + " rounds, m=" + m);
            }
        }
    }

    private static void assertResources(Simulation sim, double seatZero, double seatOne) {
        List<AgentTile> tiles = Games.snapshot(sim).agents();
        assertEquals(seatZero, tiles.get(0).resources(), 1e-12, "seat 0");
        assertEquals(seatOne, tiles.get(1).resources(), 1e-12, "seat 1");
    }
}
