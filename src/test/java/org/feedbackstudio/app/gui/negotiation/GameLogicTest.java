package org.feedbackstudio.app.gui.negotiation;

import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.negotiation.Evidence;
import org.feedbackstudio.negotiation.GameRecord;
import org.feedbackstudio.negotiation.GameResult;
import org.feedbackstudio.negotiation.GameRules;
import org.feedbackstudio.negotiation.Knob;
import org.feedbackstudio.negotiation.RoundGames;
import org.feedbackstudio.negotiation.RoundSummary;
import org.feedbackstudio.negotiation.Side;
import org.feedbackstudio.negotiation.Tactic;
import org.feedbackstudio.negotiation.TacticChange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The games view's pure logic: its words, the concession points and which game a round opens. */
class GameLogicTest {
    private static final GameRules PAPER = GameRules.paper();

    @Test
    void aDealReadsAsTheModeratorDecidedIt() {
        GameRecord g = Games.sellerDeal();
        assertEquals("Round 2, game 7: deal at $17 in exchange 2", GameText.headline(g));
        assertEquals("Deal at $17. The buyer said yes in exchange 2, and the price lies strictly between $10 and $20.",
                GameText.verdict(g, PAPER));
        assertEquals("deal at $17", GameText.outcome(g.outcome(), g.price()));
    }

    @Test
    void gamesWithoutADealSayWhy() {
        GameRecord deal = Games.sellerDeal();
        GameRecord atAsk = new GameRecord(1, 0, 0, Side.SELLER, GameResult.Outcome.OUT_OF_BOUNDS, 20.0, 1, Side.BUYER,
                deal.lines(), List.of(20.0), List.of(10.0), deal.improver(), deal.rival(), null);
        assertEquals("No deal. The buyer agreed at $20 in exchange 1, but only a price strictly between $10 and $20"
                + " counts.", GameText.verdict(atAsk, PAPER));
        assertEquals("Round 1, game 1: agreed at $20, out of range: no deal", GameText.headline(atAsk));
        assertEquals("no deal: agreed at $20, out of range", GameText.outcome(atAsk.outcome(), atAsk.price()));
        GameRecord timeUp = new GameRecord(4, 11, 0, Side.BUYER, GameResult.Outcome.TURN_LIMIT, Double.NaN, 10, null,
                deal.lines(), List.of(20.0), List.of(10.0), deal.improver(), deal.rival(), null);
        assertEquals("No deal. 10 exchanges passed without agreement.", GameText.verdict(timeUp, PAPER));
        assertEquals("Round 4, game 12: no deal within 10 exchanges", GameText.headline(timeUp));
        assertEquals("no deal: time ran out", GameText.outcome(timeUp.outcome(), timeUp.price()));
    }

    @Test
    void tacticsAndTheirChangesInDollarsAndNumbers() {
        Evidence ev = new Evidence(4, 10, Side.BUYER, 0, 1);
        assertEquals("first counter-offer: $17.50 → $18",
                GameText.change(new TacticChange(Side.SELLER, Knob.OPENING, 1750, 1800, ev)));
        assertEquals("concession exponent e: 0.700 → 0.595",
                GameText.change(new TacticChange(Side.SELLER, Knob.EXPONENT, 0.7, 0.595, ev)));
        assertEquals("walk-away price: $13.05 (kept)",
                GameText.change(new TacticChange(Side.SELLER, Knob.RESERVATION, 1305, 1305, ev)));
        assertEquals("first counter-offer $18 · walk-away $15 · e = 0.500 (Boulware)",
                GameText.tactic(new Tactic(1800, 1500, 0.5, 0)));
        assertEquals("first counter-offer $12 · walk-away $17.50 · e = 1.500 (Conceder) · tit-for-tat 0.30",
                GameText.tactic(new Tactic(1200, 1750, 1.5, 0.3)));
        assertEquals("$16.59", GameText.price(16.59));
        assertEquals("$16", GameText.price(16.0));
    }

    @Test
    void oneConcessionPointPerOfferAtItsExchangeAndTheDealWhereTheBuyerSaidYes() {
        ConcessionPoints p = ConcessionPoints.of(Games.sellerDeal(), PAPER);
        assertEquals(List.of(new ConcessionPoints.Point(0, 20), new ConcessionPoints.Point(1, 18),
                new ConcessionPoints.Point(2, 17)), p.seller());
        assertEquals(List.of(new ConcessionPoints.Point(0, 10), new ConcessionPoints.Point(1, 12)), p.buyer());
        assertEquals(new ConcessionPoints.Point(2, 17), p.agreement());
        assertEquals(new ConcessionPoints.Point(1, 12), p.closerLastOffer(), "the buyer stepped from $12 to $17");
        assertTrue(p.validDeal());
        assertEquals(20, p.ask());
        assertEquals(10, p.counter());
        assertEquals(15, p.sellerWalkAway(), "the coached seller's tactic");
        assertEquals(17.5, p.buyerWalkAway(), "the rival buyer's tactic");
        assertEquals(10, p.lastExchange());
    }

