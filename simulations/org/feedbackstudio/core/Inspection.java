package org.feedbackstudio.core;

import java.util.List;

/**
 * A snapshot of a simulation for the inspector, taken between two steps. Everything in it is a copy:
 * reading it never races with the simulation.
 *
 * @param tick   ticks completed when the snapshot was taken
 * @param agents one entry per agent (or per learner, per creator…)
 * @param detail the simulator's own immutable snapshot, which its studio views read, or null
 * @param <D>    the simulator's detail type
 */
public record Inspection<D>(long tick, List<AgentView> agents, D detail) {
    public Inspection {
        agents = List.copyOf(agents);
    }

    /**
     * This snapshot with its detail typed: where a snapshot of unknown origin meets code that knows its
     * simulator (the studio hands it to that simulator's views).
     *
     * @throws ClassCastException when the detail is of another type, naming both
     */
    @SuppressWarnings("unchecked")
    public <E> Inspection<E> as(Class<E> detailType) {
        if (detail != null && !detailType.isInstance(detail)) {
            throw new ClassCastException("the inspection's detail is a " + detail.getClass().getName()
                    + ", not a " + detailType.getName());
        }
        return (Inspection<E>) this;
    }
}
