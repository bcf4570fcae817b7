package org.feedbackstudio.core;

import org.feedbackstudio.runtime.llm.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario's {@code models} map — several named model blocks beside the single one — is read strictly and round-trips. */
class NamedModelsTest {
    private final ScenarioReader reader = new ScenarioReader(Catalog.standard());

    private Scenario read(String models) throws ScenarioException {
        return reader.read("{\n  \"simulator\": \"switching-costs\",\n  \"seed\": 1,\n  \"models\": " + models + "\n}",
                "s.json");
    }

    @Test
    void namedBlocksAreReadInOrderAndRoundTrip() throws ScenarioException {
        Scenario s = read("{\"small\": {\"backend\": \"openai\", \"baseUrl\": \"http://localhost:11434/v1\","
                + " \"model\": \"llama3.2\"}, \"qwen2.5:7b\": {\"backend\": \"openai\", \"baseUrl\":"
                + " \"http://localhost:11434/v1\", \"model\": \"qwen2.5:7b\", \"temperature\": 1.0}}");
        assertEquals(List.of("small", "qwen2.5:7b"), List.copyOf(s.models().keySet()));
        ModelSpec q = s.models().get("qwen2.5:7b");
        assertEquals("qwen2.5:7b", q.model());
        assertEquals(1.0, q.temperature());
        assertTrue(s.hasModels());
        assertEquals(s, reader.read(ScenarioWriter.toJson(s), "again"));
        assertFalse(reader.read("{\"simulator\": \"switching-costs\"}", "s.json").hasModels());
    }

    @Test
    void badBlocksAndNamesAreRefusedNamingTheField() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("{\"a\": {\"backend\": \"openai\","
                + " \"baseUrl\": \"http://localhost:1/v1\", \"model\": \"m\", \"temperature\": 3}}"));
        assertEquals("models.a.temperature", e.field());
        assertTrue(e.getMessage().contains("from 0 to 2"), e.getMessage());
        ScenarioException name = assertThrows(ScenarioException.class, () -> read("{\"a b\": {\"backend\": \"openai\","
                + " \"baseUrl\": \"http://localhost:1/v1\", \"model\": \"m\"}}"));
        assertEquals("models.a b", name.field());
        ScenarioException notMap = assertThrows(ScenarioException.class, () -> read("[1]"));
        assertEquals("models", notMap.field());
    }
}
