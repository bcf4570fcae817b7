package org.feedbackstudio.app.gui.regret;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.feedbackstudio.app.gui.kit.Numbers;
import org.feedbackstudio.core.Choice;
import org.feedbackstudio.regret.LearnerKind;
import org.feedbackstudio.regret.SwitchingCostsDetail.LearnerState;

import java.util.Locale;

/**
 * One learner: its regret and switches, where it stands in its blocks, what it has spent of its
 * budget, and its distribution over the actions.
 */
final class LearnerCard {
    private final VBox box = new VBox(4);
    private final Rectangle swatch = new Rectangle(12, 12);
    private final Label name = new Label();
    private final Label score = new Label();
    private final ProgressBar blockBar = new ProgressBar(0);
    private final Label blockText = new Label();
    private final HBox blockRow;
    private final ProgressBar budgetBar = new ProgressBar(0);
    private final Label budgetText = new Label();
    private final HBox budgetRow;
    private final Label setup = new Label();
    private final ActionBars bars = new ActionBars(ActionBars.Kind.PROBABILITY);
    private final Label caption = new Label();
    private String captionText = "";
    private final Color colour;

    LearnerCard(Color colour) {
        this.colour = colour;
        swatch.setFill(colour);
        name.setStyle(Styles.TITLE);
        score.setStyle(Styles.SCORE);
        // The name and the score flow onto two lines in a narrow card rather than losing their ends.
        HBox named = new HBox(8, swatch, name);
        named.setAlignment(Pos.CENTER_LEFT);
        name.setMinWidth(Region.USE_PREF_SIZE);
        score.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane title = new javafx.scene.layout.FlowPane(12, 2, named, score);
        title.setAlignment(Pos.CENTER_LEFT);
        blockBar.setPrefWidth(100);
        budgetBar.setPrefWidth(100);
        blockText.setWrapText(true);
        budgetText.setWrapText(true);
        blockText.setMinWidth(0);
        budgetText.setMinWidth(0);
        blockBar.setMinWidth(60);
        budgetBar.setMinWidth(60);
        HBox.setHgrow(blockText, Priority.ALWAYS);
        HBox.setHgrow(budgetText, Priority.ALWAYS);
        blockRow = new HBox(8, blockBar, blockText);
        blockRow.setAlignment(Pos.CENTER_LEFT);
        budgetRow = new HBox(8, budgetBar, budgetText);
        budgetRow.setAlignment(Pos.CENTER_LEFT);
        setup.setStyle(Styles.NOTE);
        setup.setWrapText(true);
        caption.setStyle(Styles.NOTE);
        caption.setWrapText(true);
        bars.hoverTextProperty().addListener((o, was, now) -> caption.setText(now != null ? now : captionText));
        VBox.setVgrow(bars, Priority.ALWAYS);
        box.getChildren().addAll(title, blockRow, budgetRow, setup, bars, caption);
        box.setPadding(new Insets(8));
        box.setStyle(Styles.CARD);
    }

    VBox node() {
        return box;
    }

    ActionBars bars() {
        return bars;
    }

    Color colour() {
        return colour;
    }

    String blockText() {
        return blockText.getText();
    }

    String budgetText() {
        return budgetRow.isVisible() ? budgetText.getText() : "";
    }

    String caption() {
        return captionText;
    }

    /**
     * @param state        the learner at the snapshot
     * @param best         the best action in hindsight
     * @param budgetSymbol what the budget is called under this feedback ("B" or "B_ex")
     */
    void show(LearnerState state, int best, String budgetSymbol) {
        LearnerKind kind = Choice.byId(LearnerKind.class, state.id());
        name.setText(kind.label());
        score.setText(String.format(Locale.ROOT, "regret %s · %s switches", Scales.loss(state.regret()),
                Numbers.count(state.switches())));
        boolean perRound = perRound(kind);
        blockRow.setVisible(!perRound);
        blockRow.setManaged(!perRound);
        if (!perRound) {
            blockBar.setProgress(blockProgress(state));
            blockText.setText(blockText(state));
        } else {
            blockText.setText("");
        }
        boolean spends = state.budget() > 0;
        budgetRow.setVisible(spends);
        budgetRow.setManaged(spends);
        if (spends) {
            budgetBar.setProgress(Math.min(1, (double) state.observations() / state.budget()));
            budgetText.setText(budgetText(state, budgetSymbol));
        }
        setup.setText(state.setup());
        double[] p = state.probabilities().stream().mapToDouble(Double::doubleValue).toArray();
        bars.showProbabilities(p, state.action(), best, colour);
        captionText = caption(kind, state, best, bars.shown(), p);
        if (bars.hoverTextProperty().get() == null) {
            caption.setText(captionText);
        }
    }

    /** EXP3 and the two Hedges draw (or may redraw) every round; the others hold an action per block. */
    static boolean perRound(LearnerKind kind) {
        return kind == LearnerKind.EXP3 || kind == LearnerKind.HEDGE || kind == LearnerKind.LAZY_HEDGE;
    }

    /** Blocks completed out of N: the block in progress counts as not done. */
    static double blockProgress(LearnerState s) {
        return s.blocks() == 0 ? 0 : Math.min(1, (double) (s.block() - 1) / s.blocks());
    }

    /** "block 12 of 6,250 · τ = 16 rounds", or "all 6,250 blocks played · τ = 16 rounds" at the end. */
    static String blockText(LearnerState s) {
        String tau = "τ = " + Numbers.count(s.blockLength()) + (s.blockLength() == 1 ? " round" : " rounds");
        if (s.block() > s.blocks()) {
            return "all " + Numbers.count(s.blocks()) + " blocks played · " + tau;
        }
        return "block " + Numbers.count(s.block()) + " of " + Numbers.count(s.blocks()) + " · " + tau;
    }

    /** "12,034 of B_ex = 20,000 observations spent (60%)". */
    static String budgetText(LearnerState s, String symbol) {
        return String.format(Locale.ROOT, "%s of %s = %s observations spent (%.0f%%)", Numbers.count(s.observations()),
                symbol, Numbers.count(s.budget()), 100.0 * s.observations() / s.budget());
    }

    private static String caption(LearnerKind kind, LearnerState s, int best, ShownActions shown, double[] p) {
        StringBuilder text = new StringBuilder();
        if (perRound(kind)) {
            text.append(kind == LearnerKind.LAZY_HEDGE
                    ? "The distribution of the next round's action (lazy: it keeps its action unless it redraws)."
                    : "The distribution it draws the next round's action from.");
        } else {
            text.append("The distribution this block's action was drawn from.");
        }
        text.append(s.action() < 0 ? " Nothing played yet." : " Outlined: action " + s.action() + ", played now.");
        text.append(" ▲ action ").append(best).append(", best in hindsight");
        text.append(s.action() == best ? " (the one played)." : ".");
        if (!shown.all()) {
            text.append(String.format(Locale.ROOT, " The %d likeliest of %s actions; the other %s hold %.1f%%.",
                    shown.actions().size(), Numbers.count(shown.total()), Numbers.count(shown.hidden()),
                    100 * shown.hiddenSum(p)));
        }
        return text.toString();
    }

    void setZoom(double zoom) {
        bars.setZoom(zoom);
        swatch.setWidth(12 * zoom);
        swatch.setHeight(12 * zoom);
        blockBar.setPrefWidth(100 * zoom);
        budgetBar.setPrefWidth(100 * zoom);
    }
}
