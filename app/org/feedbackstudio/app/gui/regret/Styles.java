package org.feedbackstudio.app.gui.regret;

/** Inline styles of the learners view; sizes in em follow the studio's font (and presentation mode). */
final class Styles {
    static final String CARD = "-fx-background-color: white; -fx-border-color: #d5d9e0;";
    static final String TITLE = "-fx-font-weight: bold; -fx-font-size: 1.1em;";
    static final String SCORE = "-fx-font-family: monospace;";
    static final String NOTE = "-fx-text-fill: #444444; -fx-font-size: 0.95em;";
    static final String HEADER = "-fx-font-size: 1.05em;";

    private Styles() {
    }
}
