package org.feedbackstudio.runtime.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every answer a model gave, on disk, keyed by the model's name, the full messages, the sampling settings
 * and the decision's identity in its run (seed, where in the run, attempt) — deliberately not by the
 * server's address or the key, so the same run replays from any server, or none.
 *
 * <p>Layout: one folder per model and seed (a run reads only its own), holding JSON Lines files; each
 * cache object appends to a file of its own, one line per answer, written whole and flushed at once, so
 * several runs may share the folder and a crash loses at most the line being written (a torn line is
 * skipped when read). A folder is read into memory the first time a run asks for it.
 */
public final class AnswerCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerCache.class);

    /** Where an answer lives: its run's folder and its own hash. */
    public record Key(String bucket, String hash) {
    }

    private final Path dir;
    private final String writerName = System.currentTimeMillis() + "-" + UUID.randomUUID() + ".jsonl";
    private final Map<String, Map<String, ChatReply>> buckets = new HashMap<>();
    private final Map<String, OutputStream> writers = new HashMap<>();

    public AnswerCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The cache key of a question: its run's folder (model and seed) and the SHA-256 of its canonical JSON. */
    public static Key key(String model, List<ChatMessage> messages, Sampling sampling, DecisionId decision) {
        ObjectNode k = JsonHttp.JSON.createObjectNode();
        k.put("model", model);
        ArrayNode m = k.putArray("messages");
        for (ChatMessage message : messages) {
            m.addArray().add(message.role().id()).add(message.content());
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
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String hash = HexFormat.of().formatHex(sha.digest(JsonHttp.JSON.writeValueAsBytes(k)));
            String bucket = HexFormat.of().formatHex(sha.digest((model + "\n" + decision.seed())
                    .getBytes(StandardCharsets.UTF_8))).substring(0, 24);
            return new Key(bucket, hash);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer stored under the key, or null. */
    public synchronized ChatReply get(Key key) {
        return bucket(key.bucket()).get(key.hash());
    }

    /** Stores an answer; the model's name and the decision go along for whoever reads the folder. */
    public synchronized void put(Key key, String model, DecisionId decision, ChatReply reply) {
        ObjectNode n = JsonHttp.JSON.createObjectNode();
        n.put("key", key.hash());
        n.put("model", model);
        n.put("decision", decision.toString());
        n.put("reply", reply.text());
        n.put("inputTokens", reply.usage().inputTokens());
        n.put("outputTokens", reply.usage().outputTokens());
        n.put("latencyMs", reply.usage().latencyMillis());
        try {
            OutputStream out = writers.get(key.bucket());
            if (out == null) {
                Path folder = dir.resolve(key.bucket());
                Files.createDirectories(folder);
                out = Files.newOutputStream(folder.resolve(writerName), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                writers.put(key.bucket(), out);
            }
            out.write((JsonHttp.JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the answer cache in " + dir + ": " + e.getMessage(), e);
        }
        bucket(key.bucket()).put(key.hash(), reply);
    }

    private Map<String, ChatReply> bucket(String bucket) {
        Map<String, ChatReply> answers = buckets.get(bucket);
        if (answers == null) {
            answers = read(dir.resolve(bucket));
            buckets.put(bucket, answers);
        }
        return answers;
    }

    private static Map<String, ChatReply> read(Path folder) {
        Map<String, ChatReply> answers = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return answers;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jsonl")) {
            for (Path file : files) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        read(line, answers, file);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot read the answer cache {}: {}", folder, e.toString());
        }
        return answers;
    }

    private static void read(String line, Map<String, ChatReply> answers, Path file) {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode n = JsonHttp.JSON.readTree(line);
            if (n != null && n.path("key").isTextual() && n.path("reply").isTextual()) {
                answers.putIfAbsent(n.get("key").asText(), new ChatReply(n.get("reply").asText(),
                        new Usage(n.path("inputTokens").asLong(), n.path("outputTokens").asLong(),
                                Math.round(n.path("latencyMs").asDouble() * 1e6))));
                return;
            }
        } catch (IOException e) {
            // a line torn by a crash: the answer is asked again
        }
        LOG.warn("skipping a damaged line in the answer cache {}", file);
    }

    @Override
    public synchronized void close() {
        for (OutputStream out : writers.values()) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.warn("closing the answer cache: {}", e.toString());
            }
        }
        writers.clear();
    }
}
