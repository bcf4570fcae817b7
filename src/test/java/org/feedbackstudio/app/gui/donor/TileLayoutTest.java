package org.feedbackstudio.app.gui.donor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TileLayoutTest {

    @Test
    void twelveAgentsInTwoGroupsGetTheLargestTiles() {
        TileLayout l = TileLayout.compute(List.of(6, 6), 600, 400, 20, 8, 80);
        assertEquals(80, l.size());
        assertEquals(4, l.gap());
        assertEquals(7, l.columns(), "(584 + 4) / 84 = 7 columns");
        assertTrue(l.fits());
        // Group 1: heading at 8, tiles from 28; group 2 starts after one row and the spacing.
        assertEquals(8, l.headingTop(0));
        assertEquals(8 + 20 + 80 + TileLayout.GROUP_SPACING, l.headingTop(1));
        assertEquals(8, l.x(0));
        assertEquals(28, l.y(0));
        assertEquals(8 + 5 * 84, l.x(5));
        assertEquals(8, l.x(6), "the second group starts a new row");
        assertEquals(l.headingTop(1) + 20, l.y(6));
    }

    @Test
    void theTileSizeIsTheLargestThatFits() {
        double width = 500;
        double height = 300;
        TileLayout l = TileLayout.compute(List.of(130, 70), width, height, 18, 6, 64);
        assertTrue(l.fits());
        assertTrue(bottom(l) <= height - 6, "the last row ends inside the area");
        int bigger = l.size() + 1;
        int gap = TileLayout.gapFor(bigger);
        int columns = (int) Math.floor((width - 12 + gap) / (bigger + gap));
        double needed = 18 + Math.ceil(130.0 / columns) * (bigger + gap) - gap + TileLayout.GROUP_SPACING
                + 18 + Math.ceil(70.0 / columns) * (bigger + gap) - gap;
        assertTrue(needed > height - 12, "one pixel more would not fit");
    }

    @Test
    void tenThousandAgentsFitAndEveryTileIsFoundWhereItIsDrawn() {
        TileLayout l = TileLayout.compute(List.of(5_000, 5_000), 640, 420, 18, 8, 80);
        assertTrue(l.fits());
        assertTrue(l.size() >= 2, "tiles of " + l.size() + " px");
        assertEquals(10_000, l.positions());
        for (int p = 0; p < l.positions(); p++) {
            double cx = l.x(p) + l.size() / 2.0;
            double cy = l.y(p) + l.size() / 2.0;
            assertEquals(p, l.positionAt(cx, cy), "tile " + p);
            assertTrue(l.x(p) >= 8 && l.x(p) + l.size() <= 640 - 8 + 1e-9, "inside horizontally: " + p);
            assertTrue(l.y(p) + l.size() <= 420 - 8 + 1e-9, "inside vertically: " + p);
        }
    }

    @Test
    void tilesNeverOverlapAndHeadingsAreNotTiles() {
        TileLayout l = TileLayout.compute(List.of(7, 5), 300, 400, 20, 8, 40);
        assertEquals(6, l.columns(), "(284 + 4) / 44");
        for (int a = 0; a < l.positions(); a++) {
            for (int b = a + 1; b < l.positions(); b++) {
                boolean apart = l.x(a) + l.size() <= l.x(b) || l.x(b) + l.size() <= l.x(a)
                        || l.y(a) + l.size() <= l.y(b) || l.y(b) + l.size() <= l.y(a);
                assertTrue(apart, a + " and " + b);
            }
        }
        assertEquals(-1, l.positionAt(20, l.headingTop(1) + 5), "a heading");
        assertEquals(-1, l.positionAt(2, l.y(0) + 5), "the left margin");
        assertEquals(-1, l.positionAt(l.x(6) + l.size() * 1.5 + l.gap(), l.y(6) + 1), "after the last tile of group 1");
    }

    @Test
    void whenNothingFitsTilesShrinkToOnePixelAndSaySo() {
        TileLayout l = TileLayout.compute(List.of(10_000), 60, 40, 10, 2, 80);
        assertEquals(1, l.size());
        assertFalse(l.fits());
    }

    private static double bottom(TileLayout l) {
        double max = 0;
        for (int p = 0; p < l.positions(); p++) {
            max = Math.max(max, l.y(p) + l.size());
        }
        return max;
    }
}
