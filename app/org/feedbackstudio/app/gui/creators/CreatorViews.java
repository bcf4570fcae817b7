package org.feedbackstudio.app.gui.creators;

import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.SimulatorViews;
import org.feedbackstudio.app.gui.StudioContext;
import org.feedbackstudio.creators.CreatorPlatformDetail;
import org.feedbackstudio.creators.CreatorPlatformSimulator;

import java.util.List;

/**
 * The creator platform's views in the studio: the recommenders compared over the long run from one seed,
 * the genres of new items round by round, and one creator's beliefs, items and departure.
 */
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
        return List.of(new RecommendersView(new ComparisonRuns(new CreatorPlatformSimulator())), new GenreMapView(),
                new CreatorsView());
    }
}
