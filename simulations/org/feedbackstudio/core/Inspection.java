package org.feedbackstudio.core;

import java.util.List;

/**
 * A snapshot of a simulation for the inspector, taken between two steps. Everything in it is a copy:
 * reading it never races with the simulation.
 *
 * @param tick   ticks completed when the snapshot was taken
 * @param agents one entry per agent (or per learner, per creator…)
 * @param detail a simulator-specific immutable snapshot that its own studio view understands, or null
 */
public record Inspection(long tick, List<AgentView> agents, Object detail) {
    public Inspection {
        agents = List.copyOf(agents);
    }
}
