package org.feedbackstudio.app.gui.streams;

import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.SimulatorViews;
import org.feedbackstudio.app.gui.StudioContext;
import org.feedbackstudio.streams.StreamsView;

import java.util.List;

/** The continual-streams simulator's own views in the studio: the tasks, their accuracies and rehearsal. */
public final class StreamsViews implements SimulatorViews<StreamsView> {

    @Override
    public String simulatorId() {
        return "continual-streams";
    }

    @Override
    public Class<StreamsView> detailType() {
        return StreamsView.class;
    }

    @Override
    public String loading() {
        return "reading the Fashion-MNIST images and starting the neural-network engine (PyTorch)";
    }

    @Override
    public List<SimulatorView<StreamsView>> create(StudioContext context) {
        return List.of(new TasksView());
    }
}
