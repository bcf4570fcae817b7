package org.feedbackstudio.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes frames as CSV: a header {@code tick,<metric>,…}, then one row per frame. An undefined value
 * (NaN) is an empty cell. Rows are flushed as they come, so a run that fails midway keeps its rows.
 */
public final class MetricsCsvWriter implements RunObserver, AutoCloseable {
    private final Writer out;
    private boolean headerWritten;

    public MetricsCsvWriter(Writer out) {
        this.out = out;
    }

    public static MetricsCsvWriter create(Path file) throws IOException {
        return new MetricsCsvWriter(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                1 << 16));
    }

    @Override
    public void started(RunInfo info) {
        writeHeader(info.metricNames());
    }

    /** Writes the header directly (for exporting frames collected elsewhere). */
    public void writeHeader(List<String> metricNames) {
        if (headerWritten) {
            return;
        }
        StringBuilder sb = new StringBuilder("tick");
        for (String name : metricNames) {
            sb.append(',').append(csvField(name));
        }
        sb.append('\n');
        write(sb);
        headerWritten = true;
    }

    @Override
    public void frame(MetricFrame frame) {
        StringBuilder sb = new StringBuilder(16 + 12 * frame.values().length);
        sb.append(frame.tick());
        for (double v : frame.values()) {
            sb.append(',');
            appendNumber(sb, v);
        }
        sb.append('\n');
        write(sb);
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

    /** Shortest text that reads back to the same double; whole numbers without ".0"; NaN as empty. */
    public static void appendNumber(StringBuilder sb, double v) {
        if (Double.isNaN(v)) {
            return;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(v);
        }
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private void write(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
