package org.feedbackstudio.app.gui.creators;

import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.SimulatorViews;
import org.feedbackstudio.app.gui.StudioContext;
import org.feedbackstudio.creators.CreatorPlatformDetail;

import java.util.List;

/** The creator platform's views in the studio: the genres of new items round by round. */
public final class CreatorViews implements SimulatorViews<CreatorPlatformDetail> {

    @Override
    public String simulatorId() {
        return "creator-platform";
    }

    @Override
    public Class<CreatorPlatformDetail> detailType() {
        return CreatorPlatformDetail.class;
    }

    @Override
    public List<SimulatorView<CreatorPlatformDetail>> create(StudioContext context) {
        return List.of(new GenreMapView());
    }
}
