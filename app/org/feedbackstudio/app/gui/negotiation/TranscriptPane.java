package org.feedbackstudio.app.gui.negotiation;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.feedbackstudio.app.gui.charts.Palette;
import org.feedbackstudio.negotiation.GameRecord;
import org.feedbackstudio.negotiation.GameRules;
import org.feedbackstudio.negotiation.Side;
import org.feedbackstudio.negotiation.Utterance;

import java.util.ArrayList;
import java.util.List;

/** One game's dialogue as a transcript: exchange, speaker, line; the moderator's verdict last. */
final class TranscriptPane {
    private static final double USE_PREF = Region.USE_PREF_SIZE;

    private final GridPane grid = new GridPane();
    private final Label placeholder = new Label();
    private final VBox box = new VBox(placeholder, grid);
    private final ScrollPane scroll = new ScrollPane(box);
    private final List<String> shown = new ArrayList<>();
    private String verdict = "";

    TranscriptPane() {
        grid.setHgap(10);
        grid.setVgap(3);
        ColumnConstraints exchange = new ColumnConstraints();
        exchange.setMinWidth(USE_PREF);
        ColumnConstraints speaker = new ColumnConstraints();
        speaker.setMinWidth(USE_PREF);
        ColumnConstraints line = new ColumnConstraints();
        line.setHgrow(Priority.ALWAYS);
        line.setMinWidth(20); // the words wrap; the pane never scrolls sideways
        grid.getColumnConstraints().addAll(exchange, speaker, line);
        placeholder.setWrapText(true);
        placeholder.setStyle("-fx-text-fill: #555;");
        box.setPadding(new Insets(6, 10, 8, 10));
        box.setStyle("-fx-background-color: white;");
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: white;");
        scroll.setId("negotiation-transcript");
        clear("No game open.");
    }

    Node node() {
        return scroll;
    }

    void clear(String message) {
        grid.getChildren().clear();
        shown.clear();
        verdict = "";
        placeholder.setText(message);
        placeholder.setVisible(true);
        placeholder.setManaged(true);
    }

    void show(GameRecord g, GameRules rules) {
        grid.getChildren().clear();
        shown.clear();
        placeholder.setVisible(false);
        placeholder.setManaged(false);
        int row = 0;
        int lastExchange = -1;
        for (Utterance u : g.lines()) {
            // Exchange 0 is the scripted opening, as on the concession chart's x axis.
            Label exchange = new Label(u.exchange() == lastExchange ? "" : Integer.toString(u.exchange()));
            exchange.setStyle("-fx-text-fill: #777;");
            lastExchange = u.exchange();
            Label speaker = new Label(GameText.speaker(u.speaker()));
            speaker.setStyle("-fx-font-weight: bold; -fx-text-fill: " + web(u.speaker()) + ";");
            Label line = new Label(u.text());
            line.setWrapText(true);
            line.setMaxWidth(Double.MAX_VALUE);
            if (u.kind().equals("accept")) {
                line.setStyle("-fx-font-weight: bold;");
            }
            GridPane.setValignment(exchange, VPos.TOP);
            GridPane.setValignment(speaker, VPos.TOP);
            grid.addRow(row++, exchange, speaker, line);
            shown.add(u.speaker().id() + ": " + u.text());
        }
        verdict = GameText.verdict(g, rules);
        Label moderator = new Label("Moderator");
        moderator.setStyle("-fx-font-weight: bold; -fx-text-fill: #333;");
        Label said = new Label(verdict);
        said.setWrapText(true);
        said.setMaxWidth(Double.MAX_VALUE);
        said.setStyle("-fx-font-style: italic; -fx-text-fill: " + (g.isDeal() ? "#1b5e20" : "#8a2a00") + ";");
        GridPane.setValignment(moderator, VPos.TOP);
        grid.add(moderator, 1, row);
        grid.add(said, 2, row);
        moderator.setPadding(new Insets(6, 0, 0, 0));
        said.setPadding(new Insets(6, 0, 0, 0));
        scroll.setVvalue(0);
    }

    /** A side's colour as CSS: the seller's and the buyer's, as on the concession chart. */
    static String web(Side side) {
        Color c = Palette.fx(side == Side.SELLER ? 0 : 1);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** The lines shown, as "seller: …" (for tests and copying). */
    List<String> lines() {
        return List.copyOf(shown);
    }

    String verdict() {
        return verdict;
    }
}
