package org.feedbackstudio.app.gui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A message strip above the charts: what happened and what to do, with buttons for the choices and the
 * technical details one click away. Only one message at a time.
 */
final class Banner {
    enum Kind { INFO, WARNING, ERROR }

    private final VBox box = new VBox();
    private final Label text = new Label();
    private final HBox actions = new HBox(6);
    private final TextArea details = new TextArea();
    private final Button detailsButton = new Button("Details");

    Banner() {
        text.setWrapText(true);
        text.setId("banner-text");
        text.setMaxWidth(Double.MAX_VALUE);
        // The message wraps onto more lines rather than squeezing the buttons into "…".
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("✕");
        close.setMinWidth(Region.USE_PREF_SIZE);
        detailsButton.setMinWidth(Region.USE_PREF_SIZE);
        close.getStyleClass().add("banner-close");
        close.setOnAction(e -> hide());
        detailsButton.setOnAction(e -> {
            boolean show = !details.isVisible();
            details.setVisible(show);
            details.setManaged(show);
        });
        details.setEditable(false);
        details.setPrefRowCount(8);
        details.setVisible(false);
        details.setManaged(false);
        HBox row = new HBox(8, text, actions, detailsButton, close);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 10, 6, 10));
        box.getChildren().addAll(row, details);
        box.getStyleClass().add("banner");
        box.setId("banner");
        hide();
    }

    Node node() {
        return box;
    }

    boolean isShowing() {
        return box.isVisible();
    }

    String message() {
        return text.getText();
    }

    /** Shows a message with choices; each choice is (label, action) and hides the banner when pressed. */
    void show(Kind kind, String message, Throwable detail, Object... labelsAndActions) {
        box.getStyleClass().removeAll("banner-info", "banner-warning", "banner-error");
        box.getStyleClass().add("banner-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        text.setText(message);
        actions.getChildren().clear();
        for (int i = 0; i + 1 < labelsAndActions.length; i += 2) {
            Button b = new Button((String) labelsAndActions[i]);
            b.setMinWidth(Region.USE_PREF_SIZE);
            Runnable action = (Runnable) labelsAndActions[i + 1];
            b.setOnAction(e -> {
                hide();
                action.run();
            });
            actions.getChildren().add(b);
        }
        if (detail != null) {
            StringWriter sw = new StringWriter();
            detail.printStackTrace(new PrintWriter(sw));
            details.setText(sw.toString());
        }
        detailsButton.setVisible(detail != null);
        detailsButton.setManaged(detail != null);
        details.setVisible(false);
        details.setManaged(false);
        box.setVisible(true);
        box.setManaged(true);
    }

    /** Changes the message shown, keeping its choices (a run that finished while it was showing). */
    void retext(String message) {
        text.setText(message);
    }

    void hide() {
        box.setVisible(false);
        box.setManaged(false);
    }
}
