package org.feedbackstudio.app.gui.negotiation;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.feedbackstudio.negotiation.Feedback;
import org.feedbackstudio.negotiation.GameRecord;
import org.feedbackstudio.negotiation.Knob;
import org.feedbackstudio.negotiation.Money;
import org.feedbackstudio.negotiation.Side;
import org.feedbackstudio.negotiation.Suggestion;
import org.feedbackstudio.negotiation.TacticChange;

import java.util.ArrayList;
import java.util.List;

/**
 * The critic's feedback that went into a game — its suggestions, the carry-over line and the tactic
 * changes they made — and both sides' tactics in the game.
 */
final class FeedbackPane {
    private final VBox box = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(box);
    private final List<String> suggestions = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private String carryOver = "";

    FeedbackPane() {
        box.setPadding(new Insets(6, 10, 8, 10));
        box.setStyle("-fx-background-color: white;");
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: white;");
        scroll.setId("negotiation-feedback");
        clear();
    }

    Node node() {
        return scroll;
    }

    void clear() {
        box.getChildren().clear();
        suggestions.clear();
        changes.clear();
        carryOver = "";
    }

    /**
     * @param criticOn whether the run has a critic at all (without one, no game carries feedback)
     */
    void show(GameRecord g, boolean criticOn) {
        clear();
        Side coached = g.improvingSide();
        String who = coached.id();
        Feedback fb = g.feedbackIn();
        if (fb == null) {
            box.getChildren().add(text(!criticOn
                    ? "No critic in this run: the " + who + " plays every game with the tactic it started with."
                    : g.round() == 1
                    ? "None yet: round 1 is the chain's first game. From round 2 on, the " + who
                            + " carries the critic's suggestions on its last deal into each game."
                    : "None."));
        } else {
            Label intro = text("Before this game the critic told the " + who + ":");
            intro.setStyle("-fx-text-fill: #555;");
            box.getChildren().add(intro);
            int n = 1;
            for (Suggestion s : fb.suggestions()) {
                suggestions.add(s.sentence());
                box.getChildren().add(text(n++ + ". " + s.sentence()));
            }
            carryOver = fb.carryOver();
            Label carry = text(carryOver);
            carry.setStyle("-fx-font-style: italic;");
            box.getChildren().add(carry);
            box.getChildren().add(title("What it changed in the " + who + "'s tactic"));
            TacticChange reservation = null;
            for (Suggestion s : fb.suggestions()) {
                if (s instanceof TacticChange c) {
                    changes.add(GameText.change(c));
                    box.getChildren().add(text(GameText.change(c)));
                    if (c.knob() == Knob.RESERVATION) {
                        reservation = c;
                    }
                }
            }
            if (changes.isEmpty()) {
                box.getChildren().add(text(g.improver() == null
                        ? "The feedback went into the language model's context, with every game before it."
                        : "Nothing: its advice was in words only."));
            }
            if (reservation != null && g.improver() != null
                    && (int) Math.round(reservation.after()) != g.improver().reservationCents()) {
                box.getChildren().add(text("The carry-over goal moved the walk-away price on to "
                        + Money.format(g.improver().reservationCents()) + "."));
            }
        }
        box.getChildren().add(title("Tactics in this game"));
        Label mine = text(GameText.speaker(coached) + " (coached): " + GameText.tactic(g.improver()));
        mine.setStyle("-fx-text-fill: " + TranscriptPane.web(coached) + ";");
        Label theirs = text(GameText.speaker(coached.other()) + (g.rival() == null ? " (rival, reset every game): "
                : " (fixed rival): ") + GameText.tactic(g.rival()));
        theirs.setStyle("-fx-text-fill: " + TranscriptPane.web(coached.other()) + ";");
        box.getChildren().addAll(mine, theirs);
        scroll.setVvalue(0);
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setStyle("-fx-font-weight: bold;");
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The suggestions shown, in order (for tests). */
    List<String> suggestions() {
        return List.copyOf(suggestions);
    }

    List<String> changes() {
        return List.copyOf(changes);
    }

    String carryOver() {
        return carryOver;
    }

    /** Every line of text shown, in order (for tests). */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        box.getChildren().forEach(n -> out.add(((Label) n).getText()));
        return out;
    }
}
