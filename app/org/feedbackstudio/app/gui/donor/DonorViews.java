package org.feedbackstudio.app.gui.donor;

import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.SimulatorViews;
import org.feedbackstudio.app.gui.StudioContext;
import org.feedbackstudio.donor.DonorSnapshot;

import java.util.List;

/** The Donor Game's own views in the studio: its population and the spread of its donations. */
public final class DonorViews implements SimulatorViews<DonorSnapshot> {

    @Override
    public String simulatorId() {
        return "donor-game";
    }

    @Override
    public Class<DonorSnapshot> detailType() {
        return DonorSnapshot.class;
    }

    @Override
    public List<SimulatorView<DonorSnapshot>> create(StudioContext context) {
        return List.of(new PopulationView(context), new DonationsView());
    }
}
