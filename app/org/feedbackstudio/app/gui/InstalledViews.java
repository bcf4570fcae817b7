package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.Inspection;

import java.util.List;

/**
 * One simulator's views as the studio window holds them: snapshots are checked against the simulator's
 * detail type here, once, so that every view receives its own record.
 */
final class InstalledViews<D> {
    private final Class<D> detailType;
    private final List<SimulatorView<D>> views;

    private InstalledViews(Class<D> detailType, List<SimulatorView<D>> views) {
        this.detailType = detailType;
        this.views = List.copyOf(views);
    }

    /** No views: a simulator that brings none (the charts, the inspector and the Info page remain). */
    static InstalledViews<Void> none() {
        return new InstalledViews<>(Void.class, List.of());
    }

    static <D> InstalledViews<D> create(SimulatorViews<D> registration, StudioContext context) {
        return new InstalledViews<>(registration.detailType(), registration.create(context));
    }

    /** The simulator's registration among {@code registered}, or none. */
    static InstalledViews<?> forSimulator(String simulatorId, List<SimulatorViews<?>> registered,
                                          StudioContext context) {
        for (SimulatorViews<?> r : registered) {
            if (r.simulatorId().equals(simulatorId)) {
                return create(r, context);
            }
        }
        return none();
    }

    List<SimulatorView<D>> views() {
        return views;
    }

    boolean wantInspections() {
        return views.stream().anyMatch(SimulatorView::wantsInspections);
    }

    void inspected(Inspection<?> inspection) {
        Inspection<D> typed = inspection.as(detailType);
        for (SimulatorView<D> v : views) {
            if (v.wantsInspections()) {
                v.inspected(typed);
            }
        }
    }
}
