package org.feedbackstudio.app.gui.negotiation;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.feedbackstudio.app.gui.StudioWindow;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.negotiation.GameRecord;
import org.feedbackstudio.negotiation.Money;
import org.feedbackstudio.negotiation.NegotiationSimulator;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.feedbackstudio.app.gui.StudioFx;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Games view in the studio, headless, on the real catalog: a preset is run, a click on the price chart
 * opens a game, and what the view shows is checked against the same run played without the studio.
 */
@ExtendWith(ApplicationExtension.class)
class GamesViewTest {
    private static final Catalog CATALOG = Catalog.standard();
    private StudioWindow window;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(CATALOG, () -> stage);
        StudioFx.show(stage, window);
    }

    @AfterEach
    void close() {
        window.close();
    }



    private static Scenario preset(String title) throws Exception {
        for (Preset p : Presets.of(CATALOG, "negotiation")) {
            if (p.title().equals(title)) {
                return p.scenario();
            }
        }
        throw new AssertionError("no preset called " + title);
    }

    /** Loads a preset, finds the Games tab and runs the preset to its end. */
    private GamesView loadAndRun(FxRobot robot, Scenario scenario) throws Exception {
        GamesView view = fx(() -> {
            window.load(scenario);
            tabs = (TabPane) window.root().lookup("#tabs");
            for (Tab t : tabs.getTabs()) {
                if (t.getUserData() instanceof GamesView v) {
                    return v;
                }
            }
            return null;
        });
        assertNotNull(view, "the negotiation brings a Games tab");
        waitFor(() -> view.state() == RunState.READY);
        robot.clickOn("#play");
        waitFor(() -> view.state() == RunState.FINISHED);
        return view;
    }

    /** Where round {@code round} lies on a chart's x axis, on screen, half-way up the plot. */
    private static Point2D screenPointOf(ChartViewer viewer, double round) {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = viewer.getChart().getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(round, area, plot.getDomainAxisEdge());
        return viewer.getCanvas().localToScreen(x, area.getCenterY());
    }

    private ChartViewer priceChartOnChartsTab() {
        for (Node n : window.root().lookupAll(".live-chart")) {
            if (n.lookup(".chart-caption") instanceof Label l
                    && l.getText().equals(NegotiationSimulator.PRICE_CHART) && n.getScene() != null
                    && !isInside(n, "negotiation-games")) {
                return find(n);
            }
        }
        throw new AssertionError("no price chart on the Charts tab");
    }

    private static boolean isInside(Node n, String id) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (id.equals(p.getId())) {
                return true;
            }
        }
        return false;
    }

    private static ChartViewer find(Node n) {
        if (n instanceof ChartViewer v) {
            return v;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                ChartViewer v = find(c);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> transcriptOf(SimEvent event) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> line : (List<Map<String, Object>>) event.data().get("lines")) {
            out.add(line.get("speaker") + ": " + line.get("text"));
        }
        return out;
    }

    @Test
    void aClickOnTheSellerPresetsPriceChartOpensATypicalGameOfThatRound(FxRobot robot) throws Exception {
        Scenario scenario = preset("Paper: seller improves (5 rounds)");
        Games.Run expected = Games.play(scenario);
        GamesView view = loadAndRun(robot, scenario);

        ChartViewer chart = fx(this::priceChartOnChartsTab);
        Point2D round3 = fx(() -> screenPointOf(chart, 3));
        robot.clickOn(round3);
        waitFor(() -> view.listedRound() == 3 && view.shownGame().isPresent());
        assertSame(view.node(), fx(() -> tabs.getSelectionModel().getSelectedItem().getContent()),
                "the click brings the Games tab to the front");

        // The list holds every game of round 3, as many deals as the round's event counts.
        SimEvent roundEvent = expected.of("round", 3).get(0);
        List<GameRow> rows = fx(view::listedRows);
        assertEquals(roundEvent.data().get("gamesPlayed"), rows.size());
        assertEquals(roundEvent.data().get("deals"), (int) rows.stream().filter(GameRow::isDeal).count());

        // The game opened is a deal whose price is the closest to the round's mean price.
        GameRecord shown = fx(() -> view.shownGame().orElseThrow());
        assertEquals(3, shown.round());
        SimEvent transcript = expected.game("transcript", 3, shown.chain());
        assertEquals("deal", transcript.data().get("outcome"));
        double price = (Double) transcript.data().get("price");
        double mean = (Double) roundEvent.data().get("meanPrice");
        for (SimEvent other : expected.of("transcript", 3)) {
            if ("deal".equals(other.data().get("outcome"))) {
                assertTrue(Math.abs((Double) other.data().get("price") - mean) >= Math.abs(price - mean));
            }
        }

        // The transcript and the price shown are the event's.
        assertEquals(transcriptOf(transcript), fx(() -> view.transcript().lines()));
        String dollars = Money.format(Money.cents(price));
        assertEquals("Round 3, game " + (shown.chain() + 1) + ": deal at " + dollars + " in exchange "
                + transcript.data().get("turns"), fx(view::headlineText));
        assertTrue(fx(() -> view.transcript().verdict()).startsWith("Deal at " + dollars + "."));

        // The feedback shown is the feedback event of that game.
        SimEvent feedback = expected.game("feedback", 3, shown.chain());
        assertEquals(feedback.data().get("suggestions"), fx(() -> view.feedback().suggestions()));
        assertEquals(feedback.data().get("carryOver"), fx(() -> view.feedback().carryOver()));
        List<?> changes = (List<?>) feedback.data().get("changes");
        assertEquals(changes.size(), fx(() -> view.feedback().changes()).size());

        // One point per offer on the concession chart, at the offered prices.
        List<?> sellerOffers = (List<?>) transcript.data().get("sellerOffers");
        List<?> buyerOffers = (List<?>) transcript.data().get("buyerOffers");
        assertEquals(sellerOffers.size(), (int) fx(() -> view.concession().points(0)));
        assertEquals(buyerOffers.size(), (int) fx(() -> view.concession().points(1)));
        assertEquals(1, (int) fx(() -> view.concession().points(2)), "the deal is marked");
        for (int i = 0; i < sellerOffers.size(); i++) {
            int item = i;
            assertEquals((Double) sellerOffers.get(i), fx(() -> view.concession().series(0).getY(item).doubleValue()));
        }
        assertEquals(price, fx(() -> view.concession().series(2).getY(0).doubleValue()));
    }

    @Test
    void aGameChosenFromTheListAndTheSameChainsNextRound(FxRobot robot) throws Exception {
        Scenario scenario = preset("Paper: buyer improves");
        Games.Run expected = Games.play(scenario);
        GamesView view = loadAndRun(robot, scenario);
        fx(() -> {
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> t.getUserData() == view).findFirst().orElseThrow());
            return null;
        });
        // Shown the Games tab, the view follows the last round until the user picks something.
        waitFor(() -> view.listedRound() == 5 && view.shownGame().isPresent());

        // Pick round 2 and, from its list, a game that broke.
        fx(() -> {
            view.openRound(2, false);
            return null;
        });
        waitFor(() -> view.listedRound() == 2 && view.shownGame().map(g -> g.round() == 2).orElse(false));
        GameRow broken = fx(() -> view.listedRows().stream().filter(r -> !r.isDeal()).findFirst().orElseThrow());
        fx(() -> {
            view.table().getSelectionModel().select(broken);
            return null;
        });
        waitFor(() -> view.shownGame().map(g -> g.chain() == broken.chain()).orElse(false));
        SimEvent event = expected.game("transcript", 2, broken.chain());
        assertEquals(transcriptOf(event), fx(() -> view.transcript().lines()));
        assertTrue(fx(() -> view.transcript().verdict()).startsWith("No deal."));
        assertTrue(fx(() -> view.headlineText()).contains("game " + broken.game() + ":"));
        assertEquals(event.data().containsKey("price") ? 1 : 0, (int) fx(() -> view.concession().points(2)),
                "an agreement out of range is marked; a game that ran out of time has none");

        // Showing only the deals leaves the broken game on show.
        fx(() -> {
            view.filterChoice().setValue("Deals");
            return null;
        });
        assertTrue(fx(() -> view.table().getItems().stream().allMatch(GameRow::isDeal)));
        assertEquals(fx(() -> view.listedRows().stream().filter(GameRow::isDeal).count()),
                (long) fx(() -> view.table().getItems().size()));
        assertEquals(broken.chain(), fx(() -> view.shownGame().orElseThrow().chain()));

        // A deal of round 2, then the same chain one round later: the feedback it carried is about that deal.
        GameRow deal = fx(() -> view.listedRows().stream().filter(GameRow::isDeal).findFirst().orElseThrow());
        fx(() -> {
            view.table().getSelectionModel().select(deal);
            return null;
        });
        waitFor(() -> view.shownGame().map(g -> g.chain() == deal.chain() && g.round() == 2).orElse(false));
        robot.clickOn("round 3 ▶");
        waitFor(() -> view.shownGame().map(g -> g.round() == 3).orElse(false));
        assertEquals(deal.chain(), fx(() -> view.shownGame().orElseThrow().chain()));
        String carry = fx(() -> view.feedback().carryOver());
        assertEquals("Your goal is to buy the balloon at a lower price than the previous round, i.e., lower than "
                + Money.format(Money.cents(deal.price())) + ".", carry);
        assertEquals(expected.game("feedback", 3, deal.chain()).data().get("suggestions"),
                fx(() -> view.feedback().suggestions()));
    }

    @Test
    void theFeedbackBesideAHandMadeGameSaysWhatChangedAndWhy() throws Exception {
        GameRecord g = Games.sellerDeal();
        List<String> texts = fx(() -> {
            FeedbackPane pane = new FeedbackPane();
            pane.show(g, true);
            return pane.texts();
        });
        assertEquals(List.of(
                "Before this game the critic told the seller:",
                "1. " + g.feedbackIn().suggestions().get(0).sentence(),
                "2. " + g.feedbackIn().suggestions().get(1).sentence(),
                "3. " + g.feedbackIn().suggestions().get(2).sentence(),
                "Your goal is to sell the balloon at a higher price than the previous round, i.e., higher than $16.50.",
                "What it changed in the seller's tactic",
                "first counter-offer: $17.50 → $18",
                "concession exponent e: 0.600 → 0.500",
                "walk-away price: $13 → $14.20",
                "The carry-over goal moved the walk-away price on to $15.",
                "Tactics in this game",
                "Seller (coached): first counter-offer $18 · walk-away $15 · e = 0.500 (Boulware)",
                "Buyer (fixed rival): first counter-offer $12 · walk-away $17.50 · e = 1.500 (Conceder) · tit-for-tat 0.30"),
                texts);
        List<String> first = fx(() -> {
            FeedbackPane pane = new FeedbackPane();
            pane.show(new GameRecord(1, 0, 0, g.improvingSide(), g.outcome(), g.price(), g.turns(), g.closer(),
                    g.lines(), g.sellerOffers(), g.buyerOffers(), g.improver(), g.rival(), null), true);
            return pane.texts();
        });
        assertTrue(first.get(0).startsWith("None yet: round 1 is the chain's first game."), first.get(0));
    }

    @Test
    void theClassroomPresetRunsWithItsOwnExponentsAfterAnotherPreset(FxRobot robot) throws Exception {
        loadAndRun(robot, preset("Paper: seller improves (5 rounds)"));
        Scenario classroom = preset("Classroom: Boulware vs Conceder seller");
        assertEquals(0.2, classroom.parameters().getDouble("concessionExponent"));
        GamesView view = loadAndRun(robot, classroom);
        // 0.2 lies off the slider's grid (0.02 + k × 0.05): showing the preset must not change it.
        assertEquals(classroom.parameters(), fx(() -> view.runInfo().scenario().parameters()));
        fx(() -> {
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> t.getUserData() == view).findFirst().orElseThrow());
            return null;
        });
        waitFor(() -> view.listedRound() == 5 && view.shownGame().isPresent());
        List<GameRow> rows = fx(view::listedRows);
        // Even chains start Boulware, odd chains Conceder; the list says which.
        for (GameRow r : rows) {
            assertEquals(r.chain() % 2 == 0 ? "Boulware" : "Conceder", r.style());
        }
        Games.Run expected = Games.play(classroom);
        assertEquals(expected.of("round", 5).get(0).data().get("gamesPlayed"), rows.size());
    }
}
