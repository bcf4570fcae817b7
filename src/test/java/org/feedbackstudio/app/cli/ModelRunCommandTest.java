package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.runtime.llm.ScriptedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run} with a model-driven scenario: model-calls.jsonl, replay with no call, resume after an outage. */
class ModelRunCommandTest {
    /** A variable every environment has, standing in for a key: its value must never reach an output. */
    private static final String KEY_VARIABLE = "PATH";

    @TempDir
    Path dir;

    private CliTest.Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(Catalog.standard(), new PrintWriter(out), new PrintWriter(err), args);
        return new CliTest.Result(code, out.toString(), err.toString());
    }

    private static ScriptedServer.Response answer(ScriptedServer.Received r) {
        return ScriptedServer.openAi(r.lastUser().contains("You currently have")
                ? "Justification: half.\nAnswer: " + (r.lastUser().length() % 4)
                : "My strategy will be to give a little to everyone.", 200, 12);
    }

    private Path scenario(String url) throws Exception {
        return Files.writeString(dir.resolve("in.json"), "{\"simulator\": \"donor-game\", \"seed\": 5, \"parameters\":"
                + " {\"agentMode\": \"model\", \"agents\": 6, \"rounds\": 6, \"generations\": 2}, \"model\": {\"backend\":"
                + " \"openai\", \"baseUrl\": \"" + url + "/v1\", \"model\": \"tiny-chat\", \"apiKeyEnv\": \""
                + KEY_VARIABLE + "\", \"retries\": 0, \"prices\": {\"inputPerMillion\": 1, \"outputPerMillion\": 2}}}");
    }

    @Test
    void writesModelCallsAndReplaysItsScenarioWithNoCall() throws Exception {
        String key = System.getenv(KEY_VARIABLE);
        Path cache = dir.resolve("cache");
        try (ScriptedServer server = new ScriptedServer(ModelRunCommandTest::answer)) {
            Path out = dir.resolve("run1");
            CliTest.Result r = cli("run", scenario(server.url()).toString(), "--out", out.toString(), "--model-cache",
                    cache.toString());
            assertEquals(0, r.code(), r.err());
            int calls = server.requests();
            assertEquals(6 + 3 + 72, calls);
            assertEquals("Bearer " + key, server.received.get(0).header("Authorization"));
            List<String> lines = Files.readAllLines(out.resolve("model-calls.jsonl"));
            assertEquals(calls, lines.size(), "one line per call");
            assertTrue(lines.get(0).contains("\"cached\":false"), lines.get(0));
            assertTrue(lines.get(lines.size() - 1).contains("\"outcome\":\"read\""));
            assertFalse(Files.readString(out.resolve("events.jsonl")).contains("model-call"));
            assertTrue(r.out().contains("model: 81 calls, 0 from cache"), r.out());
            assertTrue(r.out().contains("cost 0.0"), r.out());

            Path out2 = dir.resolve("run2");
            CliTest.Result again = cli("run", out.resolve("scenario.json").toString(), "--out", out2.toString(),
                    "--model-cache", cache.toString());
            assertEquals(0, again.code(), again.err());
            assertEquals(calls, server.requests(), "the replay made no call");
            assertTrue(again.out().contains("model: 0 calls, 81 from cache"), again.out());
            assertEquals(Files.readString(out.resolve("metrics.csv")), Files.readString(out2.resolve("metrics.csv")));
            assertTrue(Files.readString(out2.resolve("model-calls.jsonl")).contains("\"cached\":true"));

            for (Path run : List.of(out, out2)) {
                try (Stream<Path> files = Files.walk(run)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        assertFalse(Files.readString(f).contains(key), f + " holds the key");
                    }
                }
            }
            assertFalse(r.out().contains(key) || r.err().contains(key) || again.out().contains(key));
        }
    }

    @Test
    void anOutageStopsTheRunNamingTheRoundAndRunningAgainResumes() throws Exception {
        Path cache = dir.resolve("cache");
        AtomicInteger budget = new AtomicInteger(30);
        try (ScriptedServer server = new ScriptedServer(r -> budget.getAndDecrement() > 0 ? answer(r)
                : ScriptedServer.error(503, "maintenance"))) {
            Path out = dir.resolve("run");
            CliTest.Result r = cli("run", scenario(server.url()).toString(), "--out", out.toString(), "--model-cache",
                    cache.toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().matches("(?s)error: the run stopped at round \\d+ of 24: .*maintenance.*"), r.err());
            assertTrue(r.err().contains("run " + out.resolve("scenario.json") + " again to resume"), r.err());

            budget.set(10_000);
            CliTest.Result resumed = cli("run", out.resolve("scenario.json").toString(), "--out",
                    dir.resolve("resumed").toString(), "--model-cache", cache.toString());
            assertEquals(0, resumed.code(), resumed.err());
            assertTrue(resumed.out().matches("(?s).*model: \\d+ calls, (29|30) from cache.*"), resumed.out());
        }
    }

    @Test
    void describeShowsTheModelBlockAndTheNewParameters() {
        CliTest.Result r = cli("describe", "donor-game");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"apiKeyEnv\""), r.out());
        assertTrue(r.out().contains("\"modelShare\""));
        assertTrue(r.out().contains("\"promptFolder\""));
        assertTrue(r.out().contains("\"model\" ]") || r.out().contains("\"model\""));
    }
}
