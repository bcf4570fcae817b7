package org.feedbackstudio.app.gui.negotiation;

import org.feedbackstudio.negotiation.GameRules;
import org.feedbackstudio.negotiation.NegotiationDetail;
import org.feedbackstudio.negotiation.Pairing;
import org.feedbackstudio.negotiation.RivalDistribution;
import org.feedbackstudio.negotiation.Side;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cross-play table the studio shows: sellers in rows, buyers in columns, cells from the pairings played. */
class CrossPlayTableTest {
    private static NegotiationDetail detail(List<Pairing> played) {
        return new NegotiationDetail(Side.SELLER, GameRules.paper(), 4, 2, played.size(),
                new RivalDistribution(4, 11, 0.5, 2, 0.3, 2), "none", List.of(), null, played, List.of("soft", "hard"));
    }

    @Test
    void cellsSitWhereTheirSellerAndBuyerSayAndWaitingOnesShowADash() {
        List<Pairing> played = List.of(
                new Pairing(0, "soft", "soft", 2, 2, 15, 1, 4, 0, 0),
                new Pairing(1, "soft", "hard", 2, 2, 14, 1, 5, 0, 0),
                new Pairing(2, "hard", "soft", 10, 7, 16.5, 0.7, 4.5, 1, 2));
        List<List<CrossPlayTable.Cell>> rows = CrossPlayTable.rows(detail(played));
        assertEquals(2, rows.size());
        assertEquals("$14.00", rows.get(0).get(1).price());
        assertEquals("hard", rows.get(0).get(1).buyer());
        CrossPlayTable.Cell hardSoft = rows.get(1).get(0);
        assertEquals("$16.50", hardSoft.price());
        assertEquals("deal rate 0.70 (7 of 10), 1 unanswered, 2 moderator disagreements", hardSoft.deals());
        CrossPlayTable.Cell waiting = rows.get(1).get(1);
        assertFalse(waiting.played());
        assertEquals("—", waiting.price());
        assertEquals("3 of 4 pairings, 2 games each", CrossPlayTable.progress(detail(played)));
    }

    @Test
    void aPairingWithNoDealSaysSo() {
        CrossPlayTable.Cell c = CrossPlayTable.cell(new Pairing(3, "hard", "hard", 2, 0, Double.NaN, 0, Double.NaN,
                0, 0));
        assertEquals("no deal", c.price());
        assertTrue(c.deals().startsWith("deal rate 0.00 (0 of 2)"), c.deals());
    }
}