    @Test
    void aCoachedBuyersWalkAwayIsTheBuyersAndTimeUpHasNoAgreement() {
        GameRecord deal = Games.sellerDeal();
        GameRecord buyerGame = new GameRecord(1, 0, 0, Side.BUYER, GameResult.Outcome.TURN_LIMIT, Double.NaN, 10,
                null, deal.lines(), List.of(20.0, 19.0), List.of(10.0, 11.0), new Tactic(1100, 1400, 0.7, 0),
                new Tactic(1900, 1600, 1.0, 0.3), null);
        ConcessionPoints p = ConcessionPoints.of(buyerGame, PAPER);
        assertEquals(14, p.buyerWalkAway());
        assertEquals(16, p.sellerWalkAway());
        assertNull(p.agreement());
        assertNull(p.closerLastOffer());
        assertEquals(Side.BUYER, p.coached());
    }

    @Test
    void everyRecordedGameHasOnePointPerOfferAndItsDealOnTheCurves() throws ScenarioException {
        Games.Run run = Games.play(3, "gamesPerRound=30", "improvingSide=buyer");
        int games = 0;
        for (RoundSummary s : run.detail().roundSummaries()) {
            for (GameRecord g : s.samples()) {
                ConcessionPoints p = ConcessionPoints.of(g, run.detail().rules());
                assertEquals(g.sellerOffers().size(), p.seller().size());
                assertEquals(g.buyerOffers().size(), p.buyer().size());
                for (int i = 0; i < p.buyer().size(); i++) {
                    assertEquals(g.buyerOffers().get(i), p.buyer().get(i).price());
                    assertEquals(i, p.buyer().get(i).exchange());
                }
                if (g.isDeal()) {
                    // The agreed price is the other side's standing offer, made in the same or the previous exchange.
                    List<ConcessionPoints.Point> other = g.closer() == Side.SELLER ? p.buyer() : p.seller();
                    ConcessionPoints.Point last = other.get(other.size() - 1);
                    assertEquals(last.price(), p.agreement().price(), 1e-9);
                    assertTrue(p.agreement().exchange() - last.exchange() <= 1);
                }
                games++;
            }
        }
        assertTrue(games >= 20);
    }

    @Test
    void aRoundOpensTheDealClosestToItsMeanPrice() throws ScenarioException {
        Games.Run run = Games.play(8, "gamesPerRound=80");
        for (RoundSummary s : run.detail().roundSummaries()) {
            RoundGames games = s.games();
            int chosen = GameChoice.typical(games, s.meanPrice());
            assertTrue(games.isDeal(chosen), "round " + s.round());
            double distance = Math.abs(games.price(chosen) - s.meanPrice());
            for (int i = 0; i < games.size(); i++) {
                if (games.isDeal(i)) {
                    double d = Math.abs(games.price(i) - s.meanPrice());
                    assertTrue(d > distance || d == distance && i >= chosen, "game " + i + " is closer to the mean");
                }
            }
        }
    }

    @Test
    void aRoundWithoutDealsOpensItsFirstGame() throws ScenarioException {
        // The seller will not go below $19.50 and no buyer pays more than $11: no game can end in a deal.
        Games.Run run = Games.play(2, "gamesPerRound=10", "openingStep=0.25", "walkAwayRoom=0.5",
                "rivalRoomLow=1", "rivalRoomHigh=1", "rivalJitter=0");
        RoundSummary first = run.detail().roundSummaries().get(0);
        assertEquals(0, first.deals());
        assertEquals(0, GameChoice.typical(first.games(), first.meanPrice()));
        RoundSummary second = run.detail().roundSummaries().get(1);
        assertEquals(0, second.gamesPlayed(), "every chain stopped in round 1");
        assertEquals(-1, GameChoice.typical(second.games(), second.meanPrice()), "nothing to open");
    }

    @Test
    void aClickMeansTheNearestPlayedRound() {
        assertEquals(3, GameChoice.round(3.4, 5));
        assertEquals(4, GameChoice.round(3.5, 5));
        assertEquals(1, GameChoice.round(0.2, 5));
        assertEquals(2, GameChoice.round(4.8, 2), "a round not played yet means the last one played");
        assertEquals(0, GameChoice.round(1, 0));
        assertEquals(0, GameChoice.round(Double.NaN, 4));
    }

    @Test
    void rowsSortDealsByPriceThenTheBrokenGames() {
        List<GameRow> rows = new ArrayList<>(List.of(
                new GameRow(0, 0, GameResult.Outcome.TURN_LIMIT, Double.NaN, 10, ""),
                new GameRow(1, 1, GameResult.Outcome.DEAL, 16.5, 7, ""),
                new GameRow(2, 2, GameResult.Outcome.OUT_OF_BOUNDS, 20, 1, ""),
                new GameRow(3, 3, GameResult.Outcome.DEAL, 14.25, 9, "")));
        rows.sort(GameRow.BY_RESULT);
        assertEquals(List.of(3, 1, 2, 0), rows.stream().map(GameRow::chain).toList());
        assertEquals("deal at $14.25", rows.get(0).result());
        assertEquals(4, rows.get(0).game(), "games are numbered from 1, as in the event log");
    }
}
