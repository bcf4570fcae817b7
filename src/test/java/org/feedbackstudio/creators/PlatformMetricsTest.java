package org.feedbackstudio.creators;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformMetricsTest {

    @Test
    void giniMatchesHandComputedValues() {
        // 1, 2, 3, 4: the 12 ordered pairs' absolute differences sum to 20; mean 2.5; 20 / (2 · 4² · 2.5) = 0.25
        assertEquals(0.25, PlatformMetrics.gini(new double[] {3, 1, 4, 2}), 1e-12);
        // one of four has everything: (n − 1)/n
        assertEquals(0.75, PlatformMetrics.gini(new double[] {0, 5, 0, 0}), 1e-12);
        assertEquals(0.0, PlatformMetrics.gini(new double[] {7, 7, 7}), 1e-12);
        // 0, 0, 1, 1: differences |0−1| in 8 of 16 ordered pairs; 8 / (2 · 16 · 0.5) = 0.5
        assertEquals(0.5, PlatformMetrics.gini(new double[] {1, 0, 1, 0}), 1e-12);
        assertTrue(Double.isNaN(PlatformMetrics.gini(new double[] {0, 0})));
        assertTrue(Double.isNaN(PlatformMetrics.gini(new double[0])));
    }

    @Test
    void entropyAndCoverageMatchHandComputedValues() {
        // shares 1/4, 1/4, 1/2: 2·(1/4·2) + 1/2·1 = 1.5 bits
        assertEquals(1.5, PlatformMetrics.entropy(new long[] {1, 1, 2, 0}), 1e-12);
        assertEquals(Math.log(15) / Math.log(2), PlatformMetrics.entropy(new long[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
            2, 2, 2, 2}), 1e-12);
        assertEquals(0.0, PlatformMetrics.entropy(new long[] {0, 9, 0}), 1e-12);
        assertTrue(Double.isNaN(PlatformMetrics.entropy(new long[] {0, 0})));
        assertEquals(0.75, PlatformMetrics.coverage(new long[] {1, 1, 2, 0}), 1e-12);
        assertEquals(1.0 / 3, PlatformMetrics.coverage(new long[] {0, 9, 0}), 1e-12);
    }
}
