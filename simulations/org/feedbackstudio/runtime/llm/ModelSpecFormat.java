package org.feedbackstudio.runtime.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.feedbackstudio.core.Choice;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the {@code model} block strictly: an unknown field, a wrong type or an out-of-range value
 * is refused, naming the field and what is allowed. Fields left out take their defaults; what is written
 * back is the complete block, so a saved scenario says exactly how its model was asked.
 */
public final class ModelSpecFormat {
    /** The fields of the block, in the order they are written. */
    public static final List<String> FIELDS = List.of("backend", "baseUrl", "model", "apiKeyEnv", "temperature",
            "topP", "maxTokens", "concurrency", "timeoutSeconds", "retries", "reasks", "prices");
    private static final Set<String> PRICE_FIELDS = Set.of("inputPerMillion", "outputPerMillion");
    private static final String ENV_NAME = "[A-Za-z_][A-Za-z0-9_]*";

    private ModelSpecFormat() {
    }

    public static ModelSpec read(JsonNode node) throws ModelSpecException {
        if (node == null || !node.isObject()) {
            throw new ModelSpecException("", "expected an object such as {\"backend\": \"openai\", \"baseUrl\": \""
                    + ModelSpec.OLLAMA_URL + "\", \"model\": \"llama3.2\"}");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new ModelSpecException(field, "unknown field; allowed: " + String.join(", ", FIELDS));
            }
        }
        JsonNode backendNode = node.get("backend");
        if (backendNode == null) {
            throw new ModelSpecException("backend", "missing; one of openai, anthropic, embedded");
        }
        Backend backend;
        try {
            backend = Choice.byId(Backend.class, backendNode.isTextual() ? backendNode.asText() : "");
        } catch (IllegalArgumentException e) {
            throw new ModelSpecException("backend", "expected one of openai, anthropic, embedded; got " + backendNode);
        }
        String model = text(node, "model", null);
        if (model == null || model.isBlank()) {
            throw new ModelSpecException("model", backend == Backend.EMBEDDED
                    ? "missing; give the path of a GGUF file" : "missing; give the model's name on the server, "
                    + "e.g. \"llama3.2\"");
        }

        String baseUrl = text(node, "baseUrl", null);
        String apiKeyEnv = text(node, "apiKeyEnv", null);
        switch (backend) {
            case OPENAI -> {
                if (baseUrl == null) {
                    throw new ModelSpecException("baseUrl", "missing; the server's address up to /v1, e.g. "
                            + ModelSpec.OLLAMA_URL + " (Ollama), http://localhost:8080/v1 (llama.cpp server) or "
                            + "https://api.openai.com/v1");
                }
            }
            case ANTHROPIC -> {
                baseUrl = baseUrl == null ? ModelSpec.ANTHROPIC_URL : baseUrl;
                apiKeyEnv = apiKeyEnv == null ? ModelSpec.ANTHROPIC_KEY_ENV : apiKeyEnv;
            }
            case EMBEDDED -> {
                if (baseUrl != null) {
                    throw new ModelSpecException("baseUrl", "the embedded backend runs inside the studio and has no "
                            + "address; remove baseUrl");
                }
                if (apiKeyEnv != null) {
                    throw new ModelSpecException("apiKeyEnv", "the embedded backend needs no key; remove apiKeyEnv");
                }
            }
        }
        if (baseUrl != null) {
            URI uri;
            try {
                uri = Endpoint.parse(baseUrl);
            } catch (IllegalArgumentException e) {
                throw new ModelSpecException("baseUrl", e.getMessage());
            }
            baseUrl = uri.toString();
            if (apiKeyEnv != null && !Endpoint.keySafe(uri)) {
                throw new ModelSpecException("baseUrl", "a key is sent only over https or to this machine "
                        + "(localhost, 127.0.0.1, ::1); use https:// for " + uri.getHost());
            }
        }
        if (apiKeyEnv != null && !apiKeyEnv.matches(ENV_NAME)) {
            throw new ModelSpecException("apiKeyEnv", "expected the NAME of an environment variable that holds the "
                    + "key, such as OPENAI_API_KEY (letters, digits and _), never the key itself");
        }

