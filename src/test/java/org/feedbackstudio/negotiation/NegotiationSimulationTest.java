package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole run: chains, metrics, events, snapshots and replays agree with each other. */
class NegotiationSimulationTest {
    private static final int PRICE = 0;
    private static final int DEAL_RATE = 1;
    private static final int GAME_DEAL_RATE = 2;
    private static final int TURNS = 3;
    private static final int SURPLUS = 4;
    private static final int OPENING = 5;
    private static final int WALK_AWAY = 6;
    private static final int EXPONENT = 7;

    @SuppressWarnings("unchecked")
    private static Map<Integer, Map<String, Object>> gamesOfRound(Runs.Result run, int round) {
        Map<Integer, Map<String, Object>> out = new HashMap<>();
        for (SimEvent e : run.events().ofKind("transcript")) {
            if (e.tick() == round) {
                out.put((Integer) e.data().get("game"), e.data());
            }
        }
        return out;
    }

    @Test
    void theMetricsAreWhatTheGamesSay() throws ScenarioException {
        Runs.Result run = Runs.run(3);
        int n = 200;
        Set<Integer> alive = new HashSet<>();
        for (int i = 0; i < n; i++) {
            alive.add(i);
        }
        for (int r = 1; r <= 5; r++) {
            Map<Integer, Map<String, Object>> games = gamesOfRound(run, r);
            assertEquals(alive, games.keySet(), "round " + r + " is played by exactly the chains still alive");
            double priceSum = 0;
            double surplusSum = 0;
            double turnSum = 0;
            int deals = 0;
            Set<Integer> survivors = new HashSet<>();
            for (var entry : games.entrySet()) {
                Map<String, Object> g = entry.getValue();
                if (g.get("outcome").equals("deal")) {
                    double price = (Double) g.get("price");
                    assertTrue(price > 10 && price < 20, "deal at " + price);
                    priceSum += price;
                    surplusSum += price - 8;
                    turnSum += (Integer) g.get("turns");
                    deals++;
                    survivors.add(entry.getKey());
                }
            }
            assertEquals(priceSum / deals, run.metric(r, PRICE), 1e-9, "mean price, round " + r);
            assertEquals((double) survivors.size() / n, run.metric(r, DEAL_RATE), 1e-12, "deal rate, round " + r);
            assertEquals((double) deals / games.size(), run.metric(r, GAME_DEAL_RATE), 1e-12);
            assertEquals(turnSum / deals, run.metric(r, TURNS), 1e-9);
            assertEquals(surplusSum / n, run.metric(r, SURPLUS), 1e-9, "seller's surplus: price − cost, per game");
            RoundSummary s = run.detail().roundSummaries().get(r - 1);
            assertEquals(deals, s.priceBins().stream().mapToInt(Integer::intValue).sum());
            assertEquals(games.size(), s.deals() + s.outOfBounds() + s.turnLimits());
            alive = survivors;
        }
    }

