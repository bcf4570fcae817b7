package org.feedbackstudio.negotiation;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rival types and their game-to-game wobble stay inside the documented ranges. */
class RivalDistributionTest {
    private final GameRules rules = GameRules.paper();
    private final RivalDistribution rivals = new RivalDistribution(4, 11, 0.5, 2, 0.3, 2);

    @Test
    void buyersPayAtMostTheirRoomAboveTheCounterOffer() {
        SplittableRandom random = new SplittableRandom(3);
        double sumLimit = 0;
        for (int i = 0; i < 20_000; i++) {
            Tactic t = rivals.draw(Side.BUYER, rules, random);
            assertTrue(t.reservationCents() >= 1400 && t.reservationCents() <= 2100, t.toString());
            int room = t.reservationCents() - 1000;
            assertEquals(1000 + room / 4.0, t.openingCents(), 0.51, "a quarter of the room: " + t);
            assertTrue(t.exponent() >= 0.5 && t.exponent() <= 2, t.toString());
            assertEquals(0.3, t.titForTat());
            sumLimit += t.reservationCents();
        }
        assertEquals(1750, sumLimit / 20_000, 5, "uniform room 4…11: mean limit $17.50");
    }

    @Test
    void exponentsAreLogUniform() {
        SplittableRandom random = new SplittableRandom(5);
        int below1 = 0;
        for (int i = 0; i < 20_000; i++) {
            if (rivals.draw(Side.BUYER, rules, random).exponent() < 1) {
                below1++;
            }
        }
        assertEquals(0.5, below1 / 20_000.0, 0.015, "1 is the geometric middle of 0.5…2");
    }

    @Test
    void sellersNeverGoBelowCost() {
        RivalDistribution deep = new RivalDistribution(10, 15, 1, 1, 0, 3);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            Tactic type = deep.draw(Side.SELLER, rules, random);
            assertTrue(type.reservationCents() >= 800, type.toString());
            Tactic game = deep.forGame(type, Side.SELLER, rules, random);
            assertTrue(game.reservationCents() >= 800 && game.reservationCents() <= game.openingCents(), game.toString());
        }
    }

    @Test
    void theWobbleStaysWithinTheJitter() {
        SplittableRandom random = new SplittableRandom(9);
        Tactic type = new Tactic(1300, 1700, 1, 0);
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        for (int i = 0; i < 20_000; i++) {
            int r = rivals.forGame(type, Side.BUYER, rules, random).reservationCents();
            lowest = Math.min(lowest, r);
            highest = Math.max(highest, r);
        }
        assertTrue(lowest >= 1500 && lowest < 1510, "lowest " + lowest);
        assertTrue(highest <= 1900 && highest > 1890, "highest " + highest);
        RivalDistribution still = new RivalDistribution(4, 11, 0.5, 2, 0.3, 0);
        assertEquals(type, still.forGame(type, Side.BUYER, rules, random));
    }

    @Test
    void badRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RivalDistribution(5, 4, 1, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RivalDistribution(4, 5, 2, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RivalDistribution(4, 5, 1, 2, 1.5, 0));
    }
}
