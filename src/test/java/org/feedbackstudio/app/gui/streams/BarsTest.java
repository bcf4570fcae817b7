package org.feedbackstudio.app.gui.streams;

import org.feedbackstudio.streams.StreamsView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarsTest {
    private static final List<String> NAMES = List.of("original images", "permutation 1", "permutation 2",
            "permutation 3", "permutation 4");
    private static final List<Long> ENDS = List.of(200L, 400L, 600L, 800L, 1000L);

    private static StreamsView rehearsing(int current, List<Long> plan) {
        return new StreamsView("permuted", "power-law-rehearsal", current, NAMES, ENDS, List.of(),
                List.of(0.4, 0.3, 0.2, 0.1), plan, List.of(), List.of());
    }

    @Test
    void theRehearsalPlanHasABarPerAgeAndEmptySlotsForAgesTheTaskDoesNotHaveYet() {
        Bars bars = Bars.rehearsalPlan(rehearsing(3, List.of(3600L, 2800L)));
        assertEquals(4, bars.bars().size(), "ages 1 to T−1");
        assertEquals(List.of("1", "2", "3", "4"), bars.bars().stream().map(Bars.Bar::label).toList());
        assertEquals(3600, bars.bars().get(0).value());
        assertEquals(2800, bars.bars().get(1).value());
        assertTrue(Double.isNaN(bars.bars().get(2).value()));
        assertEquals("Task 3 rehearses 6,400 old images, by age", bars.title());
        assertEquals("3,600", bars.valueText(bars.bars().get(0)));
        assertEquals("", bars.valueText(bars.bars().get(3)));
        assertEquals("While task 3 is learned, task 1 (age 2) is rehearsed with 2,800 of its images (44% of 6,400).",
                bars.bars().get(1).description());
        assertEquals(3600, bars.max());
        assertEquals(5000, bars.axisTop());
    }

    @Test
    void theFirstTaskHasNothingToRehearse() {
        Bars bars = Bars.rehearsalPlan(rehearsing(1, List.of()));
        assertEquals("Task 1 has no older task to rehearse yet", bars.title());
        assertTrue(bars.bars().stream().allMatch(b -> Double.isNaN(b.value())));
        assertEquals(0, bars.max());
        assertEquals(5, bars.axisTop(), "an empty count axis still reads in whole images");
    }

    @Test
    void theScheduleShapeIsInPercent() {
        Bars bars = Bars.scheduleShape(rehearsing(2, List.of(6400L)));
        assertEquals(List.of(0.4, 0.3, 0.2, 0.1), bars.bars().stream().map(Bars.Bar::value).toList());
        assertEquals("40%", bars.valueText(bars.bars().get(0)));
        assertEquals(0.5, bars.axisTop());
        assertEquals("The schedule: share of the budget by age at task 5", bars.title());
    }

    @Test
    void theReplayMemoryHasABarPerTaskAndNoneForTasksToCome() {
        StreamsView replay = new StreamsView("split", "replay", 2, NAMES, ENDS, List.of(), List.of(), List.of(),
                List.of(180, 120, 0, 0, 0), List.of());
        Bars bars = Bars.replayMemory(replay);
        assertEquals(5, bars.bars().size());
        assertEquals(180, bars.bars().get(0).value());
        assertEquals(120, bars.bars().get(1).value());
        assertTrue(Double.isNaN(bars.bars().get(2).value()), "task 3 has not started");
        assertEquals("Replay memory: 300 images, by task", bars.title());
        assertEquals("The memory holds 180 images of task 1 (60% of 300).", bars.bars().get(0).description());
    }

    @Test
    void axisTopsAreRound() {
        assertEquals(1, Bars.niceTop(0));
        assertEquals(1, Bars.niceTop(1));
        assertEquals(2, Bars.niceTop(1.2));
        assertEquals(2.5, Bars.niceTop(2.1));
        assertEquals(5, Bars.niceTop(4.9));
        assertEquals(10, Bars.niceTop(5.1));
        assertEquals(0.5, Bars.niceTop(0.33));
        assertEquals(2000, Bars.niceTop(1920));
        assertEquals(250, Bars.niceTop(201));
        assertEquals(1000, Bars.niceTop(1000));
    }
}
