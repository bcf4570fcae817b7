package org.feedbackstudio.core;

import org.feedbackstudio.runtime.llm.Backend;
import org.feedbackstudio.runtime.llm.ModelSpec;
import org.feedbackstudio.runtime.llm.Prices;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario's {@code model} block is read as strictly as the rest, and written back complete. */
class ModelBlockTest {
    private final ScenarioReader reader = new ScenarioReader(Catalog.standard());

    private Scenario read(String model) throws ScenarioException {
        return reader.read("{\n  \"simulator\": \"switching-costs\",\n  \"seed\": 1,\n  \"model\": " + model + "\n}",
                "s.json");
    }

    private ScenarioException refused(String model) {
        return assertThrows(ScenarioException.class, () -> read(model));
    }

    @Test
    void aFullBlockIsReadAndRoundTrips() throws ScenarioException {
        Scenario s = read("{\"backend\": \"openai\", \"baseUrl\": \"http://localhost:11434/v1/\", \"model\": \"llama3.2\","
                + " \"apiKeyEnv\": \"OLLAMA_KEY\", \"temperature\": 0.5, \"maxTokens\": 300, \"concurrency\": 8,"
                + " \"timeoutSeconds\": 30, \"retries\": 2, \"prices\": {\"inputPerMillion\": 2.5,"
                + " \"outputPerMillion\": 10}}");
        ModelSpec m = s.model();
        assertEquals(Backend.OPENAI, m.backend());
        assertEquals("http://localhost:11434/v1", m.baseUrl(), "the trailing slash goes");
        assertEquals("llama3.2", m.model());
        assertEquals("OLLAMA_KEY", m.apiKeyEnv());
        assertEquals(0.5, m.temperature());
        assertEquals(300, m.maxTokens());
        assertEquals(8, m.concurrency());
        assertEquals(30, m.timeoutSeconds());
        assertEquals(2, m.retries());
        assertEquals(ModelSpec.DEFAULT_REASKS, m.reasks());
        assertEquals(new Prices(2.5, 10), m.prices());
        assertEquals(s, reader.read(ScenarioWriter.toJson(s), "again"));
    }

    @Test
    void leftOutFieldsTakeTheirDefaults() throws ScenarioException {
        ModelSpec m = read("{\"backend\": \"anthropic\", \"model\": \"claude-sonnet-4-5\"}").model();
        assertEquals(ModelSpec.ANTHROPIC_URL, m.baseUrl());
        assertEquals(ModelSpec.ANTHROPIC_KEY_ENV, m.apiKeyEnv());
        assertEquals(0.8, m.temperature(), "the paper's temperature");
        assertNull(m.prices());
        assertNull(reader.read("{\"simulator\": \"switching-costs\"}", "s.json").model());
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndPlace() {
        ScenarioException e = refused("{\"backend\": \"openai\", \"baseUrl\": \"http://localhost:1/v1\", \"model\": \"m\","
                + " \"temperature\": 3}");
        assertEquals("model.temperature", e.field());
        assertTrue(e.getMessage().startsWith("s.json:4:"), e.getMessage());
        assertTrue(e.problem().contains("from 0 to 2"), e.problem());

        e = refused("{\"backend\": \"openai\", \"baseUrl\": \"http://localhost:1/v1\", \"model\": \"m\", \"temprature\": 1}");
        assertEquals("model.temprature", e.field());
        assertTrue(e.problem().contains("allowed: backend, baseUrl, model"), e.problem());

        e = refused("{\"backend\": \"gpt\", \"model\": \"m\"}");
        assertEquals("model.backend", e.field());
        assertTrue(e.problem().contains("openai, anthropic, embedded"), e.problem());

        e = refused("{\"backend\": \"openai\", \"model\": \"m\"}");
        assertEquals("model.baseUrl", e.field());

        e = refused("{\"backend\": \"openai\", \"baseUrl\": \"localhost:11434\", \"model\": \"m\"}");
        assertEquals("model.baseUrl", e.field());

        e = refused("{\"backend\": \"openai\", \"baseUrl\": \"http://localhost:1/v1\", \"model\": \"m\", \"concurrency\": 0}");
        assertEquals("model.concurrency", e.field());

        e = refused("{\"backend\": \"openai\", \"baseUrl\": \"http://localhost:1/v1\", \"model\": \"m\", "
                + "\"prices\": {\"inputPerMillion\": -1, \"outputPerMillion\": 1}}");
        assertEquals("model.prices.inputPerMillion", e.field());

        e = refused("{\"backend\": \"embedded\", \"baseUrl\": \"http://localhost:1/v1\", \"model\": \"m.gguf\"}");
        assertEquals("model.baseUrl", e.field());

        e = refused("\"llama3\"");
        assertEquals("model", e.field());
    }

    @Test
    void aKeyItselfIsRefusedWhereItsVariableBelongs() {
        ScenarioException e = refused("{\"backend\": \"openai\", \"baseUrl\": \"https://api.openai.com/v1\", "
                + "\"model\": \"gpt-4o\", \"apiKeyEnv\": \"sk-proj-abc123\"}");
        assertEquals("model.apiKeyEnv", e.field());
        assertTrue(e.problem().contains("never the key itself"), e.problem());
        assertTrue(!e.getMessage().contains("sk-proj-abc123"), "the message does not repeat what looks like a key");
    }

    @Test
    void aKeyWouldNeverTravelUnencrypted() {
        ScenarioException e = refused("{\"backend\": \"openai\", \"baseUrl\": \"http://10.1.2.3:8000/v1\", "
                + "\"model\": \"m\", \"apiKeyEnv\": \"MY_KEY\"}");
        assertEquals("model.baseUrl", e.field());
        assertTrue(e.problem().contains("https"), e.problem());
    }
}
