package org.feedbackstudio.app.gui.donor;

import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.StudioContext;

import java.util.List;

/** The Donor Game's own views in the studio: its population and the spread of its donations. */
public final class DonorViews {
    private DonorViews() {
    }

    public static List<SimulatorView> create(StudioContext context) {
        return List.of(new PopulationView(context), new DonationsView());
    }
}
