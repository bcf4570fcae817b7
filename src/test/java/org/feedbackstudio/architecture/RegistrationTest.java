package org.feedbackstudio.architecture;

import org.feedbackstudio.app.gui.SimulatorViews;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.core.Simulator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registration on both sides: every simulator of the catalog has exactly one studio registration, whose
 * detail type is what the simulator's snapshots carry, and no registration names a simulator that is
 * not in the catalog.
 */
class RegistrationTest {
    private final Catalog catalog = Catalog.standard();
    private final List<SimulatorViews<?>> views = SimulatorViews.registered();

    @Test
    void everyViewRegistrationNamesARegisteredSimulator() {
        for (SimulatorViews<?> v : views) {
            assertTrue(catalog.find(v.simulatorId()).isPresent(), v.getClass().getName() + " names the simulator \""
                    + v.simulatorId() + "\", which is not registered; registered: " + catalog.ids());
        }
    }

    @Test
    void theTestOnlySimulatorIsFoundOnBothSides() {
        assertTrue(catalog.ids().contains("polya-urn"), "catalog: " + catalog.ids());
        assertEquals(1, views.stream().filter(v -> v.simulatorId().equals("polya-urn")).count());
    }

    @TestFactory
    Stream<DynamicTest> everySimulatorHasOneStudioRegistration() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Simulator s : catalog.all()) {
            tests.add(DynamicTest.dynamicTest(s.id(), () -> {
                List<SimulatorViews<?>> mine = views.stream().filter(v -> v.simulatorId().equals(s.id())).toList();
                assertEquals(1, mine.size(), s.id() + " has " + mine.size() + " studio registrations: " + mine);
                try (Simulation sim = s.start(Scenario.defaults(s, 1), EventSink.NONE)) {
                    Object detail = sim.inspect().detail();
                    assertTrue(mine.get(0).detailType().isInstance(detail), s.id() + "'s snapshots carry "
                            + (detail == null ? "no detail" : detail.getClass().getName()) + ", its views expect "
                            + mine.get(0).detailType().getName());
                }
            }));
        }
        return tests.stream();
    }
}
