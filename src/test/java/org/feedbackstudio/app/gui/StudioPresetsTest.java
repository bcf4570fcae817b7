package org.feedbackstudio.app.gui;

import javafx.stage.Stage;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.Simulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;

import java.util.List;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presets in the studio: the speed they are meant to be watched at, and what the catalog shows for them. */
@ExtendWith(ApplicationExtension.class)
class StudioPresetsTest {
    private final Catalog catalog = Catalog.standard();
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(catalog, () -> stage);
        StudioFx.show(stage, window);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private Preset preset(String simulator, String titleStart) throws Exception {
        return Presets.of(catalog, simulator).stream().filter(p -> p.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no preset " + titleStart));
    }

    private String speedLabel(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#speed-value").queryAs(Label.class).getText());
    }

    @Test
    void theSpeedSliderMovesInOneTwoFiveSteps() {
        assertArrayEquals(new double[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5,
            5e5, 1e6, 2e6, 5e6, 1e7}, StudioWindow.SPEEDS);
        assertEquals(4, StudioWindow.speedPosition(20));
        assertEquals(4, StudioWindow.speedPosition(30), "30 is nearer 20 than 50 on a log scale");
        assertEquals(5, StudioWindow.speedPosition(40));
        assertEquals(StudioWindow.SPEEDS.length, StudioWindow.speedPosition(0), "0 is as fast as possible");
    }

    /** A classroom preset is meant to be watched: it starts at a speed that lets a run last a while. */
    @Test
    void classroomPresetsRunSlowlyEnoughToWatch() throws Exception {
        List<String> tooFast = new java.util.ArrayList<>();
        for (Simulator simulator : catalog.all()) {
            for (Preset p : Presets.of(catalog, simulator.id())) {
                if (!p.title().startsWith("Classroom")) {
                    continue;
                }
                long ticks;
                try (org.feedbackstudio.core.Simulation sim = simulator.start(p.scenario(),
                        org.feedbackstudio.core.EventSink.NONE)) {
                    ticks = sim.totalTicks();
                }
                if (p.speed() <= 0 || ticks / p.speed() < 5) {
                    tooFast.add(simulator.id() + " \"" + p.title() + "\": " + ticks + " ticks at "
                            + (p.speed() <= 0 ? "max" : p.speed() + "/s"));
                }
            }
        }
        assertTrue(tooFast.isEmpty(), "over in under 5 seconds: " + tooFast);
    }

    @Test
    void aPresetStartsAtItsSuggestedSpeed(FxRobot robot) throws Exception {
        Simulator donor = catalog.find("donor-game").orElseThrow();
        Preset hidden = preset("donor-game", "Classroom: reputations hidden");
        assertEquals(50, hidden.speed());
        fx(() -> {
            window.choose(donor, hidden);
            return null;
        });
        assertEquals(50.0, fx(window::speed));
        assertEquals("50/s", speedLabel(robot));
        Preset check = preset("donor-game", "Check: everyone gives everything");
        fx(() -> {
            window.choose(donor, check);
            return null;
        });
        assertEquals(0.0, fx(window::speed));
        assertEquals("max", speedLabel(robot));
        Simulator negotiation = catalog.find("negotiation").orElseThrow();
        fx(() -> {
            window.choose(negotiation, preset("negotiation", "Paper: seller improves"));
            return null;
        });
        assertEquals("1/s", speedLabel(robot));
    }

    @Test
    void aPresetOfAnotherSimulatorStaysHighlightedWithItsOwnText(FxRobot robot) throws Exception {
        Simulator donor = catalog.find("donor-game").orElseThrow();
        fx(() -> {
            window.choose(donor, preset("donor-game", "Paper: 12 agents"));
            return null;
        });
        waitFor(() -> window.viewModel().runState() == RunState.READY);
        fx(() -> {
            window.step();
            return null;
        });
        waitFor(() -> window.eventLog().lines("donation").size() > 0);
        Preset seller = preset("negotiation", "Paper: seller improves");
        fx(() -> {
            window.catalog().selectPreset(seller);
            return null;
        });
        waitFor(() -> window.viewModel().simulator().id().equals("negotiation"));
        CatalogPane.Entry shown = fx(() -> window.catalog().selected());
        assertEquals(seller.resource(), shown.preset() == null ? null : shown.preset().resource(),
                "the preset is highlighted, not its simulator's heading");
        assertEquals(seller.scenario().description(), fx(() -> window.catalog().description()));
        // The previous run's events went when the preset was chosen, before the new run reported.
        assertEquals(0, (int) fx(() -> window.eventLog().lines("donation").size()));
    }
}
