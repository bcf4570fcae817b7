package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.negotiation.NegotiationScript;
import org.feedbackstudio.runtime.llm.ScriptedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run} and {@code describe} for a negotiation whose roles are played by several named models. */
class NegotiationModelRunTest {
    @TempDir
    Path dir;

    private CliTest.Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(Catalog.standard(), new PrintWriter(out), new PrintWriter(err), args);
        return new CliTest.Result(code, out.toString(), err.toString());
    }

    private Path scenario(String url) throws Exception {
        String block = "{\"backend\": \"openai\", \"baseUrl\": \"" + url + "/v1\", \"model\": \"%s\", \"retries\": 0}";
        return Files.writeString(dir.resolve("in.json"), "{\"simulator\": \"negotiation\", \"seed\": 5, \"parameters\":"
                + " {\"seller\": \"model\", \"sellerModel\": \"big\", \"buyer\": \"model\", \"buyerModel\": \"small\","
                + " \"critic\": \"model\", \"moderator\": \"model\", \"rounds\": 2, \"gamesPerRound\": 3},"
                + " \"model\": " + block.formatted("judge") + ", \"models\": {\"big\": " + block.formatted("big-chat")
                + ", \"small\": " + block.formatted("small-chat") + "}}");
    }

    @Test
    void runsWithNamedModelsWritesEveryCallAndReplaysWithNone() throws Exception {
        Path cache = dir.resolve("cache");
        try (ScriptedServer server = new ScriptedServer(NegotiationScript::answer)) {
            Path out = dir.resolve("run1");
            CliTest.Result r = cli("run", scenario(server.url()).toString(), "--out", out.toString(), "--model-cache",
                    cache.toString());
            assertEquals(0, r.code(), r.err());
            int calls = server.requests();
            assertEquals(2 * 3 * 9 + 3, calls, "as in the scripted game: 8 utterances and 1 verdict a game, 3 critiques");
            for (ScriptedServer.Received q : server.received) {
                NegotiationScript.Chat c = NegotiationScript.chat(q);
                String expected = c.is("seller") ? "big-chat" : c.is("buyer") ? "small-chat" : "judge";
                assertEquals(expected, q.body().get("model").asText());
            }
            List<String> lines = Files.readAllLines(out.resolve("model-calls.jsonl"));
            assertEquals(calls, lines.size(), "one line per call");
            assertTrue(lines.stream().anyMatch(l -> l.contains("\"role\":\"critic\"")));
            String scenario = Files.readString(out.resolve("scenario.json"));
            assertTrue(scenario.contains("\"models\""), scenario);

            CliTest.Result again = cli("run", out.resolve("scenario.json").toString(), "--out",
                    dir.resolve("run2").toString(), "--model-cache", cache.toString());
            assertEquals(0, again.code(), again.err());
            assertEquals(calls, server.requests(), "the replay made no call");
            assertTrue(again.out().contains("model: 0 calls, " + calls + " from cache"), again.out());
            assertEquals(Files.readString(out.resolve("metrics.csv")),
                    Files.readString(dir.resolve("run2").resolve("metrics.csv")));
        }
    }

    @Test
    void describeNamesTheRoleParameters() {
        CliTest.Result d = cli("describe", "negotiation");
        assertEquals(0, d.code(), d.err());
        for (String p : List.of("\"seller\"", "\"buyer\"", "\"critic\"", "\"moderator\"", "\"sellerModel\"",
                "\"buyerModel\"", "\"criticModel\"", "\"moderatorModel\"", "\"promptFolder\"")) {
            assertTrue(d.out().contains(p), p + " in " + d.out());
        }
        assertTrue(d.out().contains("a name from the scenario's models"), d.out());
    }

    @Test
    void aRoleNamingAMissingModelIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path in = Files.writeString(dir.resolve("bad.json"), "{\"simulator\": \"negotiation\", \"parameters\":"
                + " {\"seller\": \"model\", \"sellerModel\": \"nobody\"}}");
        CliTest.Result r = cli("run", in.toString(), "--out", dir.resolve("never").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("parameters.sellerModel"), r.err());
        assertTrue(r.err().contains("no model named \"nobody\""), r.err());
        assertTrue(Files.notExists(dir.resolve("never")));
    }

    @Test
    void crossPlayWritesTheTournamentTable() throws Exception {
        try (ScriptedServer server = new ScriptedServer(NegotiationScript::answer)) {
            String block = "{\"backend\": \"openai\", \"baseUrl\": \"" + server.url() + "/v1\", \"model\": \"%s\"}";
            Path in = Files.writeString(dir.resolve("cross.json"), "{\"simulator\": \"negotiation\", \"seed\": 3,"
                    + " \"parameters\": {\"crossPlay\": \"soft,hard\", \"gamesPerRound\": 2}, \"models\": {\"soft\": "
                    + block.formatted("soft-chat") + ", \"hard\": " + block.formatted("hard-chat") + "}}");
            Path out = dir.resolve("cross");
            CliTest.Result r = cli("run", in.toString(), "--out", out.toString(), "--model-cache",
                    dir.resolve("cache").toString());
            assertEquals(0, r.code(), r.err());
            List<String> table = Files.readAllLines(out.resolve("tournament.csv"));
            assertEquals(List.of("seller,buyer,games,deals,dealRate,meanPrice,meanTurns,noAnswers,disagreements",
                    "soft,soft,2,2,1.0,15.0,4.0,0,0", "soft,hard,2,2,1.0,14.0,5.0,0,0",
                    "hard,soft,2,2,1.0,16.0,4.0,0,0", "hard,hard,2,2,1.0,15.0,5.0,0,0"), table);
            assertTrue(!Files.readString(out.resolve("events.jsonl")).contains("table-row"), "rows have their own file");
        }
    }
}
