package org.feedbackstudio.regret;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference rates against values worked out by hand (K = 10, λ = 1 unless said otherwise). */
class RatesTest {

    @Test
    void bandit() {
        // (λ·K·ln K)^(1/3)·t^(2/3) = 23.0259^(1/3)·100 = 284.493
        assertEquals(284.493, Rates.bandit(10, 1, 1000), 1e-3);
        // tiny λ: the floor √(t·K·ln K) = √23025.85 = 151.743
        assertEquals(151.743, Rates.bandit(10, 0.001, 1000), 1e-3);
        // capped at t
        assertEquals(10, Rates.bandit(10, 1, 10), 0.0);
    }

    @Test
    void fullInformation() {
        // √((1 + λ)·t·ln K) = √(2·1000·2.302585) = 67.861
        assertEquals(67.861, Rates.full(10, 1, 1000), 1e-3);
    }

    @Test
    void budget() {
        // (λ + √ln K)·√(t·T·K/B) at t = T = 10⁵, B = 5·10⁴: 2.517427·1414.214 = 3560.18
        assertEquals(3560.18, Rates.budget(10, 1, 100_000, 50_000, 100_000), 1e-2);
        // spent evenly: at t = T/4 the rate is half of that at T
        assertEquals(3560.18 / 2, Rates.budget(10, 1, 100_000, 50_000, 25_000), 1e-2);
    }

    @Test
    void extraObservationsPayOffPastThePhaseTransition() {
        // The rates cross where (λ + √ln K)·T·√(K/B) = (λ·K·ln K)^(1/3)·T^(2/3): B* = 16 869.5 at T = 10⁵,
        // 7.83·T^(2/3), of the order K^(1/3)·T^(2/3) = 4 641.6.
        assertFalse(Rates.extraBeatsBandit(10, 1, 100_000, 16_800));
        assertTrue(Rates.extraBeatsBandit(10, 1, 100_000, 16_900));
        assertFalse(Rates.extraBeatsBandit(10, 1, 100_000, 0));

        GameSettings below = game(16_800);
        GameSettings above = game(16_900);
        assertEquals(Rates.bandit(10, 1, 5000), Rates.theory(below, 5000), 0.0);
        assertEquals(Rates.budget(10, 1, 100_000, 16_900, 5000), Rates.theory(above, 5000), 0.0);
    }

    @Test
    void theoryFollowsTheFeedback() {
        for (Feedback feedback : Feedback.values()) {
            GameSettings game = new GameSettings(10, 100_000, 1, feedback, 50_000, AdversaryKind.RANDOM_WALK, 3, 1, 1,
                    List.of());
            double expected = switch (feedback) {
                case BANDIT -> Rates.bandit(10, 1, 777);
                case FULL -> Rates.full(10, 1, 777);
                case BUDGET, EXTRA -> Rates.budget(10, 1, 100_000, 50_000, 777);
            };
            assertEquals(expected, Rates.theory(game, 777), 0.0, feedback.id());
        }
    }

    private static GameSettings game(long extra) {
        return new GameSettings(10, 100_000, 1, Feedback.EXTRA, extra, AdversaryKind.RANDOM_WALK, 3, 1, 1, List.of());
    }
}
