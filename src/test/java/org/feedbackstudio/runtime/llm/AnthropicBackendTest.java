package org.feedbackstudio.runtime.llm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The anthropic backend against a real loopback server speaking the Messages API from a script. */
class AnthropicBackendTest {
    static final String KEY = "sk-ant-test-0c9b8a7d6e5f4a3b";

    @TempDir
    Path cache;
    private ScriptedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ModelSpec spec() {
        return ModelSpec.of(Backend.ANTHROPIC, server.url(), "claude-test", "TEST_ANTHROPIC_KEY");
    }

    private ModelSession session(ModelSpec spec, ModelAccount account) {
        ModelEnvironment env = new ModelEnvironment(Map.of("TEST_ANTHROPIC_KEY", KEY)::get, cache, account);
        return new ModelSession(spec, () -> LanguageModels.open(spec, env), new AnswerCache(cache), account,
                OpenAiBackendTest.FAST);
    }

    @Test
    void sendsTheMessagesApiRequestAndReadsContentAndUsage() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.anthropic("Justification: fine.\nAnswer: 5", 120, 9));
        ModelAccount account = new ModelAccount();
        try (ModelSession s = session(spec().withTemperature(0.8), account)) {
            Answer<Integer> a = s.ask(OpenAiBackendTest.number(DecisionId.of(3, "agent", "1_1"), "How many?"));
            assertEquals(5, a.value());
        }
        ScriptedServer.Received r = server.received.get(0);
        assertEquals("/v1/messages", r.path());
        assertEquals(KEY, r.header("x-api-key"));
        assertEquals("2023-06-01", r.header("anthropic-version"));
        assertEquals("claude-test", r.body().get("model").asText());
        assertEquals("Answer with a number.", r.body().get("system").asText());
        assertEquals(1, r.body().get("messages").size());
        assertEquals("user", r.body().get("messages").get(0).get("role").asText());
        assertEquals("How many?", r.body().get("messages").get(0).get("content").asText());
        assertEquals(0.8, r.body().get("temperature").asDouble());
        assertEquals(ModelSpec.DEFAULT_MAX_TOKENS, r.body().get("max_tokens").asInt());
        assertEquals(120, account.snapshot().inputTokens());
        assertEquals(9, account.snapshot().outputTokens());
    }

    @Test
    void overloadAndRateLimitsAreRetried() throws Exception {
        server = new ScriptedServer(r -> switch (r.number()) {
            case 1 -> ScriptedServer.Response.json(529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                    + "\"message\":\"Overloaded\"}}");
            case 2 -> ScriptedServer.error(429, "rate limited").withHeader("Retry-After", "0");
            default -> ScriptedServer.anthropic("Answer: 2", 10, 2);
        });
        try (ModelSession s = session(spec(), new ModelAccount())) {
            Answer<Integer> a = s.ask(OpenAiBackendTest.number(DecisionId.of(3, "agent", "1_1"), "How many?"));
            assertEquals(2, a.value());
            assertEquals(2, a.calls().get(0).retries());
        }
    }

    @Test
    void anUnknownModelListsTheOffer() throws Exception {
        server = new ScriptedServer(r -> r.path().startsWith("/v1/models")
                ? ScriptedServer.models("claude-sonnet-4-5", "claude-haiku-4-5")
                : ScriptedServer.Response.json(404, "{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\","
                + "\"message\":\"model: claude-test\"}}"));
        try (ModelSession s = session(spec(), new ModelAccount())) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                    () -> s.ask(OpenAiBackendTest.number(DecisionId.of(3, "agent", "1_1"), "How many?")));
            assertTrue(e.getMessage().contains("claude-sonnet-4-5, claude-haiku-4-5"), e.getMessage());
        }
        assertEquals(KEY, server.received.get(1).header("x-api-key"));
    }

    @Test
    void aRefusedKeyIsReportedWithoutTheKey() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.Response.json(401, "{\"type\":\"error\",\"error\":{\"type\":"
                + "\"authentication_error\",\"message\":\"invalid x-api-key " + KEY + "\"}}"));
        try (ModelSession s = session(spec(), new ModelAccount())) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                    () -> s.ask(OpenAiBackendTest.number(DecisionId.of(3, "agent", "1_1"), "How many?")));
            assertEquals(ModelException.Kind.AUTHENTICATION, e.kind());
            assertFalse(e.getMessage().contains(KEY), e.getMessage());
            assertTrue(e.getMessage().contains("TEST_ANTHROPIC_KEY"), e.getMessage());
        }
        assertEquals(1, server.requests(), "a refused key is not retried");
    }

    @Test
    void assistantTurnsAlternateAndSystemMessagesJoin() throws Exception {
        server = new ScriptedServer(r -> ScriptedServer.anthropic("ok", 1, 1));
        ModelEnvironment env = new ModelEnvironment(Map.of("TEST_ANTHROPIC_KEY", KEY)::get, cache, new ModelAccount());
        try (LanguageModel m = LanguageModels.open(spec(), env)) {
            m.chat(new ChatRequest(List.of(ChatMessage.system("A."), ChatMessage.system("B."), ChatMessage.user("u1"),
                    ChatMessage.user("u2"), ChatMessage.assistant("a1"), ChatMessage.user("u3")),
                    spec().sampling(), 1));
        }
        var body = server.received.get(0).body();
        assertEquals("A.\n\nB.", body.get("system").asText());
        assertEquals(3, body.get("messages").size());
        assertEquals("u1\n\nu2", body.get("messages").get(0).get("content").asText());
        assertEquals("assistant", body.get("messages").get(1).get("role").asText());
    }
}
