package org.feedbackstudio.app.gui.urn;

import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.SimulatorViews;
import org.feedbackstudio.app.gui.StudioContext;
import org.feedbackstudio.urn.PolyaUrnSimulator;
import org.feedbackstudio.urn.UrnContents;

import java.util.List;

/**
 * The test-only urn's part of the studio, registered in
 * src/test/resources/META-INF/services/org.feedbackstudio.app.gui.SimulatorViews.
 */
public final class UrnViews implements SimulatorViews<UrnContents> {

    @Override
    public String simulatorId() {
        return PolyaUrnSimulator.ID;
    }

    @Override
    public Class<UrnContents> detailType() {
        return UrnContents.class;
    }

    @Override
    public List<SimulatorView<UrnContents>> create(StudioContext context) {
        return List.of(new UrnView());
    }
}
