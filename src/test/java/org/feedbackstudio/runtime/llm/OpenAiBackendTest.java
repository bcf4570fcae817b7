package org.feedbackstudio.runtime.llm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The openai backend against a real loopback server speaking OpenAI's chat completions from a script. */
class OpenAiBackendTest {
    static final String KEY = "sk-test-7f3a9c1e5b2d4f6a8c0e";
    static final Map<String, String> ENV = Map.of("TEST_OPENAI_KEY", KEY);
    static final ModelSession.Backoff FAST = new ModelSession.Backoff(Duration.ofMillis(5), Duration.ofMillis(40));

    @TempDir
    Path cache;
    private ScriptedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static ModelSpec spec(String url, String keyEnv) {
        return ModelSpec.of(Backend.OPENAI, url + "/v1", "tiny-chat", keyEnv);
    }

    ModelEnvironment environment() {
        return new ModelEnvironment(ENV::get, cache, new ModelAccount());
    }

    ModelSession session(ModelSpec spec, ModelEnvironment env) {
        return new ModelSession(spec, () -> LanguageModels.open(spec, env), new AnswerCache(env.cacheDir()),
                env.account(), FAST);
    }

    static Question<Integer> number(DecisionId id, String prompt) {
        return new Question<>(id, List.of(ChatMessage.system("Answer with a number."), ChatMessage.user(prompt)),
                text -> {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Answer:\\s*(\\d+)").matcher(text);
                    return m.find() ? Reading.read(Integer.parseInt(m.group(1)), "Answer: " + m.group(1))
                            : Reading.unreadable("no \"Answer: <number>\" line");
                });
    }

