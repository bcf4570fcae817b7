package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The experiments shipped in {@code assets/experiments/<simulator id>/}, listed by the folder's
 * {@code index.txt} (one file name a line; # starts a comment). Each reproduces a headline comparison of
 * its simulator's sources; {@code sweep experiment:ID/NAME} runs one.
 */
public final class Experiments {
    /** How the command line names a shipped experiment: experiment:ID/NAME. */
    public static final String PREFIX = "experiment:";

    private Experiments() {
    }

    /** A shipped experiment and the reference that names it ("switching-costs/price-of-switching"). */
    public record Shipped(String reference, Experiment experiment) {
    }

    public static String folder(String simulatorId) {
        return "assets/experiments/" + simulatorId + "/";
    }

    /** One simulator's shipped experiments, read and checked. A broken one is a bug: it throws. */
    public static List<Shipped> of(Catalog catalog, String simulatorId) throws ScenarioException {
        String index = Presets.readResource(folder(simulatorId) + "index.txt");
        List<Shipped> out = new ArrayList<>();
        if (index == null) {
            return out;
        }
        for (String line : index.split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            String reference = simulatorId + "/" + (file.endsWith(".json") ? file.substring(0, file.length() - 5) : file);
            out.add(new Shipped(reference, read(catalog, reference)));
        }
        return out;
    }

    /** The shipped experiment {@code ID/NAME}. */
    public static Experiment read(Catalog catalog, String reference) throws ScenarioException {
        String source = PREFIX + reference;
        String json = Presets.readResource("assets/experiments/" + reference
                + (reference.endsWith(".json") ? "" : ".json"));
        if (json == null) {
            throw new ScenarioException(source, null, "no such experiment; `presets` lists them");
        }
        Experiment e = new ExperimentReader(catalog).read(json, source, null);
        String id = reference.contains("/") ? reference.substring(0, reference.indexOf('/')) : reference;
        if (!e.base().simulator().equals(id)) {
            throw new ScenarioException(source, "base", "an experiment in " + folder(id) + " must be for " + id);
        }
        return e;
    }
}
