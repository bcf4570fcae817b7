package org.feedbackstudio.core;

import com.fasterxml.jackson.databind.JsonNode;
import org.feedbackstudio.runtime.llm.ModelSpec;
import org.feedbackstudio.runtime.llm.ModelSpecException;
import org.feedbackstudio.runtime.llm.ModelSpecFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads scenario files strictly: an unknown field, a wrong type or an out-of-range value is an error
 * that names the file, the field (with line and column) and what is allowed. A scenario may name only
 * the simulator; every parameter it leaves out takes its default, and a missing seed is drawn fresh.
 */
public final class ScenarioReader {
    static final Set<String> TOP_LEVEL_FIELDS = Set.of("name", "description", "simulator", "seed", "parameters",
            "stop", "model", "models");
    private static final String TOP_LEVEL_LIST = "name, description, simulator, seed, parameters, stop, model, models";
    /** A named model's name: what role parameters write to choose it. */
    private static final String MODEL_NAME = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}";

    private final Catalog catalog;

    public ScenarioReader(Catalog catalog) {
        this.catalog = catalog;
    }

    public Scenario read(Path file) throws ScenarioException {
        String source = file.toString();
        return read(TextFiles.readUtf8(file, source), source);
    }

    /**
     * Parses a scenario from JSON text.
     *
     * @param source the name used in messages (a file name, "preset bandit.json")
     */
    public Scenario read(String json, String source) throws ScenarioException {
        LocatedJson doc = LocatedJson.parse(json, source);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            throw at(doc, source, "", "a scenario is a JSON object such as {\"simulator\": \"switching-costs\"}");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!TOP_LEVEL_FIELDS.contains(field)) {
                throw at(doc, source, field, "unknown field; allowed: " + TOP_LEVEL_LIST);
            }
        }
        JsonNode simulatorNode = root.get("simulator");
        if (simulatorNode == null) {
            throw new ScenarioException(source, "simulator", "missing; name one of: "
                    + String.join(", ", catalog.ids()));
        }
        if (!simulatorNode.isTextual()) {
            throw at(doc, source, "simulator", "expected the id of a simulator, one of: "
                    + String.join(", ", catalog.ids()));
        }
        Simulator simulator;
        try {
            simulator = catalog.require(simulatorNode.asText());
        } catch (ScenarioException e) {
            throw at(doc, source, "simulator", e.problem());
        }
        String name = optionalText(doc, source, root, "name");
        String description = optionalText(doc, source, root, "description");

        long seed;
        JsonNode seedNode = root.get("seed");
        if (seedNode == null) {
            seed = Seeds.fresh();
        } else if (seedNode.isIntegralNumber() && seedNode.canConvertToLong()) {
            seed = seedNode.asLong();
        } else {
            throw at(doc, source, "seed", "expected a whole number (a 64-bit integer), got " + seedNode);
        }

        long stopAfter = 0;
        JsonNode stop = root.get("stop");
        if (stop != null) {
            if (!stop.isObject()) {
                throw at(doc, source, "stop", "expected an object such as {\"afterTicks\": 1000}");
            }
            for (Iterator<String> it = stop.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!field.equals("afterTicks")) {
                    throw at(doc, source, "stop." + field, "unknown field; allowed: afterTicks");
                }
            }
            JsonNode after = stop.get("afterTicks");
            if (after != null) {
                if (!after.isIntegralNumber() || !after.canConvertToLong() || after.asLong() < 0) {
                    throw at(doc, source, "stop.afterTicks", "expected a whole number >= 0 (0 = run to the end), got "
                            + after);
                }
                stopAfter = after.asLong();
            }
        }

        ParameterSpace space = simulator.parameters();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter<?> p : space.all()) {
            values.put(p.name(), p.defaultValue());
        }
        JsonNode parameters = root.get("parameters");
        if (parameters != null) {
            if (!parameters.isObject()) {
                throw at(doc, source, "parameters", "expected an object of parameter values such as {\""
                        + space.all().get(0).name() + "\": " + space.all().get(0).defaultValue() + "}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String path = "parameters." + entry.getKey();
                Parameter<?> p = space.find(entry.getKey()).orElse(null);
                if (p == null) {
                    throw at(doc, source, path, "unknown parameter for " + simulator.id() + "; known: "
                            + String.join(", ", space.names()));
                }
                try {
                    values.put(p.name(), p.coerce(toJava(entry.getValue())));
                } catch (IllegalArgumentException e) {
                    throw at(doc, source, path, e.getMessage());
                }
            }
        }
        ModelSpec model = null;
        JsonNode modelNode = root.get("model");
        if (modelNode != null && !modelNode.isNull()) {
            try {
                model = ModelSpecFormat.read(modelNode);
            } catch (ModelSpecException e) {
                String field = e.field().isEmpty() ? "model" : "model." + e.field();
                String located = doc.line(field) > 0 ? field : "model";
                throw new ScenarioException(source, field, doc.line(located), doc.column(located), e.problem());
            }
        }
        Map<String, ModelSpec> models = new LinkedHashMap<>();
        JsonNode modelsNode = root.get("models");
        if (modelsNode != null && !modelsNode.isNull()) {
            if (!modelsNode.isObject()) {
                throw at(doc, source, "models", "expected an object from a name to a model block, such as "
                        + "{\"small\": {\"backend\": \"openai\", \"baseUrl\": \"http://localhost:11434/v1\", "
                        + "\"model\": \"llama3.2\"}}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = modelsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String modelName = entry.getKey();
                String path = "models." + modelName;
                if (!modelName.matches(MODEL_NAME)) {
                    throw at(doc, source, path, "a model's name is 1 to 64 letters, digits and . _ : / -, "
                            + "starting with a letter or digit");
                }
                try {
                    models.put(modelName, ModelSpecFormat.read(entry.getValue()));
                } catch (ModelSpecException e) {
                    String field = e.field().isEmpty() ? path : path + "." + e.field();
                    String located = doc.line(field) > 0 ? field : path;
                    throw new ScenarioException(source, field, doc.line(located), doc.column(located), e.problem());
                }
            }
        }
        ParameterValues resolved = new ParameterValues(space, values);
        Scenario scenario = new Scenario(name, description, simulator.id(), seed, resolved, stopAfter, model, models);
        try {
            simulator.check(resolved);
            simulator.check(scenario);
        } catch (ScenarioException e) {
            String field = e.field() == null ? "" : e.field();
            throw new ScenarioException(source, e.field(), doc.line(field), doc.column(field), e.problem());
        }
        return scenario;
    }

    /**
     * Applies {@code name=value} overrides (the command line's {@code --set}) and checks the result.
     */
    public Scenario override(Scenario scenario, List<String> assignments) throws ScenarioException {
        Scenario result = scenario;
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioException("--set " + assignment, null,
                        "expected name=value, e.g. --set horizon=100000");
            }
            String name = assignment.substring(0, eq).trim();
            String value = assignment.substring(eq + 1);
            try {
                result = result.withParameter(name, value);
            } catch (ScenarioException e) {
                throw e.from("--set " + assignment);
            }
        }
        Simulator simulator = catalog.require(result.simulator());
        try {
            simulator.check(result.parameters());
            simulator.check(result);
        } catch (ScenarioException e) {
            throw e.from("--set");
        }
        return result;
    }

    private static String optionalText(LocatedJson doc, String source, JsonNode root, String field)
            throws ScenarioException {
        JsonNode node = root.get(field);
        if (node == null) {
            return "";
        }
        if (!node.isTextual()) {
            throw at(doc, source, field, "expected text, got " + node);
        }
        return node.asText();
    }

    private static ScenarioException at(LocatedJson doc, String source, String field, String problem) {
        return new ScenarioException(source, field.isEmpty() ? null : field, doc.line(field), doc.column(field),
                problem);
    }

    /** JSON to the plain Java values {@link Parameter#coerce} understands. */
    private static Object toJava(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.asLong() : node.asDouble();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(toJava(n)));
            return list;
        }
        if (node.isNull()) {
            return null;
        }
        return new Object() {
            @Override
            public String toString() {
                return "an object";
            }
        };
    }
}
