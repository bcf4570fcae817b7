package org.feedbackstudio.core;

/**
 * A ready-made scenario shipped with the studio (a paper's setup, a classroom demo).
 *
 * @param resource class-path location of its JSON file
 * @param scenario the scenario it holds
 */
public record Preset(String resource, Scenario scenario) {
    public String title() {
        return scenario.name().isEmpty() ? resource.substring(resource.lastIndexOf('/') + 1) : scenario.name();
    }
}
