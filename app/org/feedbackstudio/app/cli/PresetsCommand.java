package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Experiments;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code presets [ID]}: the shipped presets, each with the reference {@code run} accepts. */
@Command(name = "presets", description = "List the shipped presets (`run preset:REF` runs one) and experiments "
        + "(`sweep experiment:REF --out DIR` runs one).")
final class PresetsCommand implements Callable<Integer> {
    static final String PREFIX = "preset:";
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "only this simulator's presets")
    String id;

    PresetsCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Simulator> simulators = id == null ? catalog.all() : List.of(catalog.require(id));
        for (Simulator s : simulators) {
            for (Preset p : Presets.of(catalog, s.id())) {
                out.println(String.format("%-46s %s", PREFIX + reference(p), p.title()));
            }
            for (Experiments.Shipped e : Experiments.of(catalog, s.id())) {
                out.println(String.format("%-46s %s", Experiments.PREFIX + e.reference(), e.experiment().name()));
            }
        }
        return Cli.OK;
    }

    /** "switching-costs/bandit" for assets/scenarios/switching-costs/bandit.json. */
    static String reference(Preset p) {
        String path = p.resource().substring("assets/scenarios/".length());
        return path.endsWith(".json") ? path.substring(0, path.length() - 5) : path;
    }
}
