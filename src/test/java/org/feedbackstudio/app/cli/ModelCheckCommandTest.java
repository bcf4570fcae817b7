package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.runtime.llm.ScriptedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code model-check}: one short prompt, the reply and latency, or exit 2 with the reason. */
class ModelCheckCommandTest {
    @TempDir
    Path dir;

    private CliTest.Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(Catalog.standard(), new PrintWriter(out), new PrintWriter(err), args);
        return new CliTest.Result(code, out.toString(), err.toString());
    }

    private Path scenario(String baseUrl) throws Exception {
        return Files.writeString(dir.resolve("s.json"), "{\"simulator\": \"switching-costs\", \"model\": "
                + "{\"backend\": \"openai\", \"baseUrl\": \"" + baseUrl + "\", \"model\": \"tiny-chat\"}}");
    }

    @Test
    void printsTheReplyAndLatency() throws Exception {
        try (ScriptedServer server = new ScriptedServer(r -> ScriptedServer.openAi("ready", 21, 1))) {
            CliTest.Result r = cli("model-check", scenario(server.url() + "/v1").toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("reply: ready"), r.out());
            assertTrue(r.out().matches("(?s).*latency: \\d+ ms \\(21 tokens in, 1 out\\).*"), r.out());
            assertEquals("tiny-chat", server.received.get(0).body().get("model").asText());
        }
    }

    @Test
    void exitsTwoWithTheReasonWhenNobodyAnswers() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CliTest.Result r = cli("model-check", scenario("http://127.0.0.1:" + port + "/v1").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nobody answers at http://127.0.0.1:" + port + "/v1"), r.err());
    }

    @Test
    void aScenarioWithoutAModelIsBadInput() throws Exception {
        Path s = Files.writeString(dir.resolve("plain.json"), "{\"simulator\": \"switching-costs\"}");
        CliTest.Result r = cli("model-check", s.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no model block"), r.err());
    }
}
