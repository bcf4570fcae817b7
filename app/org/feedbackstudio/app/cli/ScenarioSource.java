package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioReader;

import java.nio.file.Path;

/** Reads the scenario a command names: a JSON file, or {@code preset:REF} for a shipped preset. */
final class ScenarioSource {
    private ScenarioSource() {
    }

    static Scenario load(Catalog catalog, String source) throws ScenarioException {
        ScenarioReader reader = new ScenarioReader(catalog);
        if (source.startsWith(PresetsCommand.PREFIX)) {
            String ref = source.substring(PresetsCommand.PREFIX.length());
            String resource = "assets/scenarios/" + ref + (ref.endsWith(".json") ? "" : ".json");
            String json = Presets.readResource(resource);
            if (json == null) {
                throw new ScenarioException(source, null, "no such preset; `presets` lists them");
            }
            return reader.read(json, source);
        }
        return reader.read(path(source));
    }

    /** The file a command names, refused in words when it cannot be a file name. */
    static Path path(String source) throws ScenarioException {
        try {
            return Path.of(source);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ScenarioException(source, null, "not a valid file name (" + e.getReason() + ")");
        }
    }

    /** Whether the scenario a command names gives its own seed (otherwise one is drawn fresh). */
    static boolean namesSeed(String source) {
        try {
            String json;
            if (source.startsWith(PresetsCommand.PREFIX)) {
                String ref = source.substring(PresetsCommand.PREFIX.length());
                json = Presets.readResource("assets/scenarios/" + ref + (ref.endsWith(".json") ? "" : ".json"));
            } else {
                json = java.nio.file.Files.readString(Path.of(source), java.nio.charset.StandardCharsets.UTF_8);
            }
            return json != null && new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).has("seed");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
