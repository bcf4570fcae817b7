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
            throw new ScenarioException(source, null, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "malformed JSON: " + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(source, null, "cannot read: " + Outputs.reason(e));
        }
    }

    private static final java.util.regex.Pattern CHARACTER =
            java.util.regex.Pattern.compile("Unexpected character \\('(.{1,2})' \\(code (\\d+)[^)]*\\)\\)(.*)",
                    java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("Unrecognized token '(.*?)'.*", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern DUPLICATE =
            java.util.regex.Pattern.compile("Duplicate (?:Object property|field) \"(.*?)\".*", java.util.regex.Pattern.DOTALL);

    /** Jackson's message in plain words, in one short line, without echoing the file or naming its classes. */
    static String plain(String message) {
        String m = message == null ? "" : message;
        java.util.regex.Matcher c = CHARACTER.matcher(m);
        if (c.matches()) {
            int code = Integer.parseInt(c.group(2));
            String ch = code < 32 || code == 127 ? String.format(java.util.Locale.ROOT, "control character 0x%02X", code)
                    : "'" + c.group(1) + "'";
            String rest = c.group(3);
            String expected = rest.contains("double-quote to start field name") ? "; expected a field name in double quotes"
                    : rest.contains("comma to separate Object") ? "; expected a comma or } after a field"
                    : rest.contains("comma to separate Array") ? "; expected a comma or ] after a list item"
                    : rest.contains("colon to separate") ? "; expected : after the field name"
                    : rest.contains("expected a valid value") ? "; expected a value: a number, \"text\", true, false, "
                    + "null, a list [...] or an object {...}" : "";
            return "unexpected " + ch + expected;
        }
        java.util.regex.Matcher t = TOKEN.matcher(m);
        if (t.matches()) {
            return "unexpected word " + brief(t.group(1)) + "; text needs double quotes, and the only bare words "
                    + "are true, false and null";
        }
        java.util.regex.Matcher d = DUPLICATE.matcher(m);
        if (d.matches()) {
            return "the field \"" + brief(d.group(1)) + "\" is given twice";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the text ends before the JSON is complete (a missing }, ] or closing quote?)";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "a closing } or ] that does not match an opening one";
        }
        if (m.contains("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a control character (a line break or tab) inside text in double quotes; write it as \\n or \\t";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "an unknown escape after a backslash in text; write a backslash as \\\\";
        }
        if (m.contains("Leading zeroes") || m.contains("numeric value") || m.contains("Number value length")
                || m.contains("Number length")) {
            return "an invalid or too long number";
        }
        if (m.contains("String value length") || m.contains("Name length")) {
            return "a text or field name longer than allowed";
        }
        if (m.contains("nesting depth")) {
            return "lists and objects nested too deep";
        }
        String first = m.split("\n")[0];
        int source = first.indexOf(" at [Source");
        if (source >= 0) {
            first = first.substring(0, source);
        }
        first = first.replaceAll("\\(code \\d+\\)", "").replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return first.length() <= 120 ? first : first.substring(0, 117) + "...";
    }

    private static String brief(String s) {
        String one = s.replaceAll("[\\p{Cntrl}]", "?");
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
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
