package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.Inspection;

import java.util.concurrent.CompletableFuture;

/** What a simulator's view may ask of the studio. */
public interface StudioContext {

    /** A snapshot of the running simulation, delivered on the JavaFX thread. */
    CompletableFuture<Inspection> inspect();

    /** Shows a line in the status bar. */
    void status(String message);

    /** Shows an agent in the inspector tab. */
    void showAgent(String agentId);
}