    @Test
    void sendsModelMessagesSamplingAndKeyAndReadsTheReplyAndUsage() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.openAi("Justification: fair.\nAnswer: 4", 31, 7));
        ModelSpec spec = spec(server.url(), "TEST_OPENAI_KEY").withTemperature(0.3);
        try (LanguageModel model = LanguageModels.open(spec, environment())) {
            ChatReply reply = model.chat(new ChatRequest(List.of(ChatMessage.system("Be brief."),
                    ChatMessage.user("How many?")), new Sampling(0.3, 0.9, 50, List.of("END")), 12345));
            assertEquals("Justification: fair.\nAnswer: 4", reply.text());
            assertEquals(31, reply.usage().inputTokens());
            assertEquals(7, reply.usage().outputTokens());
            assertTrue(reply.usage().latencyNanos() > 0);
        }
        ScriptedServer.Received r = server.received.get(0);
        assertEquals("POST", r.method());
        assertEquals("/v1/chat/completions", r.path());
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        assertEquals("tiny-chat", r.body().get("model").asText());
        assertEquals(0.3, r.body().get("temperature").asDouble());
        assertEquals(0.9, r.body().get("top_p").asDouble());
        assertEquals(50, r.body().get("max_tokens").asInt());
        assertEquals("END", r.body().get("stop").get(0).asText());
        assertEquals(12345, r.body().get("seed").asLong());
        assertEquals("system", r.body().get("messages").get(0).get("role").asText());
        assertEquals("Be brief.", r.body().get("messages").get(0).get("content").asText());
        assertEquals("user", r.body().get("messages").get(1).get("role").asText());
        assertEquals("How many?", r.body().get("messages").get(1).get("content").asText());
    }

    @Test
    void aServerThatRefusesMaxTokensGetsMaxCompletionTokensFromThenOn() throws Exception {
        // OpenAI's reasoning models answer this way to the older field name.
        server = new ScriptedServer(r -> r.body().has("max_tokens")
                ? ScriptedServer.Response.json(400, "{\"error\":{\"message\":\"Unsupported parameter: 'max_tokens' is "
                        + "not supported with this model. Use 'max_completion_tokens' instead.\",\"type\":"
                        + "\"invalid_request_error\",\"param\":\"max_tokens\"}}")
                : ScriptedServer.openAi("Answer: 2", 3, 1));
        ModelSpec spec = spec(server.url(), null);
        try (LanguageModel model = LanguageModels.open(spec, environment())) {
            for (int i = 0; i < 2; i++) {
                ChatReply reply = model.chat(new ChatRequest(List.of(ChatMessage.user("How many?")),
                        new Sampling(0.3, 1.0, 64, List.of()), i));
                assertEquals("Answer: 2", reply.text());
            }
        }
        assertEquals(3, server.received.size(), "one refusal, then every request with the newer field");
        assertEquals(64, server.received.get(1).body().get("max_completion_tokens").asInt());
        assertFalse(server.received.get(2).body().has("max_tokens"));
        assertEquals(64, server.received.get(2).body().get("max_completion_tokens").asInt());
    }

    @Test
    void noKeyNoAuthorizationHeader() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.openAi("Answer: 1", 1, 1));
        try (LanguageModel model = LanguageModels.open(spec(server.url(), null), environment())) {
            model.chat(new ChatRequest(List.of(ChatMessage.user("hi")), ModelSpec.of(Backend.OPENAI, "x", "m", null)
                    .sampling(), 1));
        }
        assertNull(server.received.get(0).header("Authorization"));
    }

    @Test
    void rateLimitHonoursRetryAfterThenSucceeds() throws Exception {
        server = new ScriptedServer(r -> r.number() == 1
                ? ScriptedServer.error(429, "Rate limit reached").withHeader("Retry-After", "1")
                : ScriptedServer.openAi("Answer: 3", 10, 2));
        ModelEnvironment env = environment();
        try (ModelSession session = session(spec(server.url(), null), env)) {
            long t0 = System.nanoTime();
            Answer<Integer> a = session.ask(number(DecisionId.of(1, "agent", "a"), "How many?"));
            double waited = (System.nanoTime() - t0) / 1e9;
            assertEquals(3, a.value());
            assertEquals(1, a.calls().get(0).retries());
            assertTrue(waited >= 0.95, "waited " + waited + " s; the server asked for 1 s");
        }
        assertEquals(2, server.requests());
        assertEquals(1, env.account().snapshot().retries());
        assertEquals(1, env.account().snapshot().calls());
    }

    @Test
    void serverErrorsAndGarbledResponsesAreRetriedWithBackoff() throws Exception {
        server = new ScriptedServer(r -> switch (r.number()) {
            case 1 -> ScriptedServer.error(503, "overloaded");
            case 2 -> ScriptedServer.Response.json(200, "{not json");
            case 3 -> ScriptedServer.Response.json(200, "{\"choices\": []}");
            default -> ScriptedServer.openAi("Answer: 8", 10, 2);
        });
        try (ModelSession session = session(spec(server.url(), null), environment())) {
            Answer<Integer> a = session.ask(number(DecisionId.of(1, "agent", "a"), "How many?"));
            assertEquals(8, a.value());
            assertEquals(3, a.calls().get(0).retries());
        }
    }

    @Test
    void persistentServerErrorsStopAfterTheRetriesWithTheReason() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.error(500, "internal failure"));
        ModelSpec spec = spec(server.url(), null).withLimits(5, 2, 0);
        try (ModelSession session = session(spec, environment())) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                    () -> session.ask(number(DecisionId.of(1, "agent", "a"), "How many?")));
            assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
            assertTrue(e.getMessage().contains("internal failure"), e.getMessage());
            assertTrue(e.getMessage().contains("3 tries"), e.getMessage());
        }
        assertEquals(3, server.requests());
    }

    @Test
    void aSlowServerTimesOut() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.openAi("Answer: 1", 1, 1).after(3000));
        ModelSpec spec = spec(server.url(), null).withLimits(1, 0, 0);
        try (LanguageModel model = LanguageModels.open(spec, environment())) {
            ModelException e = assertThrows(ModelException.class, () -> model.chat(
                    new ChatRequest(List.of(ChatMessage.user("hi")), spec.sampling(), 1)));
            assertEquals(ModelException.Kind.TIMEOUT, e.kind());
            assertTrue(e.getMessage().contains("within 1 s"), e.getMessage());
        }
    }

    @Test
    void connectionRefusedSaysNobodyAnswers() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ModelSpec spec = spec("http://127.0.0.1:" + port, null);
        try (LanguageModel model = LanguageModels.open(spec, environment())) {
            ModelException e = assertThrows(ModelException.class, () -> model.chat(
                    new ChatRequest(List.of(ChatMessage.user("hi")), spec.sampling(), 1)));
            assertEquals(ModelException.Kind.CONNECTION, e.kind());
            assertTrue(e.getMessage().contains("nobody answers"), e.getMessage());
        }
    }

    @Test
    void anUnknownModelNameSaysWhatTheServerOffers() throws Exception {
        server = new ScriptedServer(r -> r.path().endsWith("/models")
                ? ScriptedServer.models("llama3.2", "qwen2.5:7b")
                : ScriptedServer.error(404, "model \"tiny-chat\" not found, try pulling it first"));
        try (ModelSession session = session(spec(server.url(), null), environment())) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                    () -> session.ask(number(DecisionId.of(1, "agent", "a"), "How many?")));
            assertEquals(ModelException.Kind.UNKNOWN_MODEL, e.kind());
            assertTrue(e.getMessage().contains("does not know the model \"tiny-chat\""), e.getMessage());
            assertTrue(e.getMessage().contains("it offers: llama3.2, qwen2.5:7b"), e.getMessage());
        }
        assertEquals(2, server.requests(), "an unknown model is not retried");
    }

    @Test
    void theKeyNeverAppearsInErrorsEvenWhenTheServerEchoesIt() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.error(401, "Incorrect API key provided: " + KEY));
        ModelSpec spec = spec(server.url(), "TEST_OPENAI_KEY");
        try (ModelSession session = session(spec, environment())) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                    () -> session.ask(number(DecisionId.of(1, "agent", "a"), "How many?")));
            assertEquals(ModelException.Kind.AUTHENTICATION, e.kind());
            assertFalse(e.getMessage().contains(KEY), e.getMessage());
            assertTrue(e.getMessage().contains("[TEST_OPENAI_KEY]"), e.getMessage());
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            assertFalse(trace.toString().contains(KEY));
        }
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(KEY), f.toString());
            }
        }
    }

    @Test
    void aMissingKeyVariableIsNamed() {
        ModelSpec spec = spec("http://127.0.0.1:9", "NO_SUCH_VARIABLE_FOR_TESTS");
        ModelException e = assertThrows(ModelException.class, () -> LanguageModels.open(spec, environment()));
        assertEquals(ModelException.Kind.AUTHENTICATION, e.kind());
        assertTrue(e.getMessage().contains("NO_SUCH_VARIABLE_FOR_TESTS"), e.getMessage());
    }

    @Test
    void aKeyIsNeverSentUnencryptedToAnotherMachine() {
        ModelSpec spec = spec("http://models.example.org", "TEST_OPENAI_KEY");
        ModelException e = assertThrows(ModelException.class, () -> LanguageModels.open(spec, environment()));
        assertEquals(ModelException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("https"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
        assertTrue(Endpoint.keySafe(URI.create("https://api.openai.com/v1")));
        assertTrue(Endpoint.keySafe(URI.create("http://localhost:11434/v1")));
        assertTrue(Endpoint.keySafe(URI.create("http://127.0.0.2:8080/v1")));
        assertTrue(Endpoint.keySafe(URI.create("http://[::1]:8080/v1")));
        assertFalse(Endpoint.keySafe(URI.create("http://192.168.1.5:11434/v1")));
        assertFalse(Endpoint.keySafe(URI.create("http://127.0.0.1.example.org/v1")));
    }

    @Test
    void listsTheServersModels() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.models("b-model", "a-model"));
        assertEquals(List.of("a-model", "b-model"), ModelCheck.models(spec(server.url(), null), environment()));
        assertEquals("/v1/models", server.received.get(0).path());
    }

    @Test
    void modelCheckSendsOneShortPrompt() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.openAi("ready", 20, 1));
        ModelCheck.Result result = ModelCheck.run(spec(server.url(), null), environment());
        assertEquals("ready", result.reply());
        assertEquals(1, server.requests());
        assertTrue(server.received.get(0).body().get("max_tokens").asInt() <= 16);
    }
}
