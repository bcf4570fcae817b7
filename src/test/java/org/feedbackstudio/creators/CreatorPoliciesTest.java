package org.feedbackstudio.creators;

import org.feedbackstudio.core.Seeds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreatorPoliciesTest {
    private static final List<String> GENRES = Genres.first(4);
    private static final double NAN = Double.NaN;

    private static Beliefs beliefs(double[] audience, double[] skill, double reward) {
        boolean[] tried = new boolean[audience.length];
        for (int g = 0; g < tried.length; g++) {
            tried[g] = skill[g] > 0;
        }
        return new Beliefs(audience, skill, tried, reward, 4);
    }

    private static Creator creator() {
        return new Creator(0, 1, new double[] {0.5, 0.5, 0.5, 0.5}, Seeds.root(1));
    }

    @Test
    void rewardLevelsFollowThePapersShape() {
        double[] a = {NAN, NAN, NAN, NAN};
        double[] s = {1, 0, 0, 0};
        assertEquals(0.614, beliefs(a, s, NAN).exploitChance(), "unknown reward counts as very low");
        assertEquals(0.614, beliefs(a, s, 0.01).exploitChance());
        assertEquals(0.895, beliefs(a, s, 0.02).exploitChance());
        assertEquals(0.922, beliefs(a, s, 0.07).exploitChance());
        assertEquals(0.925, beliefs(a, s, 0.15).exploitChance());
        assertEquals(0.950, beliefs(a, s, 0.5).exploitChance());
        for (int i = 1; i < Beliefs.EXPLOIT_CHANCE.length; i++) {
            assertTrue(Beliefs.EXPLOIT_CHANCE[i] > Beliefs.EXPLOIT_CHANCE[i - 1], "rises with reward");
        }
    }

    @Test
    void bestKnownIsTheTriedGenreWithTheHighestAudienceBelief() {
        assertEquals(2, beliefs(new double[] {0.1, NAN, 0.3, NAN}, new double[] {0.5, 0, 0.5, 0}, 0.1).bestKnown());
        assertEquals(1, beliefs(new double[] {NAN, NAN, NAN, NAN}, new double[] {0.25, 0.75, 0, 0}, NAN).bestKnown(),
                "nothing shown yet: the most familiar");
        assertEquals(0, beliefs(new double[] {0.0, NAN, NAN, NAN}, new double[] {0.5, 0.5, 0, 0}, 0).bestKnown(),
                "a known CTR of 0 beats unknown");
        assertEquals(-1, beliefs(new double[] {NAN, NAN, NAN, NAN}, new double[4], NAN).bestKnown());
    }

    @Test
    void boundedRationalExploitsAtTheRewardsRateAndExploresUntriedGenres() {
        BuiltInCreators policy = new BuiltInCreators(CreatorPolicyKind.BOUNDED_RATIONAL, GENRES, new double[4]);
        Beliefs b = beliefs(new double[] {0.3, 0.1, NAN, NAN}, new double[] {0.5, 0.5, 0, 0}, 0.3);
        SplittableRandom random = Seeds.root(4);
        int exploits = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Decision d = policy.decide(creator(), b, random);
            if (d.mode() == Mode.EXPLOIT) {
                exploits++;
                assertEquals(0, d.genre());
            } else {
                assertTrue(d.genre() == 2 || d.genre() == 3, "explores an untried genre");
            }
            assertEquals(0.95, d.exploitChance());
        }
        assertEquals(0.95, exploits / (double) n, 0.01);
    }

    @Test
    void fullInformationExploresInProportionToTheAudience() {
        double[] share = {0.5, 0.1, 0.3, 0.1};
        BuiltInCreators policy = new BuiltInCreators(CreatorPolicyKind.FULL_INFORMATION, GENRES, share);
        Beliefs b = new Beliefs(share, new double[] {0, 1, 0, 0}, new boolean[] {false, true, false, false}, NAN, 2);
        SplittableRandom random = Seeds.root(5);
        int[] explored = new int[4];
        for (int i = 0; i < 40_000; i++) {
            Decision d = policy.decide(creator(), b, random);
            if (d.mode() == Mode.EXPLORE) {
                explored[d.genre()]++;
            }
        }
        assertEquals(0, explored[1]);
        double total = explored[0] + explored[2] + explored[3];
        assertEquals(0.5 / 0.9, explored[0] / total, 0.02);
        assertEquals(0.3 / 0.9, explored[2] / total, 0.02);
    }

    @Test
    void cfdNudgesItsStateByOwnUtilityAndMakesTheLargest() {
        BuiltInCreators policy = new BuiltInCreators(CreatorPolicyKind.CFD, GENRES, new double[4]);
        Creator c = creator();
        c.featureState[0] = 0.5;
        c.featureState[1] = 0.5;
        // utilities 0.1 and 0.3: state 0.51, 0.53 → normalised 0.49, 0.51 → genre 1
        Decision d = policy.decide(c, beliefs(new double[] {0.1, 0.3, NAN, NAN}, new double[] {0.5, 0.5, 0, 0}, 0.2),
                Seeds.root(1));
        assertEquals(1, d.genre());
        assertEquals(0.51 / 1.04, c.featureState[0], 1e-12);
        assertEquals(0.53 / 1.04, c.featureState[1], 1e-12);
        assertEquals(Mode.EXPLOIT, d.mode(), "genre 1 is also its best-known");
    }

    @Test
    void lbrMovesOnlyToABetterKnownGenre() {
        BuiltInCreators policy = new BuiltInCreators(CreatorPolicyKind.LBR, GENRES, new double[4]);
        Creator c = creator();
        c.currentGenre = 0;
        double[] audience = {0.2, 0.1, 0.4, NAN};
        Beliefs b = beliefs(audience, new double[] {0.4, 0.3, 0.3, 0}, 0.2);
        SplittableRandom random = Seeds.root(8);
        for (int i = 0; i < 200; i++) {
            int before = c.currentGenre;
            Decision d = policy.decide(c, b, random);
            if (d.genre() == 3) {
                assertEquals(before, c.currentGenre, "trying an unknown genre does not move it");
                assertEquals(Mode.EXPLORE, d.mode());
            } else {
                assertTrue(audience[c.currentGenre] >= audience[before], "never moves to a worse genre");
                assertEquals(c.currentGenre, d.genre());
            }
        }
        assertEquals(2, c.currentGenre, "ends on the best");
    }
}
