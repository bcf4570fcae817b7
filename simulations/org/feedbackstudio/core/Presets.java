package org.feedbackstudio.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The presets shipped in {@code assets/scenarios/<simulator id>/}: the folder's {@code index.txt} lists
 * the preset files in the order the catalog shows them (one file name a line; # starts a comment).
 */
public final class Presets {
    private Presets() {
    }

    public static String folder(String simulatorId) {
        return "assets/scenarios/" + simulatorId + "/";
    }

    /** The presets of one simulator, read and validated. A broken preset is a bug: it throws. */
    public static List<Preset> of(Catalog catalog, String simulatorId) throws ScenarioException {
        String index = readResource(folder(simulatorId) + "index.txt");
        if (index == null) {
            return List.of();
        }
        ScenarioReader reader = new ScenarioReader(catalog);
        List<Preset> presets = new ArrayList<>();
        for (String line : index.split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            String resource = folder(simulatorId) + file;
            String json = readResource(resource);
            if (json == null) {
                throw new ScenarioException(folder(simulatorId) + "index.txt", null, "lists " + file
                        + ", which is not there");
            }
            Scenario scenario = reader.read(json, resource);
            if (!scenario.simulator().equals(simulatorId)) {
                throw new ScenarioException(resource, "simulator", "a preset in " + folder(simulatorId)
                        + " must be for " + simulatorId);
            }
            presets.add(new Preset(resource, scenario));
        }
        return presets;
    }

    /** A text resource from the class path, or null when absent. */
    public static String readResource(String path) {
        try (InputStream in = Presets.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
