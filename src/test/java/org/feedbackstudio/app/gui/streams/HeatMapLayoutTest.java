package org.feedbackstudio.app.gui.streams;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatMapLayoutTest {

    @Test
    void cellsAreSquareWholePixelsAndTheMatrixFitsBesideItsLegend() {
        for (int tasks : new int[] {2, 4, 5, 10, 20, 50}) {
            for (double scale : new double[] {1, 1.5}) {
                for (double[] canvas : new double[][] {{900, 500}, {500, 900}, {700, 300}}) {
                    HeatMapLayout l = HeatMapLayout.of(tasks, canvas[0], canvas[1], scale);
                    double right = (l.keysRight() ? HeatMapLayout.RIGHT_WITH_KEYS : HeatMapLayout.RIGHT) * scale;
                    double below = (l.keysRight() ? HeatMapLayout.BOTTOM : HeatMapLayout.BOTTOM_WITH_KEYS) * scale;
                    String where = tasks + " tasks at " + scale + " on " + canvas[0] + "×" + canvas[1];
                    assertEquals(Math.floor(l.cell()), l.cell());
                    if (l.cell() == HeatMapLayout.MIN_CELL) {
                        continue; // no room at all: the matrix overflows rather than vanishes
                    }
                    assertTrue(l.x0() + l.size() + right <= canvas[0], where + " fit across");
                    assertTrue(l.y0() + l.size() + below <= canvas[1], where + " fit down");
                }
            }
        }
    }

    @Test
    void theKeysGoWhereTheyLeaveTheLargerCells() {
        // Wide: keys under the colour bar. 900 − 90 − 200 = 610 across, 500 − 46 − 24 = 430 down: 430 / 5 = 86,
        // against 398 / 5 = 79 with the keys under the matrix.
        HeatMapLayout wide = HeatMapLayout.of(5, 900, 500, 1);
        assertTrue(wide.keysRight());
        assertEquals(86, wide.cell());
        // Narrow and tall: keys under the matrix. 500 − 90 − 92 = 318 across: 318 / 5 = 63, against 210 / 5 = 42.
        HeatMapLayout tall = HeatMapLayout.of(5, 500, 900, 1);
        assertTrue(!tall.keysRight());
        assertEquals(63, tall.cell());
        // Too low for the colour bar and the keys on top of each other: keys under the matrix.
        assertTrue(!HeatMapLayout.of(2, 1200, 200, 1).keysRight());
    }

    @Test
    void pointingFindsTheCellUnderThePointer() {
        HeatMapLayout l = HeatMapLayout.of(5, 900, 500, 1);
        for (int k = 1; k <= 5; k++) {
            assertEquals(k, l.columnAt(l.columnX(k) + 1));
            assertEquals(k, l.columnAt(l.columnX(k) + l.cell() - 0.01));
            assertEquals(k, l.rowAt(l.rowY(k) + l.cell() / 2));
        }
        assertEquals(-1, l.columnAt(l.x0() - 1));
        assertEquals(-1, l.columnAt(l.x0() + l.size() + 1));
        assertEquals(-1, l.rowAt(l.y0() - 1));
        assertEquals(-1, l.rowAt(l.y0() + l.size()));
    }

    @Test
    void aTinyCanvasStillGetsVisibleCells() {
        assertEquals(HeatMapLayout.MIN_CELL, HeatMapLayout.of(50, 200, 150, 1).cell());
    }

    @Test
    void numbersAreWrittenOftenEnoughButNeverOnTopOfEachOther() {
        assertEquals(1, new HeatMapLayout(5, 0, 0, 80).labelStep(26));
        assertEquals(2, new HeatMapLayout(20, 0, 0, 15).labelStep(26));
        assertEquals(5, new HeatMapLayout(50, 0, 0, 8).labelStep(26));
    }

    @Test
    void theFirstRowIsNumberedOnlyWhenItsNeighbourIsNot() {
        assertEquals(List.of(1, 2, 3, 4), numbered(4, 1));
        assertEquals(List.of(2, 4, 6, 8, 10), numbered(10, 2), "1 and 2 would touch");
        assertEquals(List.of(1, 5, 10, 15, 20), numbered(20, 5));
        assertEquals(List.of(1, 10, 20, 30), numbered(30, 10));
    }

    private static List<Integer> numbered(int n, int step) {
        return IntStream.rangeClosed(1, n).filter(i -> HeatMapLayout.numbered(i, step)).boxed().toList();
    }
}
