package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.ScenarioException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One chain through the paper's loop: feedback goes into the player's history before each later game. */
class ImprovementLoopTest {

    private static NegotiationConfig config(String... settings) throws ScenarioException {
        return NegotiationConfig.from(Runs.scenario(1, settings).parameters());
    }

    @Test
    void theHistoryHoldsEveryGameAndTheFeedbackCarriedIntoIt() throws ScenarioException {
        ImprovementLoop loop = new ImprovementLoop(config("rivalJitter=0", "rivalRoomLow=11"));
        Chain chain = loop.newChain(0, 99);
        assertEquals(new Tactic(1800, 1300, 0.7, 0), chain.tactic(), "$20 − $2 opening, $20 − $7 walk-away");
        loop.playNext(chain);
        assertNull(loop.lastFeedback());
        assertNull(chain.feedbackBefore(0));
        for (int g = 1; g < 5; g++) {
            Tactic before = chain.tactic();
            GameResult previous = chain.lastGame();
            assertTrue(previous.isDeal(), "a buyer paying up to $21 every time: game " + g);
            loop.playNext(chain);
            Feedback fb = loop.lastFeedback();
            assertSame(fb, chain.feedbackBefore(g));
            assertEquals(previous.priceCents(), fb.previousPriceCents());
            assertEquals(new BuiltInLearner(0.5).adopt(before, fb, chain.rules()), chain.tactic());
        }
        assertEquals(5, chain.games());
    }

    @Test
    void aStoppedChainPlaysNoMore() throws ScenarioException {
        // walk-away room 0: the seller insists on $20, which is never a deal
        ImprovementLoop loop = new ImprovementLoop(config("walkAwayRoom=0", "openingStep=0"));
        Chain chain = loop.newChain(0, 5);
        GameResult r = loop.playNext(chain);
        assertTrue(!r.isDeal());
        assertTrue(!chain.alive());
        assertThrows(IllegalStateException.class, () -> loop.playNext(chain));
    }

    @Test
    void recordsShowTheDialogueAsSpoken() throws ScenarioException {
        GameRecord g = Runs.run(3).detail().game(2, 0).orElseThrow();
        assertEquals(g.lines().size(), g.transcript().size());
        assertEquals("seller: Hi, this is a good balloon and its price is $20.", g.transcript().get(0));
        assertTrue(g.summary().startsWith("Round 2, game 1: "), g.summary());
    }
}
