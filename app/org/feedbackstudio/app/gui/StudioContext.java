package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.Inspection;

import org.feedbackstudio.app.gui.charts.ChartClick;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What a simulator's view may ask of the studio. */
public interface StudioContext {

    /**
     * A snapshot of the running simulation, delivered on the JavaFX thread, its detail typed as the
     * simulator's views declare it ({@link SimulatorViews#detailType()}).
     */
    <D> CompletableFuture<Inspection<D>> inspect(Class<D> detailType);

    /** Shows a line in the status bar. */
    void status(String message);

    /** Shows an agent in the inspector tab. */
    void showAgent(String agentId);

    /** Calls {@code listener} for every click on one of the simulator's live charts. */
    void onChartClick(Consumer<ChartClick> listener);

    /** Brings this view's tab to the front. */
    void reveal(SimulatorView<?> view);
}
