package org.feedbackstudio.donor;

import java.util.Objects;

/**
 * One line of the record a donor sees: what {@code actor} did to {@code target} in {@code round}.
 *
 * @param round    the round of the game, 1-based
 * @param actor    name of the agent that acted
 * @param target   name of the agent it gave to or punished
 * @param action   donation or punishment
 * @param fraction the share of its resources the actor chose to give or spend, 0 to 1
 * @param units    the units it gave up
 * @param effect   units the target gained (donation) or was to lose (punishment: multiplier × units, before
 *                 the floor at 0)
 */
public record TraceEntry(int round, String actor, String target, Action action, double fraction, double units,
                         double effect) {
    public TraceEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
    }

    /** The line as the paper phrases it, e.g. "In round 3, 1_3 donated 60% of their resources to 1_2." */
    public String text() {
        return switch (action) {
            case DONATE -> "In round " + round + ", " + actor + " donated " + Formats.percent(fraction)
                    + " of their resources to " + target + ".";
            case PUNISH -> "In round " + round + ", " + actor + " punished " + target + " by spending "
                    + Formats.plain(units) + " units to take away " + Formats.plain(effect)
                    + " units from their resources.";
        };
    }
}
