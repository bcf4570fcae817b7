package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.RunBatch;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.SimEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The event log keeps the rare kinds of a long run while a flood of one kind fills it. */
@ExtendWith(ApplicationExtension.class)
class EventLogPaneTest {

    private static RunBatch batch(List<SimEvent> events) {
        return new RunBatch(1, null, List.of(), events, 0, 0, 0, 0, RunState.RUNNING, null);
    }

    @Test
    void aFloodOfOneKindNeverPushesOutTheRareOnes() throws Exception {
        EventLogPane log = fx(EventLogPane::new);
        int generations = 40;
        int perGeneration = 1_000;
        for (int g = 1; g <= generations; g++) {
            List<SimEvent> events = new ArrayList<>();
            for (int i = 0; i < perGeneration; i++) {
                events.add(new SimEvent(g, "donation", "gift " + i, Map.of()));
            }
            events.add(new SimEvent(g, "generation", "Generation " + g, Map.of()));
            fx(() -> {
                log.batch(batch(events));
                return null;
            });
        }
        List<SimEvent> summaries = fx(() -> log.lines("generation"));
        assertEquals(generations, summaries.size(), "every generation's summary is kept");
        assertEquals("Generation 1", summaries.get(0).text());
        assertEquals("Generation 40", summaries.get(generations - 1).text());
        assertEquals(EventLogPane.MAX_LINES, (int) fx(log::size));
        List<SimEvent> gifts = fx(() -> log.lines("donation"));
        assertEquals(EventLogPane.MAX_LINES - generations, gifts.size());
        assertEquals(40, gifts.get(gifts.size() - 1).tick(), "the newest of the flood are the ones kept");
        assertEquals("gift 999", gifts.get(gifts.size() - 1).text());
    }

    @Test
    void twoKindsAboveTheirShareAreLevelled() throws Exception {
        EventLogPane log = fx(EventLogPane::new);
        List<SimEvent> events = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            events.add(new SimEvent(1, "a", "a" + i, Map.of()));
            events.add(new SimEvent(1, "b", "b" + i, Map.of()));
        }
        for (int i = 0; i < 10; i++) {
            events.add(new SimEvent(1, "rare", "r" + i, Map.of()));
        }
        fx(() -> {
            log.batch(batch(events));
            return null;
        });
        assertEquals(10, (int) fx(() -> log.lines("rare").size()));
        assertEquals((EventLogPane.MAX_LINES - 10) / 2, (int) fx(() -> log.lines("a").size()));
        assertEquals((EventLogPane.MAX_LINES - 10) / 2, (int) fx(() -> log.lines("b").size()));
    }
}
