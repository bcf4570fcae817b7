package org.feedbackstudio.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON tree that remembers where each value stood in the text, so that a message about a field
 * can say its line and column. Duplicate keys are refused.
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final JsonNode root;
    private final Map<String, int[]> lineColumnByPath;

    private LocatedJson(JsonNode root, Map<String, int[]> lineColumnByPath) {
        this.root = root;
        this.lineColumnByPath = lineColumnByPath;
    }

    static LocatedJson parse(String text, String source) throws ScenarioException {
        Map<String, int[]> locations = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(source, null, "the file is empty; a scenario is a JSON object such as "
                        + "{\"simulator\": \"switching-costs\"}");
            }
            JsonNode root = readValue(parser, "", locations);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ScenarioException(source, null, at.getLineNr(), at.getColumnNr(),
                        "malformed JSON: unexpected content after the end of the scenario object");
            }
            return new LocatedJson(root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().split("\n")[0];
            throw new ScenarioException(source, null, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "malformed JSON: " + message);
        } catch (IOException e) {
            throw new ScenarioException(source, null, "cannot read: " + e.getMessage());
        }
    }

    JsonNode root() {
        return root;
    }

    /** Line of the value at a dotted path ("parameters.horizon"), or 0. */
    int line(String dottedPath) {
        int[] lc = lineColumnByPath.get(dottedPath);
        return lc == null ? 0 : lc[0];
    }

    int column(String dottedPath) {
        int[] lc = lineColumnByPath.get(dottedPath);
        return lc == null ? 0 : lc[1];
    }

    private static JsonNode readValue(JsonParser p, String path, Map<String, int[]> locations) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        locations.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    object.set(name, readValue(p, path.isEmpty() ? name : path + "." + name, locations));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(p, path + "[" + i++ + "]", locations));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT, LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getDecimalValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IllegalStateException("unexpected JSON token " + t);
        }
    }
}
