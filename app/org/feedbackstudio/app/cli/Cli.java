package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The headless command line. Exit codes: 0 success; 1 a run failed midway (what it wrote is kept);
 * 2 bad input (a malformed or invalid scenario, an unknown simulator or parameter, a bad option).
 */
@Command(name = "feedback-studio",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Simulators of agents learning from feedback. With no arguments the studio opens.",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Exit codes: 0 success, 1 a run failed midway (partial results kept), 2 bad input."})
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with the given catalog, writing to {@code out} and {@code err}. */
    public static int execute(Catalog catalog, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Cli())
                .addSubcommand("list", new ListCommand(catalog))
                .addSubcommand("describe", new DescribeCommand(catalog))
                .addSubcommand("presets", new PresetsCommand(catalog))
                .addSubcommand("run", new RunCommand(catalog))
                .addSubcommand("sweep", new SweepCommand(catalog))
                .addSubcommand("bench", new BenchCommand(catalog))
                .addSubcommand("model-check", new ModelCheckCommand(catalog));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            refuse(e.getCommandLine(), e.getMessage());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ScenarioException se) {
                refuse(commandLine, se.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof CommandLine.ParameterException pe) {
                refuse(commandLine, pe.getMessage());
                return BAD_INPUT;
            }
            // Not bad input but a failure of the program itself: one line, and the trace only when asked.
            commandLine.getErr().println("error: " + commandLine.getCommandName() + " failed unexpectedly: "
                    + oneLine(e.toString()) + " (set FEEDBACK_STUDIO_TRACE=1 to see where)");
            if (System.getenv("FEEDBACK_STUDIO_TRACE") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return RUN_FAILED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A refusal: the reason on one line, then where to read how the command is used. */
    private static void refuse(CommandLine commandLine, String message) {
        PrintWriter err = commandLine.getErr();
        err.println("error: " + oneLine(message));
        StringBuilder name = new StringBuilder();
        for (CommandLine c = commandLine; c != null; c = c.getParent()) {
            name.insert(0, c.getCommandName() + (name.length() == 0 ? "" : " "));
        }
        err.println("see: " + name + " --help");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Reports the version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Feedback Studio " + (v == null ? "development build" : v)};
        }
    }
}
