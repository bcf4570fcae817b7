package org.feedbackstudio.app.gui.negotiation;

import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.SimulatorViews;
import org.feedbackstudio.app.gui.StudioContext;
import org.feedbackstudio.negotiation.NegotiationDetail;

import java.util.List;

/** The negotiation's own views in the studio: its games, their transcripts and the critic's feedback; a cross-play's table. */
public final class NegotiationViews implements SimulatorViews<NegotiationDetail> {

    @Override
    public String simulatorId() {
        return "negotiation";
    }

    @Override
    public Class<NegotiationDetail> detailType() {
        return NegotiationDetail.class;
    }

    @Override
    public List<SimulatorView<NegotiationDetail>> create(StudioContext context) {
        return List.of(new GamesView(context), new CrossPlayView());
    }
}
