package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.EventsJsonlWriter;
import org.feedbackstudio.core.MetricFrame;
import org.feedbackstudio.core.MetricsCsvWriter;
import org.feedbackstudio.core.SimEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.feedbackstudio.app.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `run` leaves on disk: whole rows even when killed, bounded events, and what was left out said. */
class RunOutputsTest {
    @TempDir
    Path dir;

    /** Records each write the file would get. */
    private static final class Writes extends ByteArrayOutputStream {
        final List<String> calls = new ArrayList<>();

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            calls.add(new String(b, off, len, StandardCharsets.UTF_8));
            super.write(b, off, len);
        }

        @Override
        public synchronized void write(int b) {
            calls.add(String.valueOf((char) b));
            super.write(b);
        }
    }

    @Test
    void metricsGoToTheFileInWholeRowsAtMilestonesAndWhenFlushed() throws IOException {
        Writes file = new Writes();
        MetricsCsvWriter csv = new MetricsCsvWriter(file);
        csv.writeHeader(List.of("a", "b"));
        csv.flush();
        csv.frame(new MetricFrame(1, new double[] {0.25, 1}, false));
        csv.frame(new MetricFrame(2, new double[] {0.5, Double.NaN}, false));
        assertEquals(List.of("tick,a,b\n"), file.calls, "rows gather until a flush, a milestone or the end");
        csv.flush();
        csv.frame(new MetricFrame(3, new double[] {0.75, 3}, true));
        for (int t = 4; t < 5000; t++) {
            csv.frame(new MetricFrame(t, new double[] {t * 0.1, t}, false));
        }
        csv.close();
        assertEquals(List.of("tick,a,b\n", "1,0.25,1\n2,0.5,\n", "3,0.75,3\n"), file.calls.subList(0, 3));
        for (String call : file.calls) {
            assertTrue(call.endsWith("\n"), "each write ends a row: " + call.substring(Math.max(0, call.length() - 20)));
        }
        assertEquals(5000, file.toString(StandardCharsets.UTF_8).split("\n").length);
    }

    @Test
    void eventsStopAtTheirSizeAndTheSkippedAreCountedByKind() throws IOException {
        Writes file = new Writes();
        EventsJsonlWriter w = new EventsJsonlWriter(file, null, 0, 1000);
        for (int i = 1; i <= 100; i++) {
            w.event(new SimEvent(i, i % 3 == 0 ? "b" : "a", "event " + i, Map.of()));
        }
        w.close();
        String text = file.toString(StandardCharsets.UTF_8);
        assertTrue(text.length() <= 1000 && text.length() > 900, "fills up to the limit: " + text.length());
        assertTrue(text.endsWith("\n"));
        long lines = text.lines().count();
        assertEquals(lines, w.written());
        assertEquals(text.length(), w.bytes());
        assertEquals(100 - lines, w.skipped());
        assertTrue(w.stoppedBySize());
        // Kinds of the events after the last written one, counted by hand.
        long a = 0;
        long b = 0;
        for (long i = lines + 1; i <= 100; i++) {
            if (i % 3 == 0) {
                b++;
            } else {
                a++;
            }
        }
        assertEquals(Map.of("a", a, "b", b), w.skippedByKind());
    }

    @Test
    void runSaysWhatTheEventLimitLeftOutAndHowToGetIt() throws IOException {
        Path scenario = Files.writeString(dir.resolve("walk.json"),
                "{\"simulator\": \"walk\", \"seed\": 1, \"parameters\": {\"steps\": 500}}");
        Path out = dir.resolve("capped");
        CliTest.Result r = cli("run", scenario.toString(), "--out", out.toString(), "--max-events-size", "2KB");
        assertEquals(0, r.code(), r.err());
        long size = Files.size(out.resolve("events.jsonl"));
        assertTrue(size <= 2000 && size > 1500, "at most 2 KB: " + size);
        long written = Files.readAllLines(out.resolve("events.jsonl")).size();
        assertTrue(r.err().contains(String.format("note: events.jsonl stopped at 2KB (the first %d events); %d more "
                + "were not written (move %d); --max-events-size 0 writes them all", written, 500 - written,
                500 - written)), r.err());
        CliTest.Result all = cli("run", scenario.toString(), "--out", dir.resolve("all").toString(),
                "--max-events-size", "0");
        assertEquals(0, all.code(), all.err());
        assertEquals(500, Files.readAllLines(dir.resolve("all/events.jsonl")).size());
        assertFalse(all.err().contains("note: events.jsonl"), all.err());
        CliTest.Result bad = cli("run", scenario.toString(), "--out", dir.resolve("bad").toString(),
                "--max-events-size", "lots");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("expected a size such as 100MB"), bad.err());
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    @Test
    void aFinishedRunHasItsFilesByNameAndAFailedOneSaysItCannotBeResumedMidway() throws IOException {
        Path scenario = Files.writeString(dir.resolve("walk.json"),
                "{\"simulator\": \"walk\", \"seed\": 5, \"parameters\": {\"steps\": 1000, \"failAt\": 301}}");
        Path out = dir.resolve("failed");
        CliTest.Result r = cli("run", scenario.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("a run cannot be resumed midway; run " + out.resolve("scenario.json")
                + " again to repeat it"), r.err());
        try (var listing = Files.list(out)) {
            assertEquals(List.of("events.jsonl", "metrics.csv", "scenario.json"),
                    listing.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * A real kill -9 of a long run: before it, rows reach metrics.csv.partial while the run goes (rows come
     * too slowly to fill a buffer, so only the flush every second can have written them); after it, the file
     * keeps its .partial name and holds only whole rows.
     */
    @Test
    void aRunKilledMidwayLeavesPartialFilesOfWholeRows() throws Exception {
        Path out = dir.resolve("killed");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.feedbackstudio.app.Main", "run",
                "preset:switching-costs/bandit", "--set", "horizon=1000000000", "--set", "learners=batched-exp3",
                "--every", "2000000", "--out", out.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("output.txt").toFile()).start();
        Path partial = out.resolve("metrics.csv.partial");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (dataRows(partial) < 3 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(p.isAlive(), "still running: " + Files.readString(dir.resolve("output.txt")));
            assertTrue(dataRows(partial) >= 3, "rows reach the file while the run goes");
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(out.resolve("metrics.csv")), "only a finished run's file has the plain name");
        assertTrue(Files.exists(out.resolve("events.jsonl.partial")));
        String text = Files.readString(partial);
        assertTrue(text.endsWith("\n"), "no row is cut");
        List<String> lines = text.lines().toList();
        int columns = lines.get(0).split(",", -1).length;
        long previous = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(columns, cells.length, line);
            long tick = Long.parseLong(cells[0]);
            assertEquals(previous + 2_000_000, tick, "every row, in order");
            previous = tick;
            for (int i = 1; i < cells.length; i++) {
                if (!cells[i].isEmpty()) {
                    Double.parseDouble(cells[i]);
                }
            }
        }
        assertTrue(new File(out.toFile(), "scenario.json").isFile());
    }

    private static long dataRows(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        return Math.max(0, Files.readString(file).chars().filter(c -> c == '\n').count() - 1);
    }
}
