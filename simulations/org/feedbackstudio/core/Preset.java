package org.feedbackstudio.core;

/**
 * A ready-made scenario shipped with the studio (a paper's setup, a classroom demo).
 *
 * @param resource class-path location of its JSON file
 * @param scenario the scenario it holds
 * @param speed    the ticks per second it is meant to be watched at in the studio, 0 for as fast as possible
 */
public record Preset(String resource, Scenario scenario, double speed) {
    public Preset {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be 0 (as fast as possible) or a positive rate, got " + speed);
        }
    }

    /** A preset watched as fast as possible. */
    public Preset(String resource, Scenario scenario) {
        this(resource, scenario, 0);
    }

    public String title() {
        return scenario.name().isEmpty() ? resource.substring(resource.lastIndexOf('/') + 1) : scenario.name();
    }
}
