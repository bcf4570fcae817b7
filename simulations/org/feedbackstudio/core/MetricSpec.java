package org.feedbackstudio.core;

import java.util.Objects;

/**
 * One metric series a simulation reports.
 *
 * @param name    column name in metrics.csv and key in frames, e.g. "regret.batched-exp3"
 * @param label   a short human label for legends
 * @param unit    unit, may be empty
 * @param cadence how often the value changes: every tick, or only at milestones (end of a generation…)
 */
public record MetricSpec(String name, String label, String unit, Cadence cadence) {

    /** How often a metric takes a new value. Milestone metrics keep their last value between milestones. */
    public enum Cadence { TICK, MILESTONE }

    public MetricSpec {
        Objects.requireNonNull(name, "name");
        label = label == null ? name : label;
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(cadence, "cadence");
    }

    public static MetricSpec perTick(String name, String label, String unit) {
        return new MetricSpec(name, label, unit, Cadence.TICK);
    }

    public static MetricSpec perMilestone(String name, String label, String unit) {
        return new MetricSpec(name, label, unit, Cadence.MILESTONE);
    }
}
