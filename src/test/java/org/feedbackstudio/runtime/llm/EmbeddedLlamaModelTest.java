package org.feedbackstudio.runtime.llm;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded backend with real weights: the 260K-parameter TinyStories model in ../shared/models/. It
 * writes children's stories, not game moves, which is what this test needs: real generation, real token
 * counts, and answers that no reader can use.
 */
class EmbeddedLlamaModelTest {
    static final Path TINY = Path.of("..", "shared", "models", "stories260K.gguf");
    private static EmbeddedLlamaModel model;

    /** The test model, or the test is skipped, saying why. */
    static Path tinyModel() {
        Assumptions.assumeTrue(Files.isRegularFile(TINY), "the test model " + TINY.toAbsolutePath().normalize()
                + " is absent (a fresh clone has no shared/ folder beside it); skipping the embedded llama.cpp tests");
        return TINY;
    }

    @BeforeAll
    static void load() throws Exception {
        if (Files.isRegularFile(TINY)) {
            model = new EmbeddedLlamaModel(TINY.toString(), Duration.ofSeconds(60));
        }
    }

    @AfterAll
    static void unload() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void generatesTextWithTheGgufsChatTemplateAndCountsTokens() throws Exception {
        tinyModel();
        ChatRequest request = new ChatRequest(List.of(ChatMessage.system("You tell stories."),
                ChatMessage.user("Once upon a time")), new Sampling(0.8, 1.0, 40, List.of()), 42);
        ChatReply a = model.chat(request);
        assertFalse(a.text().isBlank());
        assertTrue(a.usage().inputTokens() > 10, "the chat template wraps the messages: " + a.usage());
        assertTrue(a.usage().outputTokens() > 0 && a.usage().outputTokens() <= 40, a.usage().toString());
        ChatReply b = model.chat(request);
        assertEquals(a.text(), b.text(), "one seed, one answer");
        ChatReply c = model.chat(new ChatRequest(request.messages(), request.sampling(), 43));
        assertFalse(c.text().isBlank());
        assertEquals(List.of(TINY.toString()), model.availableModels());
    }

    @Test
    void stopStringsAndTheTokenLimitEndTheAnswer() throws Exception {
        tinyModel();
        ChatReply r = model.chat(new ChatRequest(List.of(ChatMessage.user("Tell me a story.")),
                new Sampling(0.0, 1.0, 5, List.of()), 1));
        assertTrue(r.usage().outputTokens() <= 5, r.usage().toString());
    }

    @Test
    void aMissingFileOrOneThatIsNotGgufIsRefusedClearly(@TempDir Path dir) throws Exception {
        ModelException missing = assertThrows(ModelException.class,
                () -> new EmbeddedLlamaModel(dir.resolve("nothing.gguf").toString(), Duration.ofSeconds(5)));
        assertEquals(ModelException.Kind.CONFIGURATION, missing.kind());
        assertTrue(missing.getMessage().contains("no GGUF file at"), missing.getMessage());

        Path text = Files.writeString(dir.resolve("notes.gguf"), "these are notes, not weights");
        ModelException notGguf = assertThrows(ModelException.class,
                () -> new EmbeddedLlamaModel(text.toString(), Duration.ofSeconds(5)));
        assertTrue(notGguf.getMessage().contains("is not a GGUF model file"), notGguf.getMessage());

        ModelException folder = assertThrows(ModelException.class,
                () -> new EmbeddedLlamaModel(dir.toString(), Duration.ofSeconds(5)));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
    }
}
