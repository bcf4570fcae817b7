package org.feedbackstudio.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.feedbackstudio.runtime.llm.ModelSpecFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes a scenario as the complete JSON document {@link ScenarioReader} reads back to an equal scenario. */
public final class ScenarioWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioWriter() {
    }

    public static ObjectNode toTree(Scenario scenario) {
        ObjectNode root = MAPPER.createObjectNode();
        if (!scenario.name().isEmpty()) {
            root.put("name", scenario.name());
        }
        if (!scenario.description().isEmpty()) {
            root.put("description", scenario.description());
        }
        root.put("simulator", scenario.simulator());
        root.put("seed", scenario.seed());
        ObjectNode parameters = root.putObject("parameters");
        for (Map.Entry<String, Object> e : scenario.parameters().asMap().entrySet()) {
            parameters.set(e.getKey(), valueNode(e.getValue()));
        }
        if (scenario.stopAfter() > 0) {
            root.putObject("stop").put("afterTicks", scenario.stopAfter());
        }
        if (scenario.model() != null) {
            root.set("model", ModelSpecFormat.write(scenario.model()));
        }
        if (!scenario.models().isEmpty()) {
            ObjectNode models = root.putObject("models");
            scenario.models().forEach((name, spec) -> models.set(name, ModelSpecFormat.write(spec)));
        }
        return root;
    }

    /** A canonical parameter value as JSON. */
    public static JsonNode valueNode(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof Double d) {
            return nodes.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(o -> array.add(String.valueOf(o)));
            return array;
        }
        return nodes.textNode(String.valueOf(value));
    }

    public static String toJson(Scenario scenario) {
        try {
            return MAPPER.writeValueAsString(toTree(scenario)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes atomically (to a temporary file, then a rename) so a crash never leaves half a scenario, with
     * the same permissions as every other output file ({@link Outputs}).
     */
    public static void write(Scenario scenario, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Outputs.writeAtomically(absolute, toJson(scenario));
    }
}
