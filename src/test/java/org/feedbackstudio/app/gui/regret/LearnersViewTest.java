package org.feedbackstudio.app.gui.regret;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.feedbackstudio.app.gui.StudioWindow;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.regret.SwitchingCostsDetail;
import org.feedbackstudio.regret.SwitchingCostsDetail.LearnerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.feedbackstudio.app.gui.StudioFx;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Learners tab on the real catalog: what it draws is what the simulation's snapshot holds. */
@ExtendWith(ApplicationExtension.class)
class LearnersViewTest {
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



    private Scenario preset(String title) throws Exception {
        return Presets.of(catalog, "switching-costs").stream().filter(p -> p.title().equals(title)).findFirst()
                .map(Preset::scenario).orElseThrow();
    }

    /** Loads a scenario and brings the Learners tab to the front; returns the view. */
    private LearnersView open(FxRobot robot, Scenario scenario) throws Exception {
        fx(() -> {
            window.load(scenario);
            return null;
        });
        String ready = "Ready";
        waitFor(() -> ready.equals(((Label) robot.lookup("#status-state").query()).getText()));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        Tab tab = fx(() -> tabs.getTabs().stream().filter(t -> t.getUserData() instanceof LearnersView)
                .findFirst().orElseThrow());
        fx(() -> {
            tabs.getSelectionModel().select(tab);
            return null;
        });
        return (LearnersView) tab.getUserData();
    }

    private static String state(FxRobot robot) {
        return ((Label) robot.lookup("#status-state").query()).getText();
    }

    /** The simulation's own snapshot, once the view shows the same round. */
    private SwitchingCostsDetail truthAt(LearnersView view, long tick) throws Exception {
        waitFor(() -> view.shownDetail() != null && view.shownDetail().tick() == tick);
        Inspection<SwitchingCostsDetail> inspection = fx(() -> window.inspect(SwitchingCostsDetail.class))
                .get(10, TimeUnit.SECONDS);
        assertEquals(tick, inspection.tick());
        return inspection.detail();
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void assertShows(LearnersView view, SwitchingCostsDetail truth) throws Exception {
        List<LearnerCard> cards = fx(view::cards);
        assertEquals(truth.learners().size(), cards.size(), "one card per learner");
        for (int i = 0; i < cards.size(); i++) {
            LearnerState s = truth.learners().get(i);
            ActionBars bars = cards.get(i).bars();
            assertArrayEquals(array(s.probabilities()), fx(bars::values), 0.0, s.id());
            ShownActions shown = fx(bars::shown);
            assertTrue(shown.all(), "ten actions: a bar each");
            double sum = shown.actions().stream().mapToDouble(bars::value).sum();
            assertEquals(1.0, sum, 1e-9, "the bars of " + s.id() + " add up to 1");
            assertEquals(s.action(), (int) fx(bars::played), "the played action is the outlined one");
            assertEquals(truth.bestAction(), (int) fx(bars::best));
            assertEquals(LearnerCard.blockText(s), fx(cards.get(i)::blockText));
        }
        assertArrayEquals(array(truth.cumulativeLoss()), fx(() -> view.losses().values()), 0.0);
        assertEquals(truth.bestAction(), (int) fx(() -> view.losses().best()));
        assertTrue(fx(view::header).contains("best action in hindsight: " + truth.bestAction()), fx(view::header));
    }

    @Test
    void stepsAndARunShowEachLearnersDistributionAndBudget(FxRobot robot) throws Exception {
        LearnersView view = open(robot, preset("The B_ex phase transition"));
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#step");
        }
        SwitchingCostsDetail after5 = truthAt(view, 5);
        assertShows(view, after5);
        assertTrue(fx(view::header).startsWith("Round 5 of 100,000"), fx(view::header));

        robot.clickOn("#play");
        waitFor(() -> "Finished".equals(state(robot)));
        SwitchingCostsDetail end = truthAt(view, 100_000);
        assertShows(view, end);
        LearnerState budgeted = end.learners().get(1);
        assertEquals("budgeted", budgeted.id());
        assertEquals(20_000, budgeted.budget());
        assertTrue(budgeted.observations() > 0 && budgeted.observations() <= 20_000);
        assertEquals(LearnerCard.budgetText(budgeted, "B_ex"), fx(() -> view.cards().get(1).budgetText()));
        assertTrue(fx(() -> view.cards().get(1).budgetText()).contains("of B_ex = 20,000 observations"));
        assertEquals("", fx(() -> view.cards().get(0).budgetText()), "batched EXP3 has no budget");
    }

    @Test
    void aThousandActionsShowTheLikeliestWithThePlayedAndBestOnes(FxRobot robot) throws Exception {
        Scenario big = preset("Bandit feedback: regret grows like T^(2/3)");
        big = big.withParameters(big.parameters().with("actions", 1000L));
        LearnersView view = open(robot, big);
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#step");
        }
        SwitchingCostsDetail truth = truthAt(view, 3);
        for (int i = 0; i < truth.learners().size(); i++) {
            LearnerState s = truth.learners().get(i);
            ActionBars bars = fx(() -> view.cards()).get(i).bars();
            ShownActions shown = fx(bars::shown);
            assertFalse(shown.all());
            assertTrue(shown.actions().size() >= 5 && shown.actions().size() < 100, shown.actions().toString());
            assertTrue(shown.actions().contains(s.action()), "the played action is among the bars");
            assertTrue(shown.actions().contains(truth.bestAction()), "so is the best one");
            double[] p = array(s.probabilities());
            for (int j = 1; j < shown.actions().size(); j++) {
                assertTrue(p[shown.actions().get(j - 1)] >= p[shown.actions().get(j)], "likeliest first");
            }
            for (int a : shown.actions()) {
                assertEquals(p[a], bars.value(a), 0.0);
            }
            assertEquals(1.0, shown.actions().stream().mapToDouble(a -> p[a]).sum() + shown.hiddenSum(p), 1e-9);
            String caption = fx(() -> view.cards()).get(i).caption();
            assertTrue(caption.contains("likeliest of 1,000 actions"), caption);
        }
        ShownActions losses = fx(() -> view.losses().shown());
        assertFalse(losses.all());
        assertEquals(truth.bestAction(), (int) losses.actions().get(0), "the lowest loss first");
        assertTrue(fx(view::lossCaption).contains("lowest of 1,000 actions"), fx(view::lossCaption));
    }
}
