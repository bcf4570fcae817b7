package org.feedbackstudio.runtime.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model behind Anthropic's Messages API. System messages go into the request's {@code system} field;
 * the others alternate user and assistant as the API requires (consecutive messages of one role are joined).
 */
public final class AnthropicChatModel implements LanguageModel {
    static final String API_VERSION = "2023-06-01";

    private final String model;
    private final JsonHttp http;

    public AnthropicChatModel(URI baseUrl, String model, ApiKey key, Duration timeout) throws ModelException {
        if (key == null) {
            throw new ModelException(ModelException.Kind.AUTHENTICATION, "Anthropic's API needs a key; set apiKeyEnv "
                    + "to the environment variable that holds it");
        }
        this.model = model;
        this.http = new JsonHttp(baseUrl, timeout, key, Map.of("x-api-key", key.value(),
                "anthropic-version", API_VERSION));
    }

    @Override
    public String name() {
        return model;
    }

    @Override
    public ChatReply chat(ChatRequest request) throws ModelException, InterruptedException {
        ObjectNode body = JsonHttp.JSON.createObjectNode();
        body.put("model", model);
        body.put("max_tokens", request.sampling().maxTokens());
        StringBuilder system = new StringBuilder();
        List<ChatMessage> turns = new ArrayList<>();
        for (ChatMessage m : request.messages()) {
            if (m.role() == Role.SYSTEM) {
                system.append(system.length() == 0 ? "" : "\n\n").append(m.content());
            } else if (!turns.isEmpty() && turns.get(turns.size() - 1).role() == m.role()) {
                ChatMessage last = turns.remove(turns.size() - 1);
                turns.add(new ChatMessage(m.role(), last.content() + "\n\n" + m.content()));
            } else {
                turns.add(m);
            }
        }
        if (turns.isEmpty() || turns.get(0).role() != Role.USER) {
            turns.add(0, ChatMessage.user("Please begin."));
        }
        if (system.length() > 0) {
            body.put("system", system.toString());
        }
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage m : turns) {
            messages.addObject().put("role", m.role().id()).put("content", m.content());
        }
        Sampling s = request.sampling();
        body.put("temperature", Math.min(1.0, s.temperature())); // the API's range is 0 to 1
        if (s.topP() < 1.0) {
            body.put("top_p", s.topP());
        }
        if (!s.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop_sequences");
            s.stop().forEach(stop::add);
        }

        long start = System.nanoTime();
        JsonHttp.Result result = http.post("/v1/messages", body);
        long latency = System.nanoTime() - start;
        if (result.failure() != null) {
            JsonHttp.Failure f = result.failure();
            if (f.status() == 404) {
                throw Offered.unknownModel(model, http.base(), f, this);
            }
            if (f.status() == 529) {
                throw new ModelException(ModelException.Kind.SERVER_ERROR, "Anthropic's API is overloaded (HTTP 529)"
                        + (f.message().isEmpty() ? "" : ": " + f.message()), f.retryAfter());
            }
            throw http.failure(f);
        }
        JsonNode reply = result.body();
        JsonNode content = reply.get("content");
        if (content == null || !content.isArray()) {
            throw new ModelException(ModelException.Kind.MALFORMED, "the server at " + http.base()
                    + " answered without content to read");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            if ("text".equals(block.path("type").asText()) && block.hasNonNull("text")) {
                text.append(block.get("text").asText());
            }
        }
        JsonNode usage = reply.path("usage");
        return new ChatReply(text.toString(), new Usage(usage.path("input_tokens").asLong(0),
                usage.path("output_tokens").asLong(0), latency));
    }

    @Override
    public List<String> availableModels() throws ModelException, InterruptedException {
        JsonHttp.Result result = http.get("/v1/models?limit=100");
        if (result.failure() != null) {
            throw http.failure(result.failure());
        }
        JsonNode data = result.body().get("data");
        if (data == null || !data.isArray()) {
            throw new ModelException(ModelException.Kind.MALFORMED, "the server at " + http.base()
                    + " did not list its models");
        }
        List<String> names = new ArrayList<>();
        data.forEach(d -> {
            if (d.hasNonNull("id")) {
                names.add(d.get("id").asText());
            }
        });
        return names;
    }

    @Override
    public void close() {
    }
}
