package org.feedbackstudio.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.feedbackstudio.app.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sweep resumes only the sweep it started, keeps only whole rows, gives the same bytes whatever ran it,
 * and refuses bad options and folders with one line, exit code 2, and nothing written.
 */
class SweepReliabilityTest {
    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        Path file = dir.resolve("walk.json");
        Files.writeString(file, "{\"simulator\": \"walk\", \"seed\": 2, \"parameters\": {\"steps\": 300}}");
        return file;
    }

    private CliTest.Result sweep(Path out, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("sweep", scenario().toString(), "--vary",
                "upProbability=0.2,0.5,0.8", "--seeds", "4", "--out", out.toString()));
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    /** Every file under a folder, by relative name, with its bytes as text. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    private static void assertRefused(CliTest.Result r, String... phrases) {
        assertEquals(2, r.code(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(2, lines.length, "one line and where to read more: " + r.err());
        assertTrue(lines[0].startsWith("error: "), r.err());
        assertTrue(lines[1].startsWith("see: feedback-studio ") && lines[1].endsWith(" --help"), r.err());
        for (String p : phrases) {
            assertTrue(lines[0].contains(p), "expected \"" + p + "\" in: " + lines[0]);
        }
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void aFolderHoldingAnotherSweepIsRefusedNamingWhatDiffersAndLeftAsItWas() throws IOException {
        Path out = dir.resolve("s");
        assertEquals(0, sweep(out).code());
        Map<String, String> before = files(out);

        assertRefused(sweep(out, "--seed", "3"), "holds a different sweep", "base.seed: 2 in the folder, 3 now");
        assertRefused(sweep(out, "--set", "steps=200"), "base.parameters.steps: 300 in the folder, 200 now");
        CliTest.Result otherGrid = cli("sweep", scenario().toString(), "--vary", "upProbability=0.2,0.5", "--seeds",
                "4", "--out", out.toString());
        assertRefused(otherGrid, "vary.upProbability");
        CliTest.Result otherSeeds = cli("sweep", scenario().toString(), "--vary", "upProbability=0.2,0.5,0.8",
                "--seeds", "5", "--out", out.toString());
        assertRefused(otherSeeds, "replicates: 4 in the folder, 5 now");
        assertEquals(before, files(out), "a refused resume changes nothing in the folder");
    }

    @Test
    void damagedRowsAreRunAgainAndTheFilesEndAsIfNothingHappened() throws IOException {
        Path clean = dir.resolve("clean");
        assertEquals(0, sweep(clean, "--threads", "2").code());
        Map<String, String> reference = files(clean);

        Path out = dir.resolve("damaged");
        assertEquals(0, sweep(out, "--threads", "2").code());
        List<String> rows = new ArrayList<>(Files.readAllLines(out.resolve("sweep.csv")));
        int position = rows.get(0).indexOf("position");
        assertTrue(position > 0);
        // A row cut inside its last number, a row with an empty cell, a non-numeric cell, a row from elsewhere.
        rows.set(2, rows.get(2).substring(0, rows.get(2).length() - 3));
        rows.set(4, withCell(rows.get(4), 6, ""));
        rows.set(6, withCell(rows.get(6), 6, "x"));
        rows.set(8, withCell(rows.get(8), 4, "299"));
        Files.write(out.resolve("sweep.csv"), rows);
        Files.writeString(out.resolve("summary.csv"), "stale");

        CliTest.Result again = sweep(out, "--threads", "1");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("resuming: 8 of 12 runs already in"), again.err());
        assertTrue(again.err().contains("4 damaged or incomplete rows will run again"), again.err());
        assertTrue(again.out().contains("4 runs (0 failed, 8 done before)"), again.out());
        assertEquals(reference, files(out), "the same bytes as a sweep that was never damaged");
    }

    private static String withCell(String row, int column, String value) {
        String[] cells = row.split(",", -1);
        cells[column] = value;
        return String.join(",", cells);
    }

    @Test
    void outputsAreTheSameBytesOnAnyNumberOfThreadsAndAfterAnInterruption() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, sweep(one, "--threads", "1").code());
        assertEquals(0, sweep(two, "--threads", "2").code());
        assertEquals(files(one), files(two));
        List<String> rows = Files.readAllLines(one.resolve("sweep.csv"));
        for (int i = 1; i < rows.size(); i++) {
            String[] c = rows.get(i).split(",");
            assertEquals(List.of(String.valueOf((i - 1) / 4), String.valueOf((i - 1) % 4)), List.of(c[0], c[1]),
                    "rows by point, then replicate");
        }

        // Interrupted: only some rows there, in the order they finished.
        Path resumed = dir.resolve("resumed");
        assertEquals(0, sweep(resumed, "--threads", "2").code());
        List<String> kept = new ArrayList<>(Files.readAllLines(resumed.resolve("sweep.csv")));
        List<String> some = new ArrayList<>(List.of(kept.get(0), kept.get(11), kept.get(3), kept.get(7), kept.get(1)));
        Files.write(resumed.resolve("sweep.csv"), some);
        Files.delete(resumed.resolve("summary.csv"));
        assertEquals(0, sweep(resumed, "--threads", "2").code());
        assertEquals(files(one), files(resumed));
    }

    @Test
    void sweepsBeyondTheLimitAreRefusedBeforeAnythingIsBuilt() throws IOException {
        Path out = dir.resolve("huge");
        assertRefused(cli("sweep", scenario().toString(), "--vary", "upProbability=0.1,0.2", "--seeds", "2000000000",
                "--out", out.toString()), "2 × 2000000000 replicates", "the most is 100,000");
        assertRefused(cli("sweep", scenario().toString(), "--vary", "steps=lin:1:1000000:2000000000",
                "--out", out.toString()), "COUNT 2000000000", "at most 100,000 runs");
        assertRefused(cli("sweep", scenario().toString(), "--vary", "steps=lin:1:1000:1000", "--vary",
                "upProbability=lin:0:1:11", "--seeds", "10", "--out", out.toString()),
                "1000 × 11 × 10 replicates = 110,000 runs");
        assertFalse(Files.exists(out));
    }

    @Test
    void badOptionsAreRefusedWithOneLineAndLeaveNothing() throws IOException {
        Path out = dir.resolve("none");
        String s = scenario().toString();
        assertRefused(cli("sweep", s, "--vary", "upProbability=0,1", "--vary", "upProbability=0.5", "--out",
                out.toString()), "given twice");
        assertRefused(cli("sweep", s, "--vary", "upProbability=0.5,0.5", "--out", out.toString()), "listed twice");
        assertRefused(cli("sweep", s, "--vary", "upProbability=0,1", "--threads", "0", "--out", out.toString()),
                "--threads", ">= 1");
        assertRefused(cli("sweep", s, "--vary", "upProbability=0,1", "--threads", "-3", "--out", out.toString()),
                "--threads");
        assertRefused(cli("sweep", s, "--vary", "upProbability=0,1", "--out", ""), "--out", "empty");
        assertRefused(cli("sweep", s, "--vary", "upProbability=lin:0:NaN:3", "--out", out.toString()), "finite");
        assertRefused(cli("sweep", s, "--vary", "upProbability=0,1", "--seeds", "many", "--out", out.toString()),
                "--seeds");
        assertRefused(cli("sweep", s, "--out", out.toString(), "--bogus"), "--bogus");
        assertRefused(cli("run", s, "--events", "bogus", "--out", out.toString()), "\"bogus\" is not an event kind",
                "its kinds: move");
        assertRefused(cli("run", s, "--events", "move,,", "--out", out.toString()), "an empty kind");
        assertRefused(cli("run", s, "--out", ""), "--out", "empty");
        assertFalse(Files.exists(out));
        try (Stream<Path> listing = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("walk.json")), listing.toList(), "nothing else was written");
        }
    }

    @Test
    void outputFoldersThatCannotBeUsedAreRefusedWithTheReasonAndLeaveNothing() throws IOException {
        String s = scenario().toString();
        Path file = Files.writeString(dir.resolve("a-file"), "mine");
        for (String command : List.of("run", "sweep")) {
            List<String> base = new ArrayList<>(List.of(command, s));
            if (command.equals("sweep")) {
                base.addAll(List.of("--vary", "upProbability=0,1"));
            }
            List<String> onFile = new ArrayList<>(base);
            onFile.addAll(List.of("--out", file.toString()));
            assertRefused(cli(onFile.toArray(String[]::new)), "is a file, not a folder");
            List<String> underFile = new ArrayList<>(base);
            underFile.addAll(List.of("--out", file.resolve("sub").toString()));
            assertRefused(cli(underFile.toArray(String[]::new)), "a-file is a file, not a folder");
            List<String> dotDot = new ArrayList<>(base);
            dotDot.addAll(List.of("--out", dir.resolve("x/a/../b").toString()));
            assertRefused(cli(dotDot.toArray(String[]::new)), "x/a does not exist");
        }
        assertEquals("mine", Files.readString(file));
        try (Stream<Path> listing = Files.list(dir)) {
            assertEquals(2, listing.count(), "nothing but the scenario and the file");
        }
    }

    @Test
    void aSweepWhoseRunsCannotStartIsRefusedLikeARun() throws IOException {
        Path out = dir.resolve("never");
        CliTest.Result r = cli("sweep", scenario().toString(), "--set", "refuseStart=true", "--vary",
                "upProbability=0,1", "--out", out.toString());
        assertRefused(r, "walk.json", "the first run (upProbability=0) cannot start", "refused as asked");
        assertFalse(Files.exists(out));
        CliTest.Result run = cli("run", scenario().toString(), "--set", "refuseStart=true", "--out", out.toString());
        assertRefused(run, "walk.json", "refused as asked");
        assertFalse(Files.exists(out));
    }

    @Test
    void everyOutputFileHasTheSameMode() throws IOException {
        Path out = dir.resolve("modes");
        assertEquals(0, sweep(out).code());
        Path run = dir.resolve("run");
        assertEquals(0, cli("run", scenario().toString(), "--out", run.toString()).code());
        java.util.Set<Object> modes = new java.util.HashSet<>();
        for (Path folder : List.of(out, run)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    modes.add(Files.getPosixFilePermissions(p));
                }
            }
        }
        assertEquals(1, modes.size(), "one mode for scenario.json, base-scenario.json and the CSV files: " + modes);
    }
}
