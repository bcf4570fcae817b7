package org.feedbackstudio.app.gui.kit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the kit's heat-map cells lie and which cell a point falls in, both ways up. */
class HeatMapTest {

    @Test
    void cellsTileThePlotOnWholePixelsWithoutGapsOrOverlaps() {
        HeatMap m = new HeatMap(10.5, 20, 100, 60, 3, 4, HeatMap.Rows.BOTTOM_UP);
        assertEquals(10, m.left(0));
        assertEquals(43, m.right(0));
        assertEquals(m.right(0), m.left(1));
        assertEquals(110, m.right(2));
        // row 0 is the bottom one
        assertEquals(80, m.bottom(0));
        assertEquals(65, m.top(0));
        assertEquals(m.top(0), m.bottom(1));
        assertEquals(20, m.top(3));
    }

    @Test
    void aPointFindsItsCellAndOutsideFindsNone() {
        HeatMap up = new HeatMap(0, 0, 100, 100, 4, 5, HeatMap.Rows.BOTTOM_UP);
        assertEquals(1, up.columnAt(30));
        assertEquals(0, up.rowAt(99), "the bottom row");
        assertEquals(4, up.rowAt(1), "the top row");
        assertEquals(-1, up.columnAt(-1));
        assertEquals(-1, up.rowAt(101));
        HeatMap down = new HeatMap(0, 0, 100, 100, 4, 5, HeatMap.Rows.TOP_DOWN);
        assertEquals(0, down.rowAt(1), "the top row");
        assertEquals(4, down.rowAt(99), "the bottom row");
    }
}
