package org.feedbackstudio.app.gui.creators;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenreGridTest {

    @Test
    void cellsAreEachRoundsSharesAndRoundsToComeAreUnknown() {
        GenreGrid grid = new GenreGrid(List.of(new long[] {1, 3, 0}, new long[] {0, 0, 0}), 4, 3);
        assertEquals(0.25, grid.share(0, 0), 1e-12);
        assertEquals(0.75, grid.share(0, 1), 1e-12);
        assertEquals(0.0, grid.share(0, 2), 1e-12);
        assertEquals(4, grid.total(0));
        assertEquals(0, grid.total(1));
        assertEquals(0.0, grid.share(1, 1), 1e-12, "a round with no item has no share anywhere");
        assertEquals(-1, grid.total(2));
        assertTrue(Double.isNaN(grid.share(3, 0)));
    }
}
