package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list}: one line per simulator, its id then its title. */
@Command(name = "list", description = "List the simulators: one line each, id then title.")
final class ListCommand implements Runnable {
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    ListCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run() {
        int width = catalog.ids().stream().mapToInt(String::length).max().orElse(0);
        for (Simulator s : catalog.all()) {
            spec.commandLine().getOut().println(String.format("%-" + width + "s  %s", s.id(), s.title()));
        }
    }
}
