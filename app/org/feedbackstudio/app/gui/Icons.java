package org.feedbackstudio.app.gui;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;

/** Small vector icons for the run controls (fonts on many machines lack the media-control glyphs). */
final class Icons {
    private Icons() {
    }

    static Node play() {
        return path("M0,0 L10,6 L0,12 Z", Color.web("#1b7f3b"));
    }

    static Node pause() {
        return path("M0,0 H3.5 V12 H0 Z M6.5,0 H10 V12 H6.5 Z", Color.web("#444444"));
    }

    static Node step() {
        return path("M0,0 L8,6 L0,12 Z M8.5,0 H11 V12 H8.5 Z", Color.web("#0072b2"));
    }

    /** A circular arrow: start again. */
    static Node reset() {
        return path("M6,0 A6,6 0 1,1 0,6 L2.2,6 A3.8,3.8 0 1,0 6,2.2 Z M-1.2,6.6 L5.4,6.6 L2.1,2.4 Z",
                Color.web("#8a4b00"));
    }

    /** Three bars: the list of simulators and presets. */
    static Node list() {
        return path("M0,0 H12 V2 H0 Z M0,5 H12 V7 H0 Z M0,10 H12 V12 H0 Z", Color.web("#444444"));
    }

    private static Node path(String d, Color fill) {
        SVGPath p = new SVGPath();
        p.setContent(d);
        p.setFill(fill);
        return p;
    }
}
