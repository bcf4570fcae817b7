package org.feedbackstudio.runtime.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model behind any server that speaks OpenAI's chat completions: Ollama, llama.cpp's server, vLLM,
 * LM Studio, OpenAI, and hosted models with a compatible endpoint (Gemini offers one). The base URL ends
 * where the protocol's paths begin, e.g. {@code http://localhost:11434/v1}.
 */
public final class OpenAiChatModel implements LanguageModel {
    private final String model;
    private final JsonHttp http;
    /**
     * OpenAI's newer models refuse {@code max_tokens} and want {@code max_completion_tokens}, which most
     * compatible servers (Ollama, llama.cpp, vLLM) do not know; so the old name is sent until a server says so.
     */
    private volatile String maxTokensField = "max_tokens";

    /**
     * @param key the key to send as a bearer token, or null for servers that need none
     */
    public OpenAiChatModel(URI baseUrl, String model, ApiKey key, Duration timeout) throws ModelException {
        this.model = model;
        this.http = new JsonHttp(baseUrl, timeout, key,
                key == null ? Map.of() : Map.of("Authorization", "Bearer " + key.value()));
    }

    @Override
    public String name() {
        return model;
    }

    @Override
    public ChatReply chat(ChatRequest request) throws ModelException, InterruptedException {
        ObjectNode body = JsonHttp.JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage m : request.messages()) {
            messages.addObject().put("role", m.role().id()).put("content", m.content());
        }
        Sampling s = request.sampling();
        body.put("temperature", s.temperature());
        if (s.topP() < 1.0) {
            body.put("top_p", s.topP());
        }
        body.put(maxTokensField, s.maxTokens());
        if (!s.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            s.stop().forEach(stop::add);
        }
        body.put("seed", request.seed() & 0x7fffffffL);
        body.put("stream", false);

        long start = System.nanoTime();
        JsonHttp.Result result = http.post("/chat/completions", body);
        if (result.failure() != null && wantsMaxCompletionTokens(result.failure())) {
            maxTokensField = "max_completion_tokens";
            body.remove("max_tokens");
            body.put(maxTokensField, s.maxTokens());
            result = http.post("/chat/completions", body);
        }
        long latency = System.nanoTime() - start;
        if (result.failure() != null) {
            throw interpret(result.failure());
        }
        JsonNode reply = result.body();
        JsonNode choices = reply.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty() || !choices.get(0).has("message")) {
            throw new ModelException(ModelException.Kind.MALFORMED, "the server at " + http.base()
                    + " answered without a choice to read (no choices[0].message)");
        }
        JsonNode content = choices.get(0).get("message").get("content");
        if (content != null && !content.isNull() && !content.isTextual()) {
            throw new ModelException(ModelException.Kind.MALFORMED, "the server at " + http.base()
                    + " answered with content that is not text");
        }
        String text = content == null || content.isNull() ? "" : content.asText();
        JsonNode usage = reply.path("usage");
        return new ChatReply(text, new Usage(usage.path("prompt_tokens").asLong(0),
                usage.path("completion_tokens").asLong(0), latency));
    }

    private boolean wantsMaxCompletionTokens(JsonHttp.Failure f) {
        return f.status() == 400 && "max_tokens".equals(maxTokensField)
                && f.message().contains("max_completion_tokens");
    }

    /** A 404, or a 400 about the model, usually means the name is unknown: then say what the server offers. */
    private ModelException interpret(JsonHttp.Failure f) throws InterruptedException {
        String said = f.message().toLowerCase(Locale.ROOT);
        boolean aboutModel = f.status() == 404 || (f.status() == 400 && said.contains("model")
                && (said.contains("not found") || said.contains("does not exist") || said.contains("unknown")
                || said.contains("invalid model")));
        if (!aboutModel) {
            return http.failure(f);
        }
        return Offered.unknownModel(model, http.base(), f, this);
    }

    @Override
    public List<String> availableModels() throws ModelException, InterruptedException {
        JsonHttp.Result result = http.get("/models");
        if (result.failure() != null) {
            throw http.failure(result.failure());
        }
        JsonNode data = result.body().get("data");
        if (data == null || !data.isArray()) {
            throw new ModelException(ModelException.Kind.MALFORMED, "the server at " + http.base()
                    + " did not list its models (no data array at /models)");
        }
        List<String> names = new ArrayList<>();
        data.forEach(d -> {
            if (d.hasNonNull("id")) {
                names.add(d.get("id").asText());
            }
        });
        names.sort(null);
        return names;
    }

    @Override
    public void close() {
        // The JDK's client frees its connections when it is no longer referenced.
    }
}
