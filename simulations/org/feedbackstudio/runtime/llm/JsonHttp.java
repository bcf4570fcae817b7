package org.feedbackstudio.runtime.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * JSON over HTTP for the model backends, on the JDK's own client: per-call timeouts, cancellation when the
 * calling thread is interrupted, and every failure turned into a {@link ModelException} whose message says
 * what happened — with the server's Retry-After kept, and the key scrubbed from anything the server said.
 */
final class JsonHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int SERVER_TEXT_SHOWN = 300;

    private final URI base;
    private final Duration timeout;
    private final ApiKey key;
    private final Map<String, String> headers;
    private final HttpClient client;

    /**
     * @param headers extra headers for every request (the key's header among them, built by the backend)
     */
    JsonHttp(URI base, Duration timeout, ApiKey key, Map<String, String> headers) throws ModelException {
        if (key != null && !Endpoint.keySafe(base)) {
            throw new ModelException(ModelException.Kind.CONFIGURATION, "refusing to send the key in "
                    + key.variable() + " unencrypted to " + base.getHost() + "; use https:// (a key goes only over "
                    + "https or to this machine)");
        }
        this.base = base;
        this.timeout = timeout;
        this.key = key;
        this.headers = Map.copyOf(headers);
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
                // No h2c upgrade on plain http (local servers); https negotiates HTTP/2 where offered.
                .version("https".equalsIgnoreCase(base.getScheme()) ? HttpClient.Version.HTTP_2
                        : HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    URI base() {
        return base;
    }

    /** A response whose status was not 2xx, kept for the backend to interpret (e.g. an unknown model). */
    record Failure(int status, String message, Duration retryAfter) {
    }

    /** The parsed body of a 2xx response, or the failure. */
    record Result(JsonNode body, Failure failure) {
    }

    Result post(String path, JsonNode body) throws ModelException, InterruptedException {
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(text))
                .header("Content-Type", "application/json").build());
    }

    Result get(String path) throws ModelException, InterruptedException {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json");
        headers.forEach(b::header);
        return b;
    }

    private Result send(HttpRequest request) throws ModelException, InterruptedException {
        CompletableFuture<HttpResponse<String>> future =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response;
        try {
            response = future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw transportFailure(e.getCause());
        }
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status >= 200 && status < 300) {
            try {
                JsonNode node = JSON.readTree(body);
                if (node == null || node.isMissingNode()) {
                    throw new ModelException(ModelException.Kind.MALFORMED, "the server at " + base
                            + " sent an empty response");
                }
                return new Result(node, null);
            } catch (JsonProcessingException e) {
                throw new ModelException(ModelException.Kind.MALFORMED, "the server at " + base
                        + " sent a response that is not JSON: " + shown(body));
            }
        }
        return new Result(null, new Failure(status, serverMessage(body),
                retryAfter(response.headers().firstValue("Retry-After").orElse(null))));
    }

    /** The usual meaning of a failure status, for the cases the backend does not handle itself. */
    ModelException failure(Failure f) {
        int s = f.status();
        String said = f.message().isEmpty() ? "" : ": " + f.message();
        if (s == 429) {
            return new ModelException(ModelException.Kind.RATE_LIMITED, "the server at " + base + " asks to slow down "
                    + "(HTTP 429" + (f.retryAfter() == null ? "" : ", retry after " + f.retryAfter().toSeconds()
                    + " s") + ")" + said, f.retryAfter());
        }
        if (s >= 500) {
            return new ModelException(ModelException.Kind.SERVER_ERROR, "the server at " + base + " failed (HTTP "
                    + s + ")" + said, f.retryAfter());
        }
        if (s == 401 || s == 403) {
            return new ModelException(ModelException.Kind.AUTHENTICATION, "the server at " + base + " refused the "
                    + (key == null ? "request without a key (set apiKeyEnv to the variable holding one)"
                    : "key in " + key.variable()) + " (HTTP " + s + ")" + said);
        }
        return new ModelException(ModelException.Kind.REJECTED, "the server at " + base + " refused the request "
                + "(HTTP " + s + ")" + said);
    }

    private ModelException transportFailure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new ModelException(ModelException.Kind.CONNECTION, "could not connect to " + base
                    + " in time; is the server running and reachable?");
        }
        if (cause instanceof HttpTimeoutException) {
            return new ModelException(ModelException.Kind.TIMEOUT, "no answer from " + base + " within "
                    + timeout.toSeconds() + " s (timeoutSeconds)");
        }
        if (cause instanceof ConnectException) {
            return new ModelException(ModelException.Kind.CONNECTION, "nobody answers at " + base
                    + " (connection refused); is the server running?");
        }
        if (cause instanceof IOException) {
            String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new ModelException(ModelException.Kind.CONNECTION, "the connection to " + base + " failed: "
                    + scrub(m));
        }
        return new ModelException(ModelException.Kind.CONNECTION, "the request to " + base + " failed: "
                + scrub(String.valueOf(cause)));
    }

    /** The error message a server put in its JSON body ({"error": {"message": …}} or {"error": "…"}), or the body. */
    private String serverMessage(String body) {
        String message = body.strip();
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null) {
                JsonNode error = node.get("error");
                if (error != null && error.isObject() && error.hasNonNull("message")) {
                    message = error.get("message").asText();
                } else if (error != null && error.isTextual()) {
                    message = error.asText();
                } else if (node.hasNonNull("message")) {
                    message = node.get("message").asText();
                }
            }
        } catch (JsonProcessingException e) {
            // not JSON: show the text as it came
        }
        return shown(message);
    }

    private String shown(String text) {
        String t = scrub(text.strip().replaceAll("\\s+", " "));
        return t.length() > SERVER_TEXT_SHOWN ? t.substring(0, SERVER_TEXT_SHOWN) + "…" : t;
    }

    String scrub(String text) {
        return key == null ? text : key.scrub(text);
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        try {
            double seconds = Double.parseDouble(h);
            return seconds >= 0 ? Duration.ofMillis((long) (seconds * 1000)) : null;
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
