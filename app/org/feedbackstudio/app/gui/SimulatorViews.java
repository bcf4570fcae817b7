package org.feedbackstudio.app.gui;

import java.util.List;

/** The custom views each simulator brings to the studio, by simulator id. */
final class SimulatorViews {
    private SimulatorViews() {
    }

    static List<SimulatorView> create(String simulatorId, StudioContext context) {
        return switch (simulatorId) {
            case "donor-game" -> org.feedbackstudio.app.gui.donor.DonorViews.create(context);
            default -> List.of();
        };
    }
}
