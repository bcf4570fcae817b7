package org.feedbackstudio.app.gui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The inspector counts its agents in words a person would write: one agent, never "1 agents". */
class InspectorHeadlineTest {
    @Test
    void oneAgentIsSingular() {
        assertEquals("1 agent at tick 3", InspectorPane.headline(1, 3));
        assertEquals("2 agents at tick 3", InspectorPane.headline(2, 3));
        assertEquals("0 agents at tick 0", InspectorPane.headline(0, 0));
        assertEquals("1,000 agents at tick 12,000", InspectorPane.headline(1000, 12_000));
    }
}
