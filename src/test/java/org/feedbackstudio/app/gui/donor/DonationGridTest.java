package org.feedbackstudio.app.gui.donor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DonationGridTest {
    private static final List<List<Integer>> FOUR = List.of(
            List.of(6, 2, 0, 0),
            List.of(4, 4, 0, 0),
            List.of(0, 2, 2, 4),
            List.of(0, 0, 0, 8));
    private static final List<Double> MEANS = List.of(0.1, 0.2, 0.6, 0.9);

    @Test
    void oneColumnPerGenerationWhileThereIsRoom() {
        DonationGrid g = new DonationGrid(6, 4, FOUR, MEANS, List.of(1, 0, 0, 1), 100);
        assertEquals(6, g.columns());
        assertEquals(1, g.generationsPerColumn());
        assertEquals(6, g.count(0, 0));
        assertEquals(8, g.total(0));
        assertEquals(0.75, g.share(0, 0), 1e-12);
        assertEquals(0.25, g.share(2, 1), 1e-12);
        assertEquals(1.0, g.share(3, 3), 1e-12);
        assertEquals(0.6, g.meanDonation(2), 1e-12);
        assertTrue(g.inPlay(4), "generation 5 is being played");
        assertEquals(0.5, g.share(4, 3), 1e-12);
        assertTrue(Double.isNaN(g.meanDonation(4)), "no mean before the generation ends");
        assertEquals(0, g.total(5), "generation 6 is still to come");
        assertTrue(Double.isNaN(g.share(5, 0)));
        assertEquals(1.0, g.maxShare(), 1e-12);
        assertEquals(4, g.finished());
    }

    @Test
    void generationsShareColumnsWhenThereAreTooMany() {
        // 10 generations, room for 4 columns: 3 generations per column, the last column holds only generation 10.
        DonationGrid g = new DonationGrid(10, 4, FOUR, MEANS, List.of(0, 0, 0, 3), 4);
        assertEquals(3, g.generationsPerColumn());
        assertEquals(4, g.columns());
        assertEquals(1, g.firstGeneration(0));
        assertEquals(3, g.lastGeneration(0));
        assertEquals(10, g.firstGeneration(3));
        assertEquals(10, g.lastGeneration(3));
        assertEquals(10, g.count(0, 0), "6 + 4 + 0");
        assertEquals(24, g.total(0));
        assertEquals(10.0 / 24, g.share(0, 0), 1e-12);
        assertEquals(0.3, g.meanDonation(0), 1e-12, "(0.1 + 0.2 + 0.6) / 3");
        assertEquals(8 + 3, g.count(1, 3), "generation 4 finished and generation 5 so far");
        assertTrue(g.inPlay(1));
        assertEquals(0.9, g.meanDonation(1), 1e-12, "only finished generations count in the mean");
        assertEquals(0, g.columnOf(3));
        assertEquals(1, g.columnOf(4));
        assertEquals(3, g.columnOf(10));
    }

    @Test
    void aGenerationInPlayWithoutDonationsYetIsNotShown() {
        DonationGrid g = new DonationGrid(6, 4, FOUR, MEANS, List.of(0, 0, 0, 0), 100);
        for (int c = 0; c < g.columns(); c++) {
            assertFalse(g.inPlay(c));
        }
    }

    @Test
    void histogramsMustMatchTheBins() {
        assertThrows(IllegalArgumentException.class,
                () -> new DonationGrid(3, 3, List.of(List.of(1, 2)), List.of(0.5), null, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new DonationGrid(3, 2, List.of(List.of(1, 2)), List.of(), null, 10));
    }

    @Test
    void theColourScaleTopsAtARoundShare() {
        assertEquals(1.0, DonationGrid.scaleTop(0));
        assertEquals(0.1, DonationGrid.scaleTop(0.04), 1e-12);
        assertEquals(0.3, DonationGrid.scaleTop(0.21), 1e-12);
        assertEquals(0.5, DonationGrid.scaleTop(0.5), 1e-12);
        assertEquals(0.8, DonationGrid.scaleTop(0.61), 1e-12);
        assertEquals(1.0, DonationGrid.scaleTop(0.95), 1e-12);
    }

    @Test
    void coloursFollowTheSquareRootOfTheShare() {
        assertEquals(0.0, DonationGrid.colourPosition(0, 0.8));
        assertEquals(0.5, DonationGrid.colourPosition(0.2, 0.8), 1e-12);
        assertEquals(1.0, DonationGrid.colourPosition(0.8, 0.8), 1e-12);
        assertEquals(1.0, DonationGrid.colourPosition(0.9, 0.8), 1e-12, "clamped");
    }

    @Test
    void legendLabelsAreRoundAndApart() {
        List<Double> values = DonationGrid.legendValues(1.0, 0.16);
        assertEquals(0.0, values.get(0));
        assertEquals(1.0, values.get(values.size() - 1));
        for (int i = 1; i < values.size(); i++) {
            double gap = DonationGrid.colourPosition(values.get(i), 1.0)
                    - DonationGrid.colourPosition(values.get(i - 1), 1.0);
            assertTrue(gap >= 0.16 - 1e-12, "labels " + values.get(i - 1) + " and " + values.get(i));
        }
        assertEquals(List.of(0.0, 0.1, 0.3, 0.6, 1.0), values);
    }

    @Test
    void generationLabelsUseARoundStep() {
        assertEquals(1, DonationsView.tickStep(10, 600, 46));
        assertEquals(10, DonationsView.tickStep(100, 520, 46), "5 px a generation: every 10th");
        assertEquals(1000, DonationsView.tickStep(10_000, 500, 46));
        assertEquals(5, DonationsView.tickStep(3, 10, 46), "no room: a step past the run, only generation 1 is labelled");
    }

    @Test
    void aCellReadsAsASentence() {
        DonationGrid g = new DonationGrid(6, 4, FOUR, MEANS, List.of(1, 0, 0, 1), 100);
        assertEquals("Generation 3: 2 of 8 donations (25%) gave 25%–50% of the donor's resources; mean donation 60%.",
                DonationsView.describe(g, 2, 1));
        assertEquals("Generation 5 (so far): 1 of 2 donations (50%) gave 75%–100% of the donor's resources.",
                DonationsView.describe(g, 4, 3));
        assertEquals("Generation 6: no donations yet.", DonationsView.describe(g, 5, 0));
    }
}
