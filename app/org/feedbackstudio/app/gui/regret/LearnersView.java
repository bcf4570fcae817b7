package org.feedbackstudio.app.gui.regret;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.charts.Palette;
import org.feedbackstudio.app.gui.kit.Numbers;
import org.feedbackstudio.core.Choice;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.regret.Feedback;
import org.feedbackstudio.regret.LearnerKind;
import org.feedbackstudio.regret.SwitchingCostsDetail;
import org.feedbackstudio.regret.SwitchingCostsDetail.LearnerState;
import org.feedbackstudio.regret.SwitchingCostsSimulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The switching-costs learners side by side: each one's distribution over the K actions, the action it
 * plays, its block and its budget, beside every action's cumulative loss so the best action in
 * hindsight — the one regret is measured against — shows why it is best. Fed by inspections (about
 * twice a second while visible); learner colours match the charts.
 */
public final class LearnersView implements SimulatorView<SwitchingCostsDetail> {
    private final VBox content = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label header = new Label();
    private final GridPane grid = new GridPane();
    private final VBox lossTile = new VBox(4);
    private final ActionBars losses = new ActionBars(ActionBars.Kind.LOSS);
    private final Label lossTitle = new Label("Cumulative loss per action");
    private final Label lossCaption = new Label();
    private String lossCaptionText = "";
    private final List<LearnerCard> cards = new ArrayList<>();
    private long horizon;
    private String budgetSymbol = "B";
    private boolean presentation;
    private SwitchingCostsDetail shown;

    public LearnersView() {
        header.setWrapText(true);
        header.setStyle(Styles.HEADER);
        lossTitle.setStyle(Styles.TITLE);
        lossCaption.setWrapText(true);
        lossCaption.setStyle(Styles.NOTE);
        losses.hoverTextProperty().addListener((o, was, now) -> lossCaption.setText(now != null ? now : lossCaptionText));
        VBox.setVgrow(losses, Priority.ALWAYS);
        lossTile.getChildren().addAll(lossTitle, losses, lossCaption);
        lossTile.setPadding(new Insets(8));
        lossTile.setStyle(Styles.CARD);
        grid.setHgap(8);
        grid.setVgap(8);
        content.getChildren().addAll(header, grid);
        content.setPadding(new Insets(8));
        scroll.setFitToWidth(true);
        scroll.setId("regret-learners");
        waiting();
    }

    @Override
    public String title() {
        return "Learners";
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public boolean wantsInspections() {
        return true;
    }

    @Override
    public void runStarted(RunInfo info) {
        ParameterValues values = info.scenario().parameters();
        horizon = values.get(SwitchingCostsSimulator.HORIZON);
        budgetSymbol = Choice.byId(Feedback.class, values.get(SwitchingCostsSimulator.FEEDBACK)) == Feedback.EXTRA ? "B_ex" : "B";
        shown = null;
        cards.clear();
        grid.getChildren().clear();
        waiting();
    }

    private void waiting() {
        header.setText("Press Step or Play: each learner's distribution over the actions shows here, beside every"
                + " action's cumulative loss.");
    }

    @Override
    public void inspected(Inspection<SwitchingCostsDetail> inspection) {
        show(inspection.detail());
    }

    private void show(SwitchingCostsDetail detail) {
        shown = detail;
        List<LearnerState> learners = detail.learners();
        if (cards.size() != learners.size()) {
            cards.clear();
            for (int i = 0; i < learners.size(); i++) {
                cards.add(new LearnerCard(Palette.fx(i))); // the same colour as the learner's curves
            }
            cards.forEach(c -> c.setZoom(presentation ? 1.5 : 1));
            layoutTiles();
        }
        header.setText(headerText(detail, horizon));
        double[] cumulative = detail.cumulativeLoss().stream().mapToDouble(Double::doubleValue).toArray();
        List<ActionBars.Marker> markers = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            LearnerState s = learners.get(i);
            cards.get(i).show(s, detail.bestAction(), budgetSymbol);
            if (s.action() >= 0) {
                markers.add(new ActionBars.Marker(s.action(), cards.get(i).colour(),
                        Choice.byId(LearnerKind.class, s.id()).label()));
            }
        }
        losses.showLosses(cumulative, detail.bestAction(), markers);
        lossCaptionText = lossCaption(detail, losses.shown(), cumulative);
        if (losses.hoverTextProperty().get() == null) {
            lossCaption.setText(lossCaptionText);
        }
    }

    /** The loss chart first, then one card per learner, two to a row (one in presentation mode). */
    private void layoutTiles() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        int columns = presentation ? 1 : 2;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        List<Node> tiles = new ArrayList<>();
        tiles.add(lossTile);
        cards.forEach(c -> tiles.add(c.node()));
        for (int i = 0; i < tiles.size(); i++) {
            Node n = tiles.get(i);
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
            boolean lastAlone = columns == 2 && i == tiles.size() - 1 && i % 2 == 0;
            grid.add(n, i % columns, i / columns, lastAlone ? 2 : 1, 1);
        }
    }

    /** "Round 40,000 of 100,000 · best action in hindsight: 7, 1,234.5 less loss than action 3 · adversary: …". */
    static String headerText(SwitchingCostsDetail d, long horizon) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Round %s of %s", Numbers.count(d.tick()),
                Numbers.count(horizon)));
        List<Double> loss = d.cumulativeLoss();
        if (d.tick() == 0) {
            text.append(" · no round played yet, so every action is as good as any other");
        } else {
            int runnerUp = -1;
            for (int a = 0; a < loss.size(); a++) {
                if (a != d.bestAction() && (runnerUp < 0 || loss.get(a) < loss.get(runnerUp))) {
                    runnerUp = a;
                }
            }
            text.append(" · best action in hindsight: ").append(d.bestAction());
            if (runnerUp >= 0) {
                text.append(", ").append(Scales.loss(loss.get(runnerUp) - loss.get(d.bestAction())))
                        .append(" less loss than the runner-up, action ").append(runnerUp);
            }
        }
        text.append(" · adversary: ").append(d.adversary());
        return text.toString();
    }

    private static String lossCaption(SwitchingCostsDetail d, ShownActions shown, double[] cumulative) {
        StringBuilder text = new StringBuilder("What each action would have lost had it been played every round so"
                + " far. Dark: the best in hindsight, the yardstick of regret; dashed: its level. Dots: the action"
                + " each learner plays now.");
        if (!shown.all()) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            Set<Integer> visible = new HashSet<>(shown.actions());
            for (int a = 0; a < cumulative.length; a++) {
                if (!visible.contains(a)) {
                    low = Math.min(low, cumulative[a]);
                    high = Math.max(high, cumulative[a]);
                }
            }
            text.append(String.format(Locale.ROOT, " The %d lowest of %s actions; the other %s lost %s to %s.",
                    shown.actions().size(), Numbers.count(shown.total()), Numbers.count(shown.hidden()),
                    Scales.loss(low), Scales.loss(high)));
        }
        return text.toString();
    }

    @Override
    public void setPresentation(boolean on) {
        presentation = on;
        double zoom = on ? 1.5 : 1;
        losses.setZoom(zoom);
        cards.forEach(c -> c.setZoom(zoom));
        layoutTiles();
    }

    // ---------------------------------------------------------------- for tests

    List<LearnerCard> cards() {
        return List.copyOf(cards);
    }

    ActionBars losses() {
        return losses;
    }

    /** The snapshot on screen, or null before the first one. */
    SwitchingCostsDetail shownDetail() {
        return shown;
    }

    String header() {
        return header.getText();
    }

    String lossCaption() {
        return lossCaptionText;
    }
}
