package org.feedbackstudio.app.gui;

import java.util.List;

/** The custom views each simulator brings to the studio, by simulator id. */
final class SimulatorViews {
    private SimulatorViews() {
    }

    static List<SimulatorView> create(String simulatorId, StudioContext context) {
        return switch (simulatorId) {
            case "donor-game" -> org.feedbackstudio.app.gui.donor.DonorViews.create(context);
            case "negotiation" -> List.of(new org.feedbackstudio.app.gui.negotiation.GamesView(context));
            case "continual-streams" -> org.feedbackstudio.app.gui.streams.StreamsViews.create(context);
            case "switching-costs" -> List.of(new org.feedbackstudio.app.gui.regret.LearnersView());
            default -> List.of();
        };
    }
}
