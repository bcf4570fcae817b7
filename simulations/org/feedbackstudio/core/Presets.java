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
        String[] lines = index.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            String file = words[0];
            double speed = 0;
            for (int w = 1; w < words.length; w++) {
                speed = speed(words[w], folder(simulatorId) + "index.txt:" + (n + 1));
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
            presets.add(new Preset(resource, scenario, speed));
        }
        return presets;
    }

    /**
     * A preset's suggested speed in the studio, written after its file in index.txt: {@code speed=20} (ticks
     * per second) or {@code speed=max}.
     */
    private static double speed(String word, String where) throws ScenarioException {
        if (!word.startsWith("speed=")) {
            throw new ScenarioException(where, null, "\"" + word + "\" is not understood; after the file name only "
                    + "speed=N (ticks per second) or speed=max may follow");
        }
        String value = word.substring("speed=".length());
        if (value.equals("max")) {
            return 0;
        }
        try {
            double speed = Double.parseDouble(value);
            if (speed > 0 && !Double.isInfinite(speed)) {
                return speed;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ScenarioException(where, null, "speed must be a positive number of ticks per second or max, got "
                + value);
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
