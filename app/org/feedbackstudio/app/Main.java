package org.feedbackstudio.app;

import org.feedbackstudio.app.cli.Cli;
import org.feedbackstudio.app.gui.StudioApp;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.JitHints;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point: with no arguments the studio opens; with a command the command line runs. This class
 * must not extend javafx.application.Application, or a plain {@code java -jar} refuses to start JavaFX
 * from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The neural runtime must never try the network: its native library ships in the jar.
        System.setProperty("ai.djl.offline", "true");
        JitHints.installInBackground();
        // A sweep on Spark: Spark's own progress chatter stays out of the sweep's progress lines.
        for (String chatty : new String[] {"org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty"}) {
            String key = "org.slf4j.simpleLogger.log." + chatty;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
        if (args.length == 0 || args[0].equals("studio")) {
            // "studio SCENARIO" opens the studio on a preset (preset:ID/NAME) or a scenario file.
            StudioApp.launchStudio(args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length));
            // The embedded llama.cpp runtime leaves a native thread behind when its model closes; end the
            // process explicitly rather than wait for it.
            System.exit(0);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.execute(Catalog.standard(), out, err, args);
        System.exit(code);
    }
}
