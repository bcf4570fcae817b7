package org.feedbackstudio.donor;

import org.feedbackstudio.core.EventRecorder;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.runtime.llm.Backend;
import org.feedbackstudio.runtime.llm.ModelAccount;
import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Donor Game generation played by the embedded llama.cpp backend on the tiny TinyStories model: it
 * answers with stories, never with a strategy or a number, so every decision must fall back cleanly and be
 * counted — the game goes on.
 */
class EmbeddedDonorGameTest {
    private static final Path TINY = Path.of("..", "shared", "models", "stories260K.gguf");

    @Test
    void storiesInsteadOfAnswersFallBackAndAreCounted(@TempDir Path cache, @TempDir Path prompts) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TINY), "the test model " + TINY.toAbsolutePath().normalize()
                + " is absent (a fresh clone has no shared/ folder beside it); skipping the embedded Donor Game test");
        ModelSpec model = new ModelSpec(Backend.EMBEDDED, null, TINY.toString(), null, 0.8, 1.0, 24, 1, 60, 0, 1,
                null);
        // Short prompts of the user's own keep the tiny model quick (its tokens are nearly single letters).
        Files.writeString(prompts.resolve("system.txt"), "A game of giving.");
        Files.writeString(prompts.resolve("strategy-first.txt"), "{name}: your plan?");
        Files.writeString(prompts.resolve("donation.txt"), "{name}, you have {resources}. {question}");
        Files.writeString(prompts.resolve("answer-donate.txt"), "Units?");
        Scenario s = Games.scenario(2, "agentMode=model", "agents=4", "rounds=2", "generations=1",
                "promptFolder=" + prompts).withModel(model);
        EventRecorder events = new EventRecorder();
        ModelAccount account = new ModelAccount();
        try (Simulation sim = Games.SIMULATOR.start(s, events, new ModelEnvironment(n -> null, cache, account))) {
            Games.runToEnd(sim);
            assertEquals(8, Games.value(sim, "fallbacks"), "2 games × 2 rounds × 2 donors, none readable");
            assertEquals(0.0, Games.value(sim, "generationDonationFraction"));
            assertEquals(10.0, Games.value(sim, "generationScore"), "nobody gave: everyone keeps 10");
        }
        assertEquals(8, events.ofKind("fallback").stream().filter(e -> !"strategy".equals(e.data().get("kind")))
                .count());
        assertEquals(4, events.ofKind("fallback").stream().filter(e -> "strategy".equals(e.data().get("kind")))
                .count());
        // Each of the 12 decisions was asked twice (one re-ask): 24 calls, every one with real tokens.
        assertEquals(24, account.snapshot().calls());
        assertEquals(12, account.snapshot().fallbacks());
        assertTrue(account.snapshot().outputTokens() > 0);
        assertEquals(24, events.ofKind("model-call").size());
    }
}
