package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.HeadlessRun;
import org.feedbackstudio.core.RunOutcome;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.runtime.llm.Backend;
import org.feedbackstudio.runtime.llm.ModelAccount;
import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelSpec;
import org.feedbackstudio.runtime.llm.ScriptedServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The negotiation's own overhead per model-driven game: a scripted loopback server that answers at once plays
 * seller, buyer and moderator (each game: 8 utterances and 1 verdict, so 9 calls), and a round of distinct
 * games runs at concurrency 1 and 8 in turns, each time with an empty answer cache; then the same round
 * replayed from the cache. Reports medians of games per second. Run with {@code bench/negotiation-games.sh}.
 */
public final class NegotiationGamesBenchmark {
    private NegotiationGamesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path root = Files.createTempDirectory("negotiation-bench");
        try (ScriptedServer server = new ScriptedServer(NegotiationScript::answer)) {
            server.stopRecording();
            run(server, 8, 100, root.resolve("warm-up")); // warm-up
            List<Double> one = new ArrayList<>();
            List<Double> eight = new ArrayList<>();
            List<Double> replay = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                one.add(run(server, 1, games / 4, root.resolve("one-" + r)));
                Path cache = root.resolve("eight-" + r);
                eight.add(run(server, 8, games, cache));
                int before = server.requests();
                replay.add(run(server, 8, games, cache));
                if (server.requests() != before) {
                    throw new IllegalStateException("the replay made calls");
                }
            }
            report("concurrency 1", one);
            report("concurrency 8", eight);
            report("concurrency 8, replayed from the cache", replay);
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Games per second of one round of {@code games} model-driven games. */
    private static double run(ScriptedServer server, int concurrency, int games, Path cache) throws Exception {
        ModelSpec model = ModelSpec.of(Backend.OPENAI, server.url() + "/v1", "bench-chat", null)
                .withConcurrency(concurrency).withLimits(30, 2, 2);
        Scenario s = Runs.scenario(7, "seller=model", "buyer=model", "moderator=model", "critic=none", "rounds=1",
                "gamesPerRound=" + games).withModel(model);
        long t0 = System.nanoTime();
        RunOutcome outcome = new HeadlessRun(Runs.SIMULATOR, s, 1, List.of(),
                new ModelEnvironment(n -> null, cache, new ModelAccount())).run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (outcome.failure() != null) {
            throw new IllegalStateException(outcome.failure());
        }
        return games / seconds;
    }

    private static void report(String what, List<Double> gamesPerSecond) {
        List<Double> sorted = new ArrayList<>(gamesPerSecond);
        sorted.sort(null);
        double median = sorted.get(sorted.size() / 2);
        List<String> runs = gamesPerSecond.stream().map(g -> String.format(Locale.ROOT, "%.0f", g)).toList();
        System.out.printf(Locale.ROOT, "%s: median %.0f games/s = %.0f calls/s  (runs: %s)%n", what, median,
                median * 9, String.join(", ", runs));
    }
}
