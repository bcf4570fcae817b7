package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartSpecTest {
    private final ChartSpec base = ChartSpec.overTicks("Accuracy", "iteration", "accuracy", List.of("a", "b"));

    @Test
    void refinementsKeepEverythingElse() {
        ChartSpec spec = base.withYRange(0, 1).withSecondaryAxis("loss", List.of("c")).withReference(List.of("b"))
                .withMilestoneMarkers().withLogY();
        assertEquals(0.0, spec.yMin());
        assertEquals(1.0, spec.yMax());
        assertEquals(List.of("a", "b", "c"), spec.allMetrics());
        assertEquals(List.of("b"), spec.referenceMetrics());
        assertTrue(spec.markMilestones() && spec.logYOffered());
        assertEquals("generation", base.withX("generation", "generation").xMetric());
    }

    @Test
    void aFixedRangeNeedsTwoOrderedEnds() {
        assertThrows(IllegalArgumentException.class, () -> base.withYRange(1, 0));
        assertThrows(IllegalArgumentException.class, () -> base.withYRange(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ChartSpec("t", "x", "y", List.of(), null, false, null,
                List.of(), List.of(), false, 0.0, null));
    }
}
