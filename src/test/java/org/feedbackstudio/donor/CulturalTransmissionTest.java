package org.feedbackstudio.donor;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CulturalTransmissionTest {

    private static CulturalTransmission writer(Norm norm, boolean punishment, double mutation, long seed) {
        return new CulturalTransmission(norm, 0.5, 0.3, 0.2, punishment, 0.25, 3, mutation,
                new SplittableRandom(seed));
    }

    private static List<Survivor> survivors(double... scores) {
        Survivor[] out = new Survivor[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = new Survivor(Member.of(1, i + 1, new RuleStrategy(Norm.STANDING, 0.1 * (i + 1), 0.3, 2, 0.0),
                    null), scores[i]);
        }
        return List.of(out);
    }

    private static int[] parentCounts(List<Inheritance> children, int parents) {
        int[] count = new int[parents];
        children.forEach(c -> count[c.parent()]++);
        return count;
    }

    @Test
    void parentsAreChosenInProportionToTheirScores() {
        List<Inheritance> kids = writer(null, false, 0.0, 1).newcomers(survivors(300, 100, 0), true, 20_000, 2);
        int[] count = parentCounts(kids, 3);
        assertEquals(0.75, count[0] / 20_000.0, 0.015);
        assertEquals(0.25, count[1] / 20_000.0, 0.015);
        assertEquals(0, count[2], "a survivor that scored nothing is never copied");
    }

    @Test
    void withoutScoresEverySurvivorIsEquallyLikely() {
        List<Inheritance> kids = writer(null, false, 0.0, 2).newcomers(survivors(300, 100, 0), false, 30_000, 2);
        for (int c : parentCounts(kids, 3)) {
            assertEquals(1.0 / 3.0, c / 30_000.0, 0.015);
        }
        kids = writer(null, false, 0.0, 3).newcomers(survivors(0, 0), true, 10_000, 2);
        for (int c : parentCounts(kids, 2)) {
            assertEquals(0.5, c / 10_000.0, 0.02, "all scores zero: nothing to prefer");
        }
    }

    @Test
    void pickFindsTheFirstCumulativeWeightAboveTheDraw() {
        double[] cumulative = {2, 2, 5, 5, 6};
        assertEquals(0, CulturalTransmission.pick(cumulative, 0.0));
        assertEquals(0, CulturalTransmission.pick(cumulative, 1.999));
        assertEquals(2, CulturalTransmission.pick(cumulative, 2.0), "zero-weight entries are skipped");
        assertEquals(2, CulturalTransmission.pick(cumulative, 4.9));
        assertEquals(4, CulturalTransmission.pick(cumulative, 5.0));
        assertEquals(4, CulturalTransmission.pick(cumulative, 5.999));
    }

    @Test
    void pickAgreesWithALinearScanOnRandomWeights() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 20_000; trial++) {
            int n = 1 + random.nextInt(40);
            double[] cumulative = new double[n];
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += random.nextInt(4) == 0 ? 0.0 : random.nextInt(5); // zero weights repeat a value
                cumulative[i] = sum;
            }
            // Draws that hit a cumulative value exactly, fall between two, or lie past the total.
            double u = switch (random.nextInt(3)) {
                case 0 -> cumulative[random.nextInt(n)];
                case 1 -> random.nextDouble() * (sum + 1.0);
                default -> sum + random.nextDouble();
            };
            int expected = n - 1;
            for (int i = 0; i < n; i++) {
                if (cumulative[i] > u) {
                    expected = i;
                    break;
                }
            }
            assertEquals(expected, CulturalTransmission.pick(cumulative, u), () -> java.util.Arrays.toString(cumulative)
                    + " u=" + u);
        }
    }

    @Test
    void withoutMutationNewcomersCopyExactly() {
        List<Survivor> parents = survivors(1, 2, 3);
        for (Inheritance kid : writer(null, true, 0.0, 4).newcomers(parents, true, 50, 2)) {
            assertSame(parents.get(kid.parent()).member().strategy(), kid.strategy());
        }
    }

    @Test
    void variationStaysInsideTheDomain() {
        CulturalTransmission w = writer(null, true, 0.5, 5);
        RuleStrategy edge = new RuleStrategy(Norm.IMAGE_SCORING, 1.0, 0.0, 3, 1.0);
        Set<Norm> norms = EnumSet.noneOf(Norm.class);
        boolean changed = false;
        for (int i = 0; i < 2000; i++) {
            RuleStrategy v = w.vary(edge);
            assertTrue(v.depth() >= 1 && v.depth() <= 3);
            norms.add(v.norm());
            changed |= v.generosity() < 1.0;
        }
        assertEquals(EnumSet.allOf(Norm.class), norms, "norms mutate into both others");
        assertTrue(changed);
        CulturalTransmission noPunishment = writer(null, false, 0.5, 6);
        for (int i = 0; i < 200; i++) {
            assertEquals(0.0, noPunishment.vary(edge).punishShare(), "no punishing strategies without punishment");
        }
    }

    @Test
    void theFirstGenerationSpreadsAroundTheGivenValues() {
        List<Strategy> mixed = writer(null, true, 0.05, 7).firstGeneration(600);
        Set<Norm> norms = EnumSet.noneOf(Norm.class);
        for (Strategy s : mixed) {
            RuleStrategy r = (RuleStrategy) s;
            norms.add(r.norm());
            assertTrue(r.generosity() >= 0.25 && r.generosity() <= 0.75);
            assertTrue(r.threshold() >= 0.05 && r.threshold() <= 0.55);
            assertTrue(r.punishShare() >= 0.0 && r.punishShare() <= 0.45);
            assertTrue(r.depth() >= 1 && r.depth() <= 3);
        }
        assertEquals(EnumSet.allOf(Norm.class), norms);
        double mean = mixed.stream().mapToDouble(Strategy::generosity).average().orElseThrow();
        assertEquals(0.5, mean, 0.02);
        for (Strategy s : writer(Norm.IMAGE_SCORING, false, 0.05, 8).firstGeneration(100)) {
            assertEquals(Norm.IMAGE_SCORING, ((RuleStrategy) s).norm());
            assertEquals(0.0, ((RuleStrategy) s).punishShare());
        }
    }

    @Test
    void mutationCanChangeLive() {
        CulturalTransmission w = writer(null, false, 0.05, 9);
        assertTrue(w.applyLive(DonorGameSimulator.MUTATION.changeTo(0.0)));
        assertEquals(0.0, w.mutation());
        assertTrue(!w.applyLive(DonorGameSimulator.GENEROSITY.changeTo(0.3)));
        RuleStrategy s = new RuleStrategy(Norm.STANDING, 0.4, 0.3, 2, 0.0);
        assertSame(s, w.vary(s));
        assertTrue(w.applyLive(DonorGameSimulator.MUTATION.changeTo(0.3)));
        assertNotEquals(s, w.vary(s));
    }

    @Test
    void writtenStrategiesNeedAModelToBeCopied() {
        List<Survivor> written = List.of(new Survivor(Member.of(1, 1, new WrittenStrategy("My strategy will be to "
                + "give half."), null), 5.0));
        assertThrows(IllegalStateException.class, () -> writer(null, false, 0.1, 10).newcomers(written, true, 1, 2));
    }
}
