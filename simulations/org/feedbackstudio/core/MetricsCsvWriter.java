package org.feedbackstudio.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes frames as CSV: a header {@code tick,<metric>,…}, then one row per frame. An undefined value
 * (NaN) is an empty cell.
 *
 * <p>Rows are collected and handed to the file whole, in one write each time: a run that is killed
 * leaves only whole rows, never a row cut inside a number that a CSV reader would take for a smaller
 * one. They are handed over at every milestone, when 64 KB have gathered, whenever {@link #flush()} is
 * called (the command line calls it every second) and when the run ends.
 */
public final class MetricsCsvWriter implements RunObserver, AutoCloseable, WholeRecords {
    private static final int CHUNK = 1 << 16;

    private final OutputStream out;
    private final StringBuilder pending = new StringBuilder(CHUNK + 1024);
    private boolean headerWritten;

    public MetricsCsvWriter(OutputStream out) {
        this.out = out;
    }

    public static MetricsCsvWriter create(Path file) throws IOException {
        return new MetricsCsvWriter(Files.newOutputStream(file));
    }

    @Override
    public void started(RunInfo info) {
        writeHeader(info.metricNames());
        flush();
    }

    /** Writes the header directly (for exporting frames collected elsewhere). */
    public synchronized void writeHeader(List<String> metricNames) {
        if (headerWritten) {
            return;
        }
        StringBuilder sb = new StringBuilder("tick");
        for (String name : metricNames) {
            sb.append(',').append(csvField(name));
        }
        sb.append('\n');
        pending.append(sb);
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
        synchronized (this) {
            pending.append(sb);
            if (pending.length() >= CHUNK || frame.milestone()) {
                flush();
            }
        }
    }

    @Override
    public void finished(RunOutcome outcome) {
        flush();
    }

    /** Hands the whole rows gathered so far to the file. */
    @Override
    public synchronized void flush() {
        if (pending.length() == 0) {
            return;
        }
        try {
            out.write(pending.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.setLength(0);
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
}
