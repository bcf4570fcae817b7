package org.feedbackstudio.app.gui.streams;

import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.StudioContext;

import java.util.List;

/** The continual-streams simulator's own views in the studio. */
public final class StreamsViews {
    private StreamsViews() {
    }

    public static List<SimulatorView> create(StudioContext context) {
        return List.of(new TasksView());
    }
}
