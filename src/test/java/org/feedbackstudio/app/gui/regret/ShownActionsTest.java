package org.feedbackstudio.app.gui.regret;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShownActionsTest {

    @Test
    void everyActionInIndexOrderWhenTheyFit() {
        ShownActions shown = ShownActions.choose(new double[] {0.1, 0.6, 0.3}, 3, true, List.of(2));
        assertTrue(shown.all());
        assertEquals(List.of(0, 1, 2), shown.actions());
        assertEquals(0, shown.hidden());
        assertEquals(0, shown.hiddenSum(new double[] {0.1, 0.6, 0.3}), 0.0);
    }

    @Test
    void theLikeliestFirstWhenTooMany() {
        double[] p = {0.05, 0.30, 0.10, 0.40, 0.15};
        ShownActions shown = ShownActions.choose(p, 3, true, List.of());
        assertFalse(shown.all());
        assertEquals(List.of(3, 1, 4), shown.actions());
        assertEquals(2, shown.hidden());
        assertEquals(0.15, shown.hiddenSum(p), 1e-12); // actions 0 and 2
    }

    @Test
    void mustShowActionsTakeAPlaceInRankOrder() {
        double[] p = {0.05, 0.30, 0.10, 0.40, 0.15};
        // action 0 is played, action 2 is the best: both shown, the rest of the room goes to the likeliest
        ShownActions shown = ShownActions.choose(p, 3, true, List.of(0, 2, -1, 99));
        assertEquals(List.of(3, 2, 0), shown.actions());
        // more actions that must be seen than room: all of them still show
        assertEquals(List.of(2, 0), ShownActions.choose(p, 1, true, List.of(0, 2)).actions());
    }

    @Test
    void lowestFirstForLossesWithTiesByIndex() {
        double[] loss = {50, 40, 50, 45, 40};
        ShownActions shown = ShownActions.choose(loss, 3, false, List.of());
        assertEquals(List.of(1, 4, 3), shown.actions());
    }

    @Test
    void aThousandActionsCapAtTheRoom() {
        double[] p = new double[1000];
        for (int a = 0; a < p.length; a++) {
            p[a] = (a + 1) / 500_500.0; // sums to 1; action 999 most likely
        }
        ShownActions shown = ShownActions.choose(p, 20, true, List.of(7));
        assertEquals(20, shown.actions().size());
        assertEquals(999, shown.actions().get(0));
        assertTrue(shown.actions().contains(7));
        assertEquals(980, shown.hidden());
        double visible = shown.actions().stream().mapToDouble(a -> p[a]).sum();
        assertEquals(1.0, visible + shown.hiddenSum(p), 1e-12);
    }
}