    @Test
    void theDealRateNeverRises() throws ScenarioException {
        for (String side : new String[]{"seller", "buyer"}) {
            Runs.Result run = Runs.run(5, "improvingSide=" + side);
            for (int r = 2; r <= 5; r++) {
                assertTrue(run.metric(r, DEAL_RATE) <= run.metric(r - 1, DEAL_RATE), side + " round " + r);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLaterGameCarriesTheCriticsFeedbackOnTheLastOne() throws ScenarioException {
        Runs.Result run = Runs.run(8);
        List<SimEvent> feedback = run.events().ofKind("feedback");
        for (int r = 2; r <= 5; r++) {
            Map<Integer, Map<String, Object>> previous = gamesOfRound(run, r - 1);
            Map<Integer, Map<String, Object>> games = gamesOfRound(run, r);
            int round = r;
            List<SimEvent> thisRound = feedback.stream().filter(e -> e.tick() == round).toList();
            assertEquals(games.size(), thisRound.size(), "one piece of feedback per game of round " + r);
            for (SimEvent e : thisRound) {
                int chain = (Integer) e.data().get("game");
                double lastPrice = (Double) previous.get(chain).get("price");
                assertEquals(3, ((List<String>) e.data().get("suggestions")).size());
                String goal = Money.format(Money.cents(lastPrice));
                assertTrue(((String) e.data().get("carryOver")).endsWith("higher than " + goal + "."),
                        e.data().get("carryOver") + " vs " + lastPrice);
            }
        }
        assertTrue(feedback.stream().noneMatch(e -> e.tick() == 1), "nothing to criticise before the first game");
    }

    @Test
    void transcriptsReadLikeThePaperAndTheTextSaysWhatHappened() throws ScenarioException {
        Runs.Result run = Runs.run(4, "gamesPerRound=60");
        GameRules rules = GameRules.paper();
        for (SimEvent e : run.events().ofKind("transcript")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lines = (List<Map<String, Object>>) e.data().get("lines");
            assertEquals("Hi, this is a good balloon and its price is $20.", lines.get(0).get("text"));
            assertEquals("Would you consider selling it for $10?", lines.get(1).get("text"));
            // the words alone, read by the text moderator, give the recorded outcome
            Dialogue replay = new Dialogue(rules);
            Verdict verdict = Verdict.NO_DEAL;
            for (int i = 2; i < lines.size(); i++) {
                assertEquals(i % 2 == 0 ? "seller" : "buyer", lines.get(i).get("speaker"));
                replay.append(new Move.Say((String) lines.get(i).get("text")));
                verdict = new TextModerator().judge(replay);
                assertEquals(verdict.deal(), i == lines.size() - 1 && !e.data().get("outcome").equals("turn_limit"),
                        "a verdict only at the end: " + lines);
            }
            if (verdict.deal()) {
                assertEquals(Money.cents((Double) e.data().get("price")), verdict.priceCents());
            }
        }
    }

    @Test
    void theTextModeratorRunsTheSameExperiment() throws ScenarioException {
        Runs.Result moves = Runs.run(Runs.scenario(21, "gamesPerRound=150"), false);
        Runs.Result text = Runs.run(Runs.scenario(21, "gamesPerRound=150", "moderator=text"), false);
        for (int r = 0; r < moves.rows().size(); r++) {
            assertEquals(java.util.Arrays.toString(moves.rows().get(r)), java.util.Arrays.toString(text.rows().get(r)));
        }
    }

    @Test
    void anyGameCanBeReplayedExactly() throws ScenarioException {
        Runs.Result run = Runs.run(6, "gamesPerRound=80");
        GameReplayer replayer = run.detail().replayer();
        for (int r = 1; r <= 5; r++) {
            Map<Integer, Map<String, Object>> games = gamesOfRound(run, r);
            for (int chain = 0; chain < 80; chain += 7) {
                Optional<GameRecord> replayed = replayer.game(r, chain);
                Map<String, Object> played = games.get(chain);
                assertEquals(played != null, replayed.isPresent(), "round " + r + ", chain " + chain);
                if (played != null) {
                    assertEquals(replayed.get().eventData(), played);
                    assertEquals(replayed.get(), run.detail().game(r, chain).orElseThrow());
                }
            }
        }
        assertTrue(replayer.game(6, 0).isEmpty());
        assertTrue(replayer.game(1, 80).isEmpty());
    }

    @Test
    void snapshotsKeepTheFirstGamesOfEachRoundWithBothOfferSequences() throws ScenarioException {
        Runs.Result run = Runs.run(2);
        NegotiationDetail d = run.detail();
        assertEquals(5, d.roundsCompleted());
        for (RoundSummary s : d.roundSummaries()) {
            assertEquals(Math.min(NegotiationSimulation.SAMPLES_PER_ROUND, s.gamesPlayed()), s.samples().size());
            for (GameRecord g : s.samples()) {
                assertEquals(20.0, g.sellerOffers().get(0));
                assertEquals(10.0, g.buyerOffers().get(0));
                for (int i = 1; i < g.sellerOffers().size(); i++) {
                    assertTrue(g.sellerOffers().get(i) <= g.sellerOffers().get(i - 1), "a seller only comes down");
                }
                for (int i = 1; i < g.buyerOffers().size(); i++) {
                    assertTrue(g.buyerOffers().get(i) >= g.buyerOffers().get(i - 1), "a buyer only goes up");
                }
                assertEquals(s.round() > 1, g.feedbackIn() != null, "feedback from round 2 on");
            }
            if (s.round() > 1) {
                assertEquals(s.samples().size(), s.sampleFeedback().size());
            }
        }
        assertThrows(UnsupportedOperationException.class, () -> d.roundSummaries().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> d.roundSummaries().get(0).samples().get(0).lines().clear());
    }

    @Test
    void anEarlierSnapshotDoesNotChangeAsTheRunGoesOn() throws ScenarioException {
        try (Simulation sim = Runs.SIMULATOR.start(Runs.scenario(1), EventSink.NONE)) {
            sim.step();
            sim.step();
            Inspection<?> early = sim.inspect();
            NegotiationDetail d = (NegotiationDetail) early.detail();
            String before = d.roundSummaries().toString();
            while (!sim.isDone()) {
                sim.step();
            }
            assertEquals(2, d.roundsCompleted());
            assertEquals(before, d.roundSummaries().toString());
            assertTrue(d.game(3, 0).isEmpty(), "round 3 had not been played when the snapshot was taken");
            assertEquals(3, early.agents().size());
            assertEquals(2, early.tick());
        }
    }

    @Test
    void theInspectorShowsThePlayerTheRivalsAndTheRun() throws ScenarioException {
        try (Simulation sim = Runs.SIMULATOR.start(Runs.scenario(1), EventSink.NONE)) {
            sim.step();
            double[] row = new double[sim.metrics().size()];
            sim.sample(row);
            Inspection<?> in = sim.inspect();
            var improver = in.agents().get(0);
            assertEquals("improver", improver.id());
            assertEquals(Math.round(row[DEAL_RATE] * 200) + " of 200", improver.properties().get("chains alive"));
            var rival = in.agents().get(1);
            assertEquals("rival", rival.id());
            assertEquals("$14 to $21", rival.properties().get("most it pays"));
            assertEquals("Run so far", in.agents().get(2).label());
        }
    }

    @Test
    void withoutACriticNothingChanges() throws ScenarioException {
        Runs.Result run = Runs.run(9, "critic=none");
        assertTrue(run.events().ofKind("feedback").isEmpty());
        for (int r = 2; r <= 5; r++) {
            assertEquals(run.metric(1, OPENING), run.metric(r, OPENING));
            assertEquals(run.metric(1, WALK_AWAY), run.metric(r, WALK_AWAY));
            assertEquals(run.metric(1, EXPONENT), run.metric(r, EXPONENT), 1e-12);
        }
        assertEquals(18.0, run.metric(1, OPENING));
        assertEquals(13.0, run.metric(1, WALK_AWAY));
        assertEquals(0.7, run.metric(1, EXPONENT), 1e-12);
        for (GameRecord g : run.detail().roundSummaries().get(3).samples()) {
            assertNull(g.feedbackIn());
        }
    }

    @Test
    void sameSeedSameGamesWordForWord() throws ScenarioException {
        Runs.Result a = Runs.run(77, "gamesPerRound=50");
        Runs.Result b = Runs.run(77, "gamesPerRound=50");
        assertEquals(a.events().events, b.events().events);
        Runs.Result c = Runs.run(78, "gamesPerRound=50");
        assertFalse(a.events().events.equals(c.events().events));
    }

    @Test
    void roundEventsSummariseEachRound() throws ScenarioException {
        Runs.Result run = Runs.run(12);
        List<SimEvent> rounds = run.events().ofKind("round");
        assertEquals(5, rounds.size());
        for (SimEvent e : rounds) {
            assertEquals(run.metric((int) e.tick(), DEAL_RATE), (Double) e.data().get("dealRate"));
            assertTrue(e.text().startsWith("Round " + e.tick() + ": "), e.text());
        }
    }

    @Test
    void cohortsAreReportedOnlyWhenTwoExponentsAreCompared() throws ScenarioException {
        List<MetricSpec> plain = Runs.SIMULATOR.metrics(Runs.scenario(1).parameters());
        assertEquals(8, plain.size());
        List<MetricSpec> two = Runs.SIMULATOR.metrics(Runs.scenario(1, "concessionExponent=0.2",
                "contrastExponent=5").parameters());
        assertEquals(12, two.size());
        assertEquals("cohortB.dealRate", two.get(11).name());
        assertTrue(two.get(8).label().contains("Boulware (e = 0.2)"), two.get(8).label());
        assertTrue(two.get(10).label().contains("Conceder (e = 5)"), two.get(10).label());

        Runs.Result run = Runs.run(4, "gamesPerRound=101", "concessionExponent=0.2", "contrastExponent=5");
        for (int r = 1; r <= 5; r++) {
            RoundSummary s = run.detail().roundSummaries().get(r - 1);
            CohortSummary a = s.cohorts().get(0);
            CohortSummary b = s.cohorts().get(1);
            assertEquals(51, a.chains());
            assertEquals(50, b.chains());
            assertEquals(s.gamesPlayed(), a.gamesPlayed() + b.gamesPlayed());
            assertEquals(s.deals(), a.deals() + b.deals());
            assertEquals(s.dealRate() * 101, a.dealRate() * 51 + b.dealRate() * 50, 1e-9);
            assertEquals(a.meanPrice(), run.metric(r, 8), 1e-12);
            assertEquals(b.dealRate(), run.metric(r, 11), 1e-12);
        }
        for (GameRecord g : run.detail().roundSummaries().get(0).samples()) {
            assertEquals(g.chain() % 2, g.cohort());
            assertEquals(g.cohort() == 0 ? 0.2 : 5.0, g.improver().exponent());
        }
    }

    @Test
    void inconsistentSettingsAreRefusedByName() throws ScenarioException {
        var defaults = Runs.SIMULATOR.parameters().defaults();
        Map<String, Object[]> bad = new HashMap<>();
        bad.put("counterPrice", new Object[]{"counterPrice", 20.0});
        bad.put("sellerCost", new Object[]{"sellerCost", 20.0});
        bad.put("openingStep", new Object[]{"openingStep", 7.5});
        bad.put("contrastExponent", new Object[]{"contrastExponent", 0.01});
        bad.put("rivalRoomLow", new Object[]{"rivalRoomLow", 12.0});
        bad.put("rivalExponentLow", new Object[]{"rivalExponentLow", 3.0});
        for (var e : bad.entrySet()) {
            var values = defaults.with((String) e.getValue()[0], e.getValue()[1]);
            ScenarioException ex = assertThrows(ScenarioException.class, () -> Runs.SIMULATOR.check(values), e.getKey());
            assertEquals("parameters." + e.getKey(), ex.field());
            assertTrue(ex.problem().length() > 20, ex.problem());
        }
        var tooFar = defaults.with("openingStep", 10.0).with("walkAwayRoom", 12.0);
        ScenarioException ex = assertThrows(ScenarioException.class, () -> Runs.SIMULATOR.check(tooFar));
        assertEquals("parameters.openingStep", ex.field());
        Runs.SIMULATOR.check(defaults);
    }

    @Test
    void workIsCountedInGames() throws ScenarioException {
        try (Simulation sim = Runs.SIMULATOR.start(Runs.scenario(1), EventSink.NONE)) {
            List<Integer> played = new ArrayList<>();
            while (!sim.isDone()) {
                sim.step();
            }
            NegotiationDetail d = (NegotiationDetail) sim.inspect().detail();
            d.roundSummaries().forEach(s -> played.add(s.gamesPlayed()));
            assertEquals(played.stream().mapToLong(Integer::longValue).sum(), sim.workDone());
            assertEquals(200, played.get(0));
            assertNotNull(d.rules());
        }
    }
}
