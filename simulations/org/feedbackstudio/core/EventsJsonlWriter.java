package org.feedbackstudio.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes events as JSON Lines: one object per event with {@code tick}, {@code kind}, {@code text}
 * and the event's data fields. At most a number of events and a number of bytes are written; later events
 * are counted by kind, not written, so a run can say what was left out. Lines are handed to the file
 * whole, as {@link MetricsCsvWriter} hands rows.
 */
public final class EventsJsonlWriter implements RunObserver, AutoCloseable, WholeRecords {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final int CHUNK = 1 << 16;

    private final OutputStream out;
    private final Set<String> kinds;
    private final long limit;
    private final long byteLimit;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(CHUNK + 1024);
    private final Map<String, Long> skippedByKind = new TreeMap<>();
    private long written;
    private long bytes;
    private long skipped;
    private boolean full;

    /**
     * @param kinds     the event kinds to write; null means all
     * @param limit     the most events to write (0 = no limit); later ones are counted, not written
     * @param byteLimit the most bytes to write (0 = no limit); the event that would pass it, and all after
     *                  it, are counted, not written
     */
    public EventsJsonlWriter(OutputStream out, Set<String> kinds, long limit, long byteLimit) {
        this.out = out;
        this.kinds = kinds;
        this.limit = limit;
        this.byteLimit = byteLimit;
    }

    public static EventsJsonlWriter create(Path file, Set<String> kinds, long limit, long byteLimit)
            throws IOException {
        return new EventsJsonlWriter(Files.newOutputStream(file), kinds, limit, byteLimit);
    }

    /** Events that were wanted but not written because a limit was reached. */
    public synchronized long skipped() {
        return skipped;
    }

    /** The events written. */
    public synchronized long written() {
        return written;
    }

    /** The bytes written. */
    public synchronized long bytes() {
        return bytes;
    }

    /** Whether the byte limit (rather than the count) stopped the writing. */
    public synchronized boolean stoppedBySize() {
        return full && (limit == 0 || written < limit);
    }

    /** The events not written, by kind, in the kinds' alphabetical order. */
    public synchronized Map<String, Long> skippedByKind() {
        return Map.copyOf(skippedByKind);
    }

    @Override
    public boolean wantsEvents(String kind) {
        return kinds == null || kinds.contains(kind);
    }

    @Override
    public synchronized void event(SimEvent event) {
        if (full || (limit > 0 && written >= limit)) {
            skip(event);
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("tick", event.tick());
        line.put("kind", event.kind());
        line.put("text", event.text());
        ordered(event.data()).forEach((k, v) -> line.putIfAbsent(String.valueOf(k), v));
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (byteLimit > 0 && bytes + json.length + 1 > byteLimit) {
            full = true;
            skip(event);
            return;
        }
        pending.write(json, 0, json.length);
        pending.write('\n');
        bytes += json.length + 1;
        written++;
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /**
     * The map with a fixed key order at every level: as built when it has one (a LinkedHashMap, a sorted
     * map), else alphabetical. {@code Map.of} iterates in an order that changes from one JVM to the next,
     * and the same seed must write the same file.
     */
    static Map<Object, Object> ordered(Map<?, ?> data) {
        Map<?, ?> keyed = data;
        if (!(data instanceof LinkedHashMap || data instanceof SortedMap)) {
            Map<Object, Object> sorted = new TreeMap<>(Comparator.comparing(String::valueOf));
            sorted.putAll(data);
            keyed = sorted;
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        keyed.forEach((k, v) -> out.put(k, orderedValue(v)));
        return out;
    }

    private static Object orderedValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return ordered(m);
        }
        if (v instanceof List<?> list && list.stream().anyMatch(e -> e instanceof Map || e instanceof List)) {
            return list.stream().map(EventsJsonlWriter::orderedValue).toList();
        }
        return v;
    }

    private void skip(SimEvent event) {
        skipped++;
        skippedByKind.merge(event.kind(), 1L, Long::sum);
    }

    @Override
    public void finished(RunOutcome outcome) {
        flush();
    }

    @Override
    public synchronized void flush() {
        if (pending.size() == 0) {
            return;
        }
        try {
            pending.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.reset();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            out.close();
        }
    }
}
