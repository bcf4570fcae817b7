package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.JitHints;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioReader;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.core.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench}: headless throughput of one simulator on the calling thread, in its natural unit,
 * measured after a warm-up with events off. Runs are restarted (with derived seeds) until the time is up;
 * only stepping is timed, not start-up.
 */
@Command(name = "bench", description = "Measure headless throughput (e.g. rounds/s) on one thread after warm-up.")
final class BenchCommand implements Callable<Integer> {
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "simulator id (see `list`)")
    String id;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a parameter (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seconds", paramLabel = "S", description = "measured time (default ${DEFAULT-VALUE})")
    double seconds = 3.0;

    @Option(names = "--warmup", paramLabel = "S", description = "warm-up time (default ${DEFAULT-VALUE})")
    double warmup = 2.0;

    @Option(names = "--seed", paramLabel = "N", description = "root seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    BenchCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        Simulator simulator = catalog.require(id);
        Scenario scenario = new ScenarioReader(catalog).override(Scenario.defaults(simulator, seed), sets);
        if (seconds <= 0 || warmup < 0) {
            throw new org.feedbackstudio.core.ScenarioException("--seconds", null, "expected seconds > 0");
        }
        JitHints.install(); // waits for Main's background registration: it must precede the warm-up
        Measurement warm = measure(simulator, scenario, warmup, 0);
        Measurement m = measure(simulator, scenario, seconds, warm.runs);
        double rate = m.work / m.seconds;
        String settings = sets.isEmpty() ? "defaults" : String.join(" ", sets);
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "%s: %s %s/s (%.1f s measured after %.1f s warm-up, 1 thread, %s)", simulator.id(), human(rate),
                simulator.workUnit(), m.seconds, warm.seconds, settings));
        return Cli.OK;
    }

    private record Measurement(double work, double seconds, int runs) {
    }

    private static Measurement measure(Simulator simulator, Scenario scenario, double budgetSeconds, int firstRun)
            throws Exception {
        long budget = (long) (budgetSeconds * 1e9);
        long stepping = 0;
        long work = 0;
        int runs = 0;
        while (stepping < budget || runs == 0) {
            Scenario s = scenario.withSeed(Seeds.replicate(scenario.seed(), firstRun + runs));
            try (Simulation sim = simulator.start(s, EventSink.NONE)) {
                long stop = s.stopAfter() > 0 ? Math.min(s.stopAfter(), sim.totalTicks()) : sim.totalTicks();
                long batch = 1;
                long before = sim.workDone();
                long t0 = System.nanoTime();
                while (!sim.isDone() && sim.tick() < stop && stepping + (System.nanoTime() - t0) < budget) {
                    long start = System.nanoTime();
                    for (long i = 0; i < batch && !sim.isDone() && sim.tick() < stop; i++) {
                        sim.step();
                    }
                    // Look at the clock rarely when steps are cheap.
                    if (System.nanoTime() - start < 5_000_000L && batch < (1L << 22)) {
                        batch *= 2;
                    }
                }
                stepping += System.nanoTime() - t0;
                work += sim.workDone() - before;
            }
            runs++;
            if (budget == 0) {
                break;
            }
        }
        return new Measurement(work, stepping / 1e9, runs);
    }

    static String human(double rate) {
        if (rate >= 1e6) {
            return String.format(Locale.ROOT, "%.2f million", rate / 1e6);
        }
        if (rate >= 1e4) {
            return String.format(Locale.ROOT, "%,.0f", rate);
        }
        return String.format(Locale.ROOT, "%.2f", rate);
    }
}
