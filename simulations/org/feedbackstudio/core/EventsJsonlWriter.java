package org.feedbackstudio.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes events as JSON Lines: one object per event with {@code tick}, {@code kind}, {@code text}
 * and the event's data fields.
 */
public final class EventsJsonlWriter implements RunObserver, AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Writer out;
    private final Set<String> kinds;
    private final long limit;
    private long written;
    private long skipped;

    /**
     * @param kinds the event kinds to write; null means all
     * @param limit the most events to write (0 = no limit); later ones are counted, not written
     */
    public EventsJsonlWriter(Writer out, Set<String> kinds, long limit) {
        this.out = out;
        this.kinds = kinds;
        this.limit = limit;
    }

    public static EventsJsonlWriter create(Path file, Set<String> kinds, long limit) throws IOException {
        return new EventsJsonlWriter(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                1 << 16), kinds, limit);
    }

    /** Events that were wanted but not written because the limit was reached. */
    public long skipped() {
        return skipped;
    }

    @Override
    public boolean wantsEvents(String kind) {
        return kinds == null || kinds.contains(kind);
    }

    @Override
    public void event(SimEvent event) {
        if (limit > 0 && written >= limit) {
            skipped++;
            return;
        }
        written++;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("tick", event.tick());
        line.put("kind", event.kind());
        line.put("text", event.text());
        event.data().forEach(line::putIfAbsent);
        try {
            MAPPER.writeValue(out, line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finished(RunOutcome outcome) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
