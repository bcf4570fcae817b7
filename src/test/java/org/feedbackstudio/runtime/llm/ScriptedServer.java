package org.feedbackstudio.runtime.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on a loopback port that answers from a script: each request is recorded, and the script
 * decides the response. Speaks whatever protocol the script writes; helpers build OpenAI and Anthropic
 * answers.
 */
public final class ScriptedServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without it the JDK's server waits for delayed ACKs: ~40 ms a response on loopback.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** A request as received. */
    public record Received(String method, String path, Map<String, List<String>> headers, JsonNode body, int number) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        /** The last user message's text (OpenAI and Anthropic shapes). */
        public String lastUser() {
            JsonNode messages = body.path("messages");
            for (int i = messages.size() - 1; i >= 0; i--) {
                if ("user".equals(messages.get(i).path("role").asText())) {
                    return messages.get(i).path("content").asText();
                }
            }
            return "";
        }
    }

    /** What to send back. */
    public record Response(int status, Map<String, String> headers, String body, long delayMillis) {
        public static Response json(int status, String body) {
            return new Response(status, Map.of("Content-Type", "application/json"), body, 0);
        }

        public Response after(long millis) {
            return new Response(status, headers, body, millis);
        }

        public Response withHeader(String name, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Response(status, Map.copyOf(h), body, delayMillis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    public final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile Function<Received, Response> script;
    private volatile boolean recording = true;

    public ScriptedServer(Function<Received, Response> script) throws IOException {
        this.script = script;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        executor = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "scripted-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Stops keeping requests (for benchmarks: the list would grow with every call). */
    public void stopRecording() {
        recording = false;
    }

    public void script(Function<Received, Response> newScript) {
        script = newScript;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int requests() {
        return count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] in = exchange.getRequestBody().readAllBytes();
            JsonNode body = in.length == 0 ? JSON.createObjectNode() : JSON.readTree(in);
            Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), body, count.incrementAndGet());
            if (recording) {
                received.add(r);
            }
            Response response = script.apply(r);
            if (response.delayMillis() > 0) {
                try {
                    Thread.sleep(response.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] out = response.body().getBytes(StandardCharsets.UTF_8);
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (a cancelled call, a timeout): nothing to answer
        }
    }

    /** An OpenAI chat completion with this text and usage. */
    public static Response openAi(String text, int promptTokens, int completionTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-1");
        root.put("object", "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return Response.json(200, root.toString());
    }

    /** An Anthropic message with this text and usage. */
    public static Response anthropic(String text, int inputTokens, int outputTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "msg_1");
        root.put("type", "message");
        root.put("role", "assistant");
        root.putArray("content").addObject().put("type", "text").put("text", text);
        root.put("stop_reason", "end_turn");
        root.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", outputTokens);
        return Response.json(200, root.toString());
    }

    /** An OpenAI-style error body. */
    public static Response error(int status, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("message", message).put("type", "error");
        return Response.json(status, root.toString());
    }

    /** A /models listing. */
    public static Response models(String... ids) {
        ObjectNode root = JSON.createObjectNode();
        root.put("object", "list");
        var data = root.putArray("data");
        for (String id : ids) {
            data.addObject().put("id", id).put("object", "model");
        }
        return Response.json(200, root.toString());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
