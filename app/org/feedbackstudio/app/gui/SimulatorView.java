package org.feedbackstudio.app.gui;

import javafx.scene.Node;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.RunBatch;
import org.feedbackstudio.core.RunInfo;

/**
 * A simulator's own view in the studio (a population grid, a dialogue, a heat map), shown as a tab
 * beside the charts. Everything is called on the JavaFX thread.
 *
 * @param <D> the simulator's inspection detail, see {@link SimulatorViews#detailType()}
 */
public interface SimulatorView<D> {

    /** The tab's title. */
    String title();

    Node node();

    /** A new run started (after a load or a reset). */
    default void runStarted(RunInfo info) {
    }

    /** Frames and events since the last batch. */
    default void batch(RunBatch batch) {
    }

    /** Whether the view needs snapshots of the simulation while it is visible. */
    default boolean wantsInspections() {
        return false;
    }

    /** A fresh snapshot of the simulation, its detail the simulator's own record. */
    default void inspected(Inspection<D> inspection) {
    }

    /** Larger text for classroom projectors. */
    default void setPresentation(boolean on) {
    }
}