        double temperature = number(node, "temperature", ModelSpec.DEFAULT_TEMPERATURE, 0, 2);
        double topP = number(node, "topP", ModelSpec.DEFAULT_TOP_P, 0, 1);
        if (topP == 0) {
            throw new ModelSpecException("topP", "expected a number above 0 and at most 1, got 0");
        }
        int maxTokens = whole(node, "maxTokens", ModelSpec.DEFAULT_MAX_TOKENS, 1, 1_000_000);
        int concurrency = whole(node, "concurrency", ModelSpec.DEFAULT_CONCURRENCY, 1, 256);
        int timeout = whole(node, "timeoutSeconds", ModelSpec.DEFAULT_TIMEOUT_SECONDS, 1, 3600);
        int retries = whole(node, "retries", ModelSpec.DEFAULT_RETRIES, 0, 20);
        int reasks = whole(node, "reasks", ModelSpec.DEFAULT_REASKS, 0, 20);
        Prices prices = null;
        JsonNode pricesNode = node.get("prices");
        if (pricesNode != null && !pricesNode.isNull()) {
            if (!pricesNode.isObject()) {
                throw new ModelSpecException("prices", "expected an object such as {\"inputPerMillion\": 2.5, "
                        + "\"outputPerMillion\": 10}");
            }
            for (Iterator<String> it = pricesNode.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!PRICE_FIELDS.contains(field)) {
                    throw new ModelSpecException("prices." + field, "unknown field; allowed: inputPerMillion, "
                            + "outputPerMillion");
                }
            }
            prices = new Prices(price(pricesNode, "inputPerMillion"), price(pricesNode, "outputPerMillion"));
        }
        return new ModelSpec(backend, baseUrl, model, apiKeyEnv, temperature, topP, maxTokens, concurrency, timeout,
                retries, reasks, prices);
    }

    /** The complete block. */
    public static ObjectNode write(ModelSpec spec) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("backend", spec.backend().id());
        if (spec.baseUrl() != null) {
            node.put("baseUrl", spec.baseUrl());
        }
        node.put("model", spec.model());
        if (spec.apiKeyEnv() != null) {
            node.put("apiKeyEnv", spec.apiKeyEnv());
        }
        node.put("temperature", spec.temperature());
        node.put("topP", spec.topP());
        node.put("maxTokens", spec.maxTokens());
        node.put("concurrency", spec.concurrency());
        node.put("timeoutSeconds", spec.timeoutSeconds());
        node.put("retries", spec.retries());
        node.put("reasks", spec.reasks());
        if (spec.prices() != null) {
            ObjectNode p = node.putObject("prices");
            p.put("inputPerMillion", spec.prices().inputPerMillion());
            p.put("outputPerMillion", spec.prices().outputPerMillion());
        }
        return node;
    }

    private static String text(JsonNode node, String field, String otherwise) throws ModelSpecException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.isTextual()) {
            throw new ModelSpecException(field, "expected text, got " + v);
        }
        return v.asText();
    }

    private static double number(JsonNode node, String field, double otherwise, double min, double max)
            throws ModelSpecException {
        JsonNode v = node.get(field);
        if (v == null) {
            return otherwise;
        }
        if (!v.isNumber() || !(v.asDouble() >= min && v.asDouble() <= max)) {
            throw new ModelSpecException(field, "expected a number from " + plain(min) + " to " + plain(max)
                    + ", got " + v);
        }
        return v.asDouble();
    }

    private static int whole(JsonNode node, String field, int otherwise, int min, int max) throws ModelSpecException {
        JsonNode v = node.get(field);
        if (v == null) {
            return otherwise;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            throw new ModelSpecException(field, "expected a whole number from " + min + " to " + max + ", got " + v);
        }
        return v.asInt();
    }

    private static double price(JsonNode prices, String field) throws ModelSpecException {
        JsonNode v = prices.get(field);
        if (v == null || !v.isNumber() || !(v.asDouble() >= 0) || Double.isInfinite(v.asDouble())) {
            throw new ModelSpecException("prices." + field, "expected a price per million tokens >= 0, got "
                    + (v == null ? "nothing" : v));
        }
        return v.asDouble();
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
