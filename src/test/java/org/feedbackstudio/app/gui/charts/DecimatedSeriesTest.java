package org.feedbackstudio.app.gui.charts;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecimatedSeriesTest {

    @Test
    void fewPointsAreShownAsTheyAre() {
        DecimatedSeries s = new DecimatedSeries(100);
        for (int i = 0; i < 50; i++) {
            s.add(i, i * i);
        }
        assertEquals(50, s.viewSize());
        assertEquals(49.0 * 49, s.viewY(49));
    }

    @Test
    void aMillionPointsDrawAsAFewThousandAndKeepEverySpike() {
        DecimatedSeries s = new DecimatedSeries(500);
        SplittableRandom r = new SplittableRandom(1);
        double trueMax = Double.NEGATIVE_INFINITY;
        double trueMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 1_000_000; i++) {
            double y = r.nextGaussian() + (i == 777_777 ? 50 : 0);
            trueMax = Math.max(trueMax, y);
            trueMin = Math.min(trueMin, y);
            s.add(i, y);
        }
        assertEquals(1_000_000, s.size());
        assertTrue(s.viewSize() <= 4 * 500, "view has " + s.viewSize() + " points");
        assertTrue(s.viewSize() >= 500, "view has " + s.viewSize() + " points");
        double viewMax = Double.NEGATIVE_INFINITY;
        double viewMin = Double.POSITIVE_INFINITY;
        double lastX = -1;
        for (int i = 0; i < s.viewSize(); i++) {
            viewMax = Math.max(viewMax, s.viewY(i));
            viewMin = Math.min(viewMin, s.viewY(i));
            assertTrue(s.viewX(i) > lastX, "view x increases");
            lastX = s.viewX(i);
        }
        assertEquals(trueMax, viewMax, "the spike survives decimation");
        assertEquals(trueMin, viewMin);
        assertEquals(999_999, lastX, 1000, "the view reaches the end");
    }

    @Test
    void zoomedViewIsDecimatedFromRawPoints() {
        DecimatedSeries s = new DecimatedSeries(100);
        for (int i = 0; i < 100_000; i++) {
            s.add(i, i % 1000 == 500 ? -1 : i % 7);
        }
        s.showRange(10_000, 10_050);
        assertEquals(53, s.viewSize(), "51 points in range plus one either side");
        assertEquals(9_999, s.viewX(0));
        s.showRange(20_000, 40_000);
        int minus = 0;
        for (int i = 0; i < s.viewSize(); i++) {
            if (s.viewY(i) == -1) {
                minus++;
            }
        }
        assertEquals(20, minus, "every dip in the window is kept");
        assertTrue(s.viewSize() <= 2 * 100 + 4);
        s.showAll();
        assertTrue(s.viewSize() <= 400);
    }

    @Test
    void refusesDecreasingXAndSkipsNaN() {
        DecimatedSeries s = new DecimatedSeries(10);
        s.add(1, 1);
        s.add(2, Double.NaN);
        assertEquals(1, s.size());
        assertThrows(IllegalArgumentException.class, () -> s.add(0, 1));
    }

    @Test
    void bigJumpsInXRebuildOnce() {
        DecimatedSeries s = new DecimatedSeries(10);
        for (int i = 0; i < 30; i++) {
            s.add(i, i);
        }
        s.add(1e9, 5);
        assertEquals(31, s.size());
        assertTrue(s.viewSize() <= 40);
        assertEquals(1e9, s.viewX(s.viewSize() - 1));
    }
}
