package org.feedbackstudio.app.gui.regret;

import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.SimulatorViews;
import org.feedbackstudio.app.gui.StudioContext;
import org.feedbackstudio.regret.SwitchingCostsDetail;

import java.util.List;

/** The switching-costs simulator's own view in the studio: each learner's distribution and losses. */
public final class RegretViews implements SimulatorViews<SwitchingCostsDetail> {

    @Override
    public String simulatorId() {
        return "switching-costs";
    }

    @Override
    public Class<SwitchingCostsDetail> detailType() {
        return SwitchingCostsDetail.class;
    }

    @Override
    public List<SimulatorView<SwitchingCostsDetail>> create(StudioContext context) {
        return List.of(new LearnersView());
    }
}
