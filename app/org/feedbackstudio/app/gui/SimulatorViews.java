package org.feedbackstudio.app.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A simulator's part of the studio: the views it shows beside the charts and the type of the detail its
 * snapshots carry ({@link org.feedbackstudio.core.Inspection#detail()}). One per simulator, registered
 * by naming its class in a {@code META-INF/services/org.feedbackstudio.app.gui.SimulatorViews} file on
 * the class path (the studio's is {@code app/META-INF/services/}); the studio names none of them.
 *
 * @param <D> the simulator's detail type
 */
public interface SimulatorViews<D> {

    /** The id of the simulator whose views these are. */
    String simulatorId();

    /** The class of the simulator's inspection detail; the studio checks it once for all views. */
    Class<D> detailType();

    /**
     * What a run of this simulator does while it loads, for the status bar ("reading the images and
     * starting the neural-network engine"); null when loading is quick.
     */
    default String loading() {
        return null;
    }

    /** New views for one studio window, in tab order. */
    List<SimulatorView<D>> create(StudioContext context);

    /** Every registration on the class path. */
    static List<SimulatorViews<?>> registered() {
        List<SimulatorViews<?>> all = new ArrayList<>();
        for (SimulatorViews<?> v : ServiceLoader.load(SimulatorViews.class, SimulatorViews.class.getClassLoader())) {
            all.add(v);
        }
        return all;
    }
}
