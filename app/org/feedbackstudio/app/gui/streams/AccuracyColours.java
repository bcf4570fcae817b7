package org.feedbackstudio.app.gui.streams;

import javafx.scene.paint.Color;
import org.feedbackstudio.app.gui.kit.ColourScale;

/**
 * The accuracy matrix's colours: an accuracy from 0 (dark purple, nothing right) to 1 (yellow, everything
 * right) on the studio's viridis scale, and two colours off the scale for cells that carry no accuracy.
 */
final class AccuracyColours {
    /** Cells of a task not seen yet after that training task: blank, on neither end of the scale. */
    static final Color NOT_SEEN = Color.WHITE;
    /** Cells of training tasks still to come. */
    static final Color TO_COME = Color.web("#dfe3e8");

    private AccuracyColours() {
    }

    /** The colour of an accuracy; NaN (not known) gets {@link #NOT_SEEN}. */
    static Color of(double accuracy) {
        return ColourScale.VIRIDIS.at(accuracy, NOT_SEEN);
    }
}
