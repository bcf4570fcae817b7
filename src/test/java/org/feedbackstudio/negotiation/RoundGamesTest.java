package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brief list of a round's games says what the games, their events and their replays say. */
class RoundGamesTest {

    @Test
    void everyGameOfEveryRoundIsListedAsItWasPlayed() throws ScenarioException {
        Runs.Result run = Runs.run(5, "gamesPerRound=60");
        Map<String, Map<String, Object>> events = new HashMap<>();
        for (SimEvent e : run.events().ofKind("transcript")) {
            events.put(e.tick() + "/" + e.data().get("game"), e.data());
        }
        NegotiationDetail d = run.detail();
        RoundGames previous = null;
        for (RoundSummary s : d.roundSummaries()) {
            RoundGames games = s.games();
            assertEquals(s.gamesPlayed(), games.size(), "round " + s.round());
            int deals = 0;
            double priceSum = 0;
            for (int i = 0; i < games.size(); i++) {
                Map<String, Object> event = events.get(s.round() + "/" + games.chain(i));
                assertEquals(event.get("outcome"), games.outcome(i).name().toLowerCase(java.util.Locale.ROOT));
                assertEquals(event.get("turns"), games.turns(i));
                if (event.containsKey("price")) {
                    assertEquals((Double) event.get("price"), games.price(i), 0.0);
                } else {
                    assertTrue(Double.isNaN(games.price(i)));
                }
                assertEquals(i, games.indexOf(games.chain(i)));
                if (games.isDeal(i)) {
                    deals++;
                    priceSum += games.price(i);
                }
            }
            assertEquals(s.deals(), deals);
            assertEquals(s.meanPrice(), priceSum / deals, 1e-9);
            long listed = events.keySet().stream().filter(k -> k.startsWith(s.round() + "/")).count();
            assertEquals(listed, games.size(), "no game left out");
            if (previous != null) {
                // Exactly the chains that made a deal in the round before play this one.
                int k = 0;
                for (int i = 0; i < previous.size(); i++) {
                    if (previous.isDeal(i)) {
                        assertEquals(previous.chain(i), games.chain(k++));
                    }
                }
                assertEquals(games.size(), k);
            }
            previous = games;
        }
    }

    @Test
    void aListedGameIsTheGameAReplayGives() throws ScenarioException {
        Runs.Result run = Runs.run(11, "gamesPerRound=40", "improvingSide=buyer");
        NegotiationDetail d = run.detail();
        for (RoundSummary s : d.roundSummaries()) {
            RoundGames games = s.games();
            for (int i = 0; i < games.size(); i += 3) {
                GameRecord g = d.game(s.round(), games.chain(i)).orElseThrow();
                assertEquals(games.outcome(i), g.outcome());
                assertEquals(games.turns(i), g.turns());
                assertEquals(Double.isNaN(g.price()) ? Double.NaN : g.price(), games.price(i));
            }
        }
    }

    @Test
    void chainsThatDidNotPlayAreNotFound() {
        RoundGames.Builder b = new RoundGames.Builder(3);
        b.add(2, new GameResult(GameResult.Outcome.DEAL, 1550, 4, Side.BUYER));
        b.add(5, new GameResult(GameResult.Outcome.TURN_LIMIT, -1, 10, null));
        b.add(9, new GameResult(GameResult.Outcome.OUT_OF_BOUNDS, 2000, 2, Side.SELLER));
        RoundGames games = b.build();
        assertEquals(List.of(0, 1, 2), List.of(games.indexOf(2), games.indexOf(5), games.indexOf(9)));
        assertEquals(-1, games.indexOf(3));
        assertEquals(-1, games.indexOf(10));
        assertEquals(15.5, games.price(0));
        assertTrue(Double.isNaN(games.price(1)));
        assertEquals(20.0, games.price(2), "an out-of-bounds agreement keeps its price");
        assertEquals(GameResult.Outcome.OUT_OF_BOUNDS, games.outcome(2));
        assertEquals(10, games.turns(1));
        RoundGames.Builder unordered = new RoundGames.Builder(2);
        unordered.add(4, new GameResult(GameResult.Outcome.TURN_LIMIT, -1, 10, null));
        assertThrows(IllegalArgumentException.class,
                () -> unordered.add(4, new GameResult(GameResult.Outcome.TURN_LIMIT, -1, 10, null)));
    }
}
