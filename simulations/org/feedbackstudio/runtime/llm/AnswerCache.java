package org.feedbackstudio.runtime.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Every answer a model gave, on disk, keyed by the model's name, the full messages, the sampling settings
 * and the decision's identity in its run (seed, where in the run, attempt) — deliberately not by the
 * server's address or the key, so the same run replays from any server, or none. One small JSON file per
 * answer under a two-letter shard folder, written atomically, so a crash never leaves half an answer and
 * several runs may share the folder.
 */
public final class AnswerCache {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerCache.class);

    private final Path dir;

    public AnswerCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The cache key of a question: SHA-256 of its canonical JSON, as 64 hex digits. */
    public static String key(String model, List<ChatMessage> messages, Sampling sampling, DecisionId decision) {
        ObjectNode k = JsonHttp.JSON.createObjectNode();
        k.put("model", model);
        ArrayNode m = k.putArray("messages");
        for (ChatMessage message : messages) {
            m.addArray().add(message.role().word()).add(message.content());
        }
        ObjectNode s = k.putObject("sampling");
        s.put("temperature", sampling.temperature());
        s.put("topP", sampling.topP());
        s.put("maxTokens", sampling.maxTokens());
        ArrayNode stop = s.putArray("stop");
        sampling.stop().forEach(stop::add);
        ObjectNode d = k.putObject("decision");
        d.put("seed", decision.seed());
        ArrayNode c = d.putArray("coordinates");
        decision.coordinates().forEach(c::add);
        d.put("attempt", decision.attempt());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(JsonHttp.JSON.writeValueAsBytes(k));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer stored under the key, or null (also when the entry is unreadable: it is then asked again). */
    public ChatReply get(String key) {
        Path file = file(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("cannot read the cached answer {}: {}", file, e.toString());
            return null;
        }
        try {
            JsonNode n = JsonHttp.JSON.readTree(bytes);
            if (n == null || !n.path("reply").isTextual()) {
                LOG.warn("ignoring a damaged cached answer {}", file);
                return null;
            }
            return new ChatReply(n.get("reply").asText(), new Usage(n.path("inputTokens").asLong(),
                    n.path("outputTokens").asLong(), Math.round(n.path("latencyMs").asDouble() * 1e6)));
        } catch (IOException e) {
            LOG.warn("ignoring a damaged cached answer {}: {}", file, e.toString());
            return null;
        }
    }

    /** Stores an answer; the model's name and the decision go along for whoever reads the folder. */
    public void put(String key, String model, DecisionId decision, ChatReply reply) {
        ObjectNode n = JsonHttp.JSON.createObjectNode();
        n.put("model", model);
        n.put("decision", decision.toString());
        n.put("reply", reply.text());
        n.put("inputTokens", reply.usage().inputTokens());
        n.put("outputTokens", reply.usage().outputTokens());
        n.put("latencyMs", reply.usage().latencyMillis());
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key.substring(0, 8), ".tmp");
            try {
                Files.write(tmp, JsonHttp.JSON.writeValueAsString(n).getBytes(StandardCharsets.UTF_8));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the answer cache in " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
