package org.feedbackstudio.app.gui.creators;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.feedbackstudio.app.gui.StudioFx;
import org.feedbackstudio.app.gui.StudioWindow;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.creators.CreatorPlatformDetail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.TimeUnit;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The creator platform's views in the studio, headless, on the classroom preset. */
@ExtendWith(ApplicationExtension.class)
class CreatorViewsStudioTest {
    private StudioWindow window;
    private final Catalog catalog = Catalog.standard();

    @Start
    void start(Stage stage) {
        window = new StudioWindow(catalog, () -> stage);
        StudioFx.show(stage, window);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private Scenario classroom() throws Exception {
        for (Preset p : Presets.of(catalog, "creator-platform")) {
            if (p.title().startsWith("Classroom")) {
                return p.scenario();
            }
        }
        throw new AssertionError("no classroom preset");
    }

    /** A call on the JavaFX thread inside a condition, which may not throw checked exceptions. */
    private static <T> T unchecked(java.util.concurrent.Callable<T> call) {
        try {
            return fx(call);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void showTab(FxRobot robot, String title) throws Exception {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        fx(() -> {
            for (Tab t : tabs.getTabs()) {
                if (t.getText().equals(title)) {
                    tabs.getSelectionModel().select(t);
                    return null;
                }
            }
            throw new AssertionError("no tab " + title);
        });
    }

    @Test
    void theCreatorsViewShowsAPickedCreatorsBeliefsItemsAndDeparture(FxRobot robot) throws Exception {
        fx(() -> {
            window.load(classroom());
            return null;
        });
        showTab(robot, "Creators");
        CreatorsView view = CreatorsView.of(robot.lookup("#" + CreatorsView.ID).query());
        assertNotNull(view);
        robot.clickOn("#play");
        waitFor(() -> unchecked(view::shownTick) == 40 && unchecked(() -> view.listed().size()) == 20);
        CreatorPlatformDetail d = window.inspect(CreatorPlatformDetail.class).get(30, TimeUnit.SECONDS).detail();
        CreatorPlatformDetail.CreatorState gone = d.creators().stream().filter(c -> !c.active()).findFirst()
                .orElseThrow(() -> new AssertionError("the classroom preset drives some creators away"));
        fx(() -> {
            view.select(gone.id());
            return null;
        });
        waitFor(() -> view.headerText().startsWith(gone.name() + ": left in round " + gone.departedRound()));
        assertTrue(view.headerText().contains("got no click"), view.headerText());
        assertEquals(gone.items().size(), (int) fx(view::itemRows));
        assertEquals(BeliefSeries.of(gone, d.genres().size()).size(), (int) fx(view::beliefLines));
        assertTrue(fx(view::beliefLines) > 0, "it had believed something about some genre");
    }

    @Test
    void theRecommendersViewOverlaysAllFourFromTheLoadedSeed(FxRobot robot) throws Exception {
        fx(() -> {
            window.load(classroom());
            return null;
        });
        showTab(robot, "Recommenders");
        RecommendersView view = RecommendersView.of(robot.lookup("#" + RecommendersView.ID).query());
        assertNotNull(view);
        robot.clickOn("#creators-run-all");
        waitFor(() -> unchecked(() -> view.lines(3)) == 4);
        for (int chart = 0; chart < 4; chart++) {
            int c = chart;
            assertEquals(4, (int) fx(() -> view.lines(c)), "one line per recommender in chart " + c);
        }
    }
}
