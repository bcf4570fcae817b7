package org.feedbackstudio.runtime.llm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.feedbackstudio.runtime.llm.OpenAiBackendTest.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared machinery: cache, replay, re-asks and fallbacks, concurrency and resuming after an outage. */
class ModelSessionTest {
    @TempDir
    Path cache;
    private ScriptedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ModelSession session(ModelSpec spec, ModelAccount account) {
        ModelEnvironment env = new ModelEnvironment(name -> null, cache, account);
        return new ModelSession(spec, () -> LanguageModels.open(spec, env), new AnswerCache(cache), account,
                OpenAiBackendTest.FAST);
    }

    private ModelSpec spec(int concurrency) {
        return OpenAiBackendTest.spec(server.url(), null).withConcurrency(concurrency).withTemperature(1.0);
    }

    /** A "sampling" server: each call answers a fresh number, so only the cache can repeat an answer. */
    private static ScriptedServer.Response fresh(ScriptedServer.Received r) {
        return ScriptedServer.openAi("Answer: " + r.number(), 40, 3);
    }

    private static List<Question<Integer>> questions(int n, String prompt) {
        List<Question<Integer>> qs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            qs.add(number(DecisionId.of(7, "round", 1, "agent", "a" + i), prompt));
        }
        return qs;
    }

    @Test
    void aSecondRunReplaysFromTheCacheWithNoCall() throws Exception {
        server = new ScriptedServer(ModelSessionTest::fresh);
        List<Integer> first;
        ModelAccount a1 = new ModelAccount();
        try (ModelSession s = session(spec(4), a1)) {
            first = s.askAll(questions(12, "same prompt")).stream().map(Answer::value).toList();
        }
        assertEquals(12, server.requests());
        assertEquals(12, a1.snapshot().calls());
        assertEquals(12 * 40, a1.snapshot().inputTokens());

        ModelAccount a2 = new ModelAccount();
        List<Answer<Integer>> again;
        try (ModelSession s = session(spec(4), a2)) {
            again = s.askAll(questions(12, "same prompt"));
        }
        assertEquals(12, server.requests(), "the replay made no call");
        assertEquals(first, again.stream().map(Answer::value).toList());
        assertEquals(0, a2.snapshot().calls());
        assertEquals(12, a2.snapshot().cacheHits());
        assertTrue(again.stream().allMatch(a -> a.calls().get(0).cached()));
    }

    @Test
    void identicalPromptsInDifferentDecisionsGetIndependentAnswers() throws Exception {
        server = new ScriptedServer(ModelSessionTest::fresh);
        try (ModelSession s = session(spec(1), new ModelAccount())) {
            List<Answer<Integer>> answers = s.askAll(questions(5, "same prompt"));
            assertEquals(5, answers.stream().map(Answer::value).distinct().count());
        }
        assertEquals(5, server.requests());
    }

    @Test
    void theCacheIsKeyedByModelMessagesSamplingAndDecisionButNotByAddress() {
        List<ChatMessage> m = List.of(ChatMessage.user("How many?"));
        Sampling s = new Sampling(0.8, 1, 100, List.of());
        DecisionId d = DecisionId.of(1, "agent", "a");
        AnswerCache.Key k = AnswerCache.key("m", m, s, d);
        assertEquals(k, AnswerCache.key("m", List.of(ChatMessage.user("How many?")), new Sampling(0.8, 1, 100,
                List.of()), DecisionId.of(1, "agent", "a")));
        assertNotEquals(k, AnswerCache.key("m2", m, s, d));
        assertNotEquals(k, AnswerCache.key("m", List.of(ChatMessage.user("How many? ")), s, d));
        assertNotEquals(k, AnswerCache.key("m", List.of(ChatMessage.system("How many?")), s, d));
        assertNotEquals(k, AnswerCache.key("m", m, new Sampling(0.7, 1, 100, List.of()), d));
        assertNotEquals(k, AnswerCache.key("m", m, new Sampling(0.8, 1, 101, List.of()), d));
        assertNotEquals(k, AnswerCache.key("m", m, s, DecisionId.of(2, "agent", "a")));
        assertNotEquals(k, AnswerCache.key("m", m, s, DecisionId.of(1, "agent", "b")));
        assertNotEquals(k, AnswerCache.key("m", m, s, d.attempt(1)));
    }

    @Test
    void answersComeBackInTheQuestionsOrderWhateverOrderTheyArrive() throws Exception {
        // The answer names the agent; the server answers after random delays, so they arrive shuffled.
        server = new ScriptedServer(r -> ScriptedServer.openAi("Answer: " + r.lastUser().replaceAll("\\D", ""), 5, 1)
                .after(ThreadLocalRandom.current().nextInt(30)));
        List<Question<Integer>> qs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            qs.add(number(DecisionId.of(7, "agent", i), "agent " + i));
        }
        try (ModelSession s = session(spec(8), new ModelAccount())) {
            List<Answer<Integer>> answers = s.askAll(qs);
            for (int i = 0; i < 24; i++) {
                assertEquals(i, answers.get(i).value());
            }
        }
    }

    @Test
    void concurrencyBoundsTheCallsInFlight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server = new ScriptedServer(r -> {
            int now = inFlight.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return ScriptedServer.openAi("Answer: 1", 1, 1);
        });
        try (ModelSession s = session(spec(3), new ModelAccount())) {
            s.askAll(questions(12, "x"));
        }
        assertTrue(most.get() <= 3, "at most 3 in flight, saw " + most.get());
        assertTrue(most.get() >= 2, "calls went out together, saw at most " + most.get());
    }

    @Test
    void unreadableAnswersAreReaskedABoundedNumberOfTimesThenFallBack() throws Exception {
        server = new ScriptedServer(r -> r.lastUser().contains("stubborn") ? ScriptedServer.openAi("I'd rather not.", 9, 4)
                : r.number() % 2 == 1 ? ScriptedServer.openAi("", 9, 0) : ScriptedServer.openAi("Answer: 6", 9, 2));
        ModelAccount account = new ModelAccount();
        ModelSpec spec = spec(1).withLimits(5, 0, 3);
        try (ModelSession s = session(spec, account)) {
            Answer<Integer> stubborn = s.ask(number(DecisionId.of(7, "agent", "s"), "stubborn"));
            assertTrue(stubborn.fellBack());
            assertNull(stubborn.value());
            assertEquals(4, stubborn.calls().size(), "one asking and three re-asks");
            assertEquals(List.of(0, 1, 2, 3), stubborn.calls().stream().map(c -> c.decision().attempt()).toList());
            assertEquals(CallRecord.Outcome.FALLBACK, stubborn.calls().get(3).outcome());
            assertEquals(CallRecord.Outcome.REASKED, stubborn.calls().get(0).outcome());
            assertTrue(stubborn.note().contains("Answer"), stubborn.note());

            Answer<Integer> second = s.ask(number(DecisionId.of(7, "agent", "t"), "empty first"));
            assertFalse(second.fellBack());
            assertEquals(6, second.value());
            assertEquals(2, second.calls().size(), "an empty answer was asked again");
        }
        assertEquals(1, account.snapshot().fallbacks());
        assertEquals(4, account.snapshot().reasks());
        assertEquals(6, account.snapshot().calls());
    }

    @Test
    void aRunStoppedByAnOutageResumesFromTheCache() throws Exception {
        AtomicInteger budget = new AtomicInteger(5);
        server = new ScriptedServer(r -> budget.getAndDecrement() > 0 ? ScriptedServer.openAi(
                "Answer: " + (100 + r.number()), 10, 2) : ScriptedServer.error(503, "down for maintenance"));
        ModelSpec spec = spec(1).withLimits(5, 1, 0);
        List<Question<Integer>> qs = questions(8, "x");
        try (ModelSession s = session(spec, new ModelAccount())) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class, () -> s.askAll(qs));
            assertTrue(e.getMessage().contains("down for maintenance"), e.getMessage());
        }
        int beforeResume = server.requests();
        budget.set(1000);
        ModelAccount account = new ModelAccount();
        List<Answer<Integer>> answers;
        try (ModelSession s = session(spec, account)) {
            answers = s.askAll(qs);
        }
        assertEquals(5, account.snapshot().cacheHits(), "the five answered before the outage came from the cache");
        assertEquals(3, account.snapshot().calls());
        assertEquals(beforeResume + 3, server.requests());
        assertEquals(List.of(101, 102, 103, 104, 105), answers.subList(0, 5).stream().map(Answer::value).toList());
    }

    @Test
    void aReplayNeedsNoServerAtAll() throws Exception {
        server = new ScriptedServer(ModelSessionTest::fresh);
        ModelSpec spec = spec(2);
        List<Integer> first;
        try (ModelSession s = session(spec, new ModelAccount())) {
            first = s.askAll(questions(4, "x")).stream().map(Answer::value).toList();
        }
        server.close();
        try (ModelSession s = session(spec, new ModelAccount())) {
            assertEquals(first, s.askAll(questions(4, "x")).stream().map(Answer::value).toList());
        }
        server = null;
    }

    @Test
    void theUserCacheFolderFollowsXdg() {
        assertEquals(Path.of("/x/cache/feedback-studio/answers"), ModelEnvironment.defaultCacheDir(
                n -> n.equals("XDG_CACHE_HOME") ? "/x/cache" : null, "/home/u"));
        assertEquals(Path.of("/home/u/.cache/feedback-studio/answers"), ModelEnvironment.defaultCacheDir(
                n -> null, "/home/u"));
        assertEquals(Path.of("/home/u/.cache/feedback-studio/answers"), ModelEnvironment.defaultCacheDir(
                n -> n.equals("XDG_CACHE_HOME") ? "relative/path" : null, "/home/u"));
    }
}
