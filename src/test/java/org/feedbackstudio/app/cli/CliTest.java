package org.feedbackstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.WalkFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line contract scripts rely on, against a test simulator whose numbers are easy to check. */
class CliTest {
    private static final Catalog CATALOG = new Catalog(List.of(new WalkFixture()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(CATALOG, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path scenario(String json) throws IOException {
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void listPrintsIdThenTitle() {
        Result r = cli("list");
        assertEquals(0, r.code());
        assertEquals("walk  Random walk (test fixture)", r.out().strip());
    }

    @Test
    void describeGivesParametersAndMetricsAsJson() throws IOException {
        Result r = cli("describe", "walk");
        assertEquals(0, r.code(), r.err());
        JsonNode d = JSON.readTree(r.out());
        assertEquals("walk", d.get("id").asText());
        JsonNode steps = d.get("parameters").get(0);
        assertEquals("steps", steps.get("name").asText());
        assertEquals("integer", steps.get("type").asText());
        assertEquals(1000, steps.get("default").asLong());
        assertEquals(1, steps.get("min").asLong());
        assertEquals(10_000_000, steps.get("max").asLong());
        assertEquals("Steps to walk.", steps.get("help").asText());
        JsonNode start = d.get("parameters").get(3);
        assertEquals("choice", start.get("type").asText());
        assertEquals("[\"zero\",\"ten\"]", start.get("choices").toString());
        assertEquals("position", d.get("metrics").get(0).get("name").asText());
        assertEquals("milestone", d.get("metrics").get(2).get("cadence").asText());
    }

    @Test
    void describeUnknownSimulatorListsTheIds() {
        Result r = cli("describe", "nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown simulator \"nope\"; known: walk"), r.err());
    }

    @Test
    void runWritesResolvedScenarioMetricsAndEvents() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"parameters\": {\"steps\": 250}}");
        Path out = dir.resolve("out");
        Result r = cli("run", file.toString(), "--seed", "7", "--every", "100", "--out", out.toString());
        assertEquals(0, r.code(), r.err());

        JsonNode resolved = JSON.readTree(out.resolve("scenario.json").toFile());
        assertEquals(7, resolved.get("seed").asLong());
        assertEquals(250, resolved.get("parameters").get("steps").asLong());
        assertEquals(0.5, resolved.get("parameters").get("upProbability").asDouble(), "defaults are filled in");
        assertEquals("zero", resolved.get("parameters").get("start").asText());

        List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals("tick,position,maxPosition,hundreds", rows.get(0));
        // every 100 ticks, and the last tick always
        assertEquals(List.of("100", "200", "250"), rows.subList(1, rows.size()).stream()
                .map(row -> row.split(",")[0]).toList());

        List<String> events = Files.readAllLines(out.resolve("events.jsonl"));
        assertEquals(250, events.size(), "one move event per step");
        long position = 0;
        long max = 0;
        for (String line : events) {
            JsonNode e = JSON.readTree(line);
            position += e.get("move").asLong();
            max = Math.max(max, position);
            assertEquals(position, e.get("position").asLong());
        }
        // The CSV's last row agrees with the events: an independent reconstruction of the walk.
        String[] last = rows.get(rows.size() - 1).split(",", -1);
        assertEquals(position, Long.parseLong(last[1]));
        assertEquals(max, Long.parseLong(last[2]));
        assertEquals("2", last[3]);
        assertTrue(r.out().contains("position"), r.out());
    }

    @Test
    void defaultRowLimitIsAboutTenThousand() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"seed\": 1, \"parameters\": {\"steps\": 100000}}");
        Path out = dir.resolve("big");
        Result r = cli("run", file.toString(), "--out", out.toString(), "--events", "none");
        assertEquals(0, r.code(), r.err());
        long rows = Files.lines(out.resolve("metrics.csv")).count() - 1;
        assertTrue(rows <= 10_001 && rows >= 9_000, "rows: " + rows);
        assertEquals(0, Files.size(out.resolve("events.jsonl")));
    }

    @Test
    void eventsAreCappedWithANote() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"seed\": 1, \"parameters\": {\"steps\": 500}}");
        Path out = dir.resolve("capped");
        Result r = cli("run", file.toString(), "--out", out.toString(), "--max-events", "100");
        assertEquals(0, r.code(), r.err());
        assertEquals(100, Files.readAllLines(out.resolve("events.jsonl")).size());
        assertTrue(r.err().contains("holds the first 100 events; 400 more were not written"), r.err());
    }

    @Test
    void setOverridesAnyParameterAndSameSeedGivesSameCsv() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"seed\": 3}");
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, cli("run", file.toString(), "--set", "steps=500", "--set", "upProbability=1",
                "--out", a.toString()).code());
        assertEquals(0, cli("run", file.toString(), "--set", "steps=500", "--set", "upProbability=1",
                "--out", b.toString()).code());
        List<String> rows = Files.readAllLines(a.resolve("metrics.csv"));
        assertEquals("500,500,500,5", rows.get(rows.size() - 1), "always up: position = steps");
        assertEquals(rows, Files.readAllLines(b.resolve("metrics.csv")));
    }

    @Test
    void presetsAreListedAndRunByReference() throws IOException {
        Result list = cli("presets");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("preset:walk/uphill") && list.out().contains("Uphill"), list.out());
        Path out = dir.resolve("p");
        Result r = cli("run", "preset:walk/uphill", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals("40,40,40,", rows.get(rows.size() - 1), "always up for 40 steps; no hundred completed");
        Result missing = cli("run", "preset:walk/nope", "--out", dir.resolve("q").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such preset"), missing.err());
    }

    @Test
    void sweepWritesOneRowPerRunAndASummaryAndResumes() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"seed\": 2, \"parameters\": {\"steps\": 200}}");
        Path out = dir.resolve("sweep");
        Result r = cli("sweep", file.toString(), "--vary", "upProbability=0,0.5,1", "--seeds", "4", "--threads", "2",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("point,replicate,seed,upProbability,ticks,error,position,maxPosition,hundreds,checksum",
                rows.get(0));
        assertEquals(1 + 3 * 4, rows.size());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("point,upProbability,runs,position.mean,position.sem,position.ci95low,position.ci95high,"
                + "maxPosition.mean,maxPosition.sem,maxPosition.ci95low,maxPosition.ci95high,"
                + "hundreds.mean,hundreds.sem,hundreds.ci95low,hundreds.ci95high", summary.get(0));
        assertEquals("0,0,4,-200,0,-200,-200,0,0,0,0,2,0,2,2", summary.get(1), "always down");
        assertEquals("2,1,4,200,0,200,200,200,0,200,200,2,0,2,2", summary.get(3), "always up");

        // The same sweep on one thread gives the same rows (in another order).
        Path single = dir.resolve("single");
        assertEquals(0, cli("sweep", file.toString(), "--vary", "upProbability=0,0.5,1", "--seeds", "4",
                "--threads", "1", "--out", single.toString()).code());
        assertEquals(new java.util.TreeSet<>(rows), new java.util.TreeSet<>(Files.readAllLines(single.resolve("sweep.csv"))));

        // Running it again resumes: nothing new is run, nothing is duplicated.
        Result again = cli("sweep", file.toString(), "--vary", "upProbability=0,0.5,1", "--seeds", "4",
                "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("resuming: 12 of 12 runs"), again.err());
        assertEquals(13, Files.readAllLines(out.resolve("sweep.csv")).size());

        Result other = cli("sweep", file.toString(), "--vary", "steps=log:10:1000:3", "--out", out.toString());
        assertEquals(2, other.code());
        assertTrue(other.err().contains("holds a different sweep"), other.err());
        Result bad = cli("sweep", file.toString(), "--vary", "upProbability=0,2", "--out", dir.resolve("b").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--vary upProbability=0,2: 2 is out of range"), bad.err());
    }

    // ---- errors: exit code 2, one message naming the file, the field and what is allowed

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path file = scenario("{\n  \"simulator\": \"walk\",\n  \"seed\": 1,,\n}");
        Path out = dir.resolve("never");
        Result r = cli("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + file + ":3:"), r.err());
        assertTrue(r.err().contains("malformed JSON"), r.err());
        assertFalse(Files.exists(out), "a run that cannot start leaves nothing");
    }

    @Test
    void unknownSimulatorListsIds() throws IOException {
        Path file = scenario("{\"simulator\": \"wlak\"}");
        Result r = cli("run", file.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(file + ":1:15: simulator: unknown simulator \"wlak\"; known: walk"), r.err());
    }

    @Test
    void unknownParameterListsNames() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"parameters\": {\"stpes\": 5}}");
        Result r = cli("run", file.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("parameters.stpes: unknown parameter for walk; known: steps, upProbability, "
                + "failAt, start, refuseStart"), r.err());
    }

    @Test
    void wrongTypeSaysWhatIsAllowed() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"parameters\": {\"steps\": \"many\"}}");
        Result r = cli("run", file.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("parameters.steps: expected a whole number from 1 to 10000000, got \"many\""),
                r.err());
    }

    @Test
    void outOfRangeSaysTheRange() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"parameters\": {\"upProbability\": 1.5}}");
        Result r = cli("run", file.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(":1:55: parameters.upProbability: 1.5 is out of range; allowed: 0 to 1"),
                r.err());
    }

    @Test
    void badSetIsRefused() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\"}");
        Result r = cli("run", file.toString(), "--set", "start=middle", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--set start=middle: parameters.start: \"middle\" is not allowed; choose one of "
                + "zero, ten"), r.err());
        Result missing = cli("run", file.toString(), "--set", "steps", "--out", dir.resolve("x").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("expected name=value"), missing.err());
    }

    @Test
    void unknownTopLevelFieldAndMissingFile() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"sede\": 1}");
        Result r = cli("run", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("sede: unknown field; allowed: name, description, simulator, seed, parameters, "
                + "stop"), r.err());
        Result none = cli("run", dir.resolve("absent.json").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("absent.json: no such file"), none.err());
    }

    @Test
    void crossFieldRuleNamesTheField() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"parameters\": {\"steps\": 10, \"failAt\": 20}}");
        Result r = cli("run", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("parameters.failAt: must not exceed steps (10)"), r.err());
    }

    @Test
    void runThatCannotStartLeavesNothing() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"parameters\": {\"refuseStart\": true}}");
        Path out = dir.resolve("nothing");
        Result r = cli("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("refused as asked"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void runThatFailsMidwayKeepsWhatItWroteAndSaysWhere() throws IOException {
        Path file = scenario("{\"simulator\": \"walk\", \"seed\": 5, \"parameters\": {\"steps\": 1000, "
                + "\"failAt\": 301}}");
        Path out = dir.resolve("partial");
        Result r = cli("run", file.toString(), "--every", "100", "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("stopped at step 301 of 1000"), r.err());
        assertTrue(r.err().contains("the 300 completed steps are kept"), r.err());
        List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals("300", rows.get(rows.size() - 1).split(",")[0]);
        assertEquals(300, Files.readAllLines(out.resolve("events.jsonl")).size());
        assertTrue(Files.exists(out.resolve("scenario.json")));
    }

    @Test
    void badOptionIsAUsageError() {
        Result r = cli("run");
        assertEquals(2, r.code());
        Result every = cli("run", "x.json", "--every", "0");
        assertEquals(2, every.code());
        assertTrue(every.err().contains("--every"), every.err());
    }

    @Test
    void benchPrintsOneLineInTheSimulatorsUnit() {
        Result r = cli("bench", "walk", "--set", "steps=100000", "--seconds", "0.2", "--warmup", "0.1");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(1, lines.length);
        assertTrue(lines[0].matches("walk: [0-9.,]+( million)? steps/s \\(.*steps=100000\\)"), lines[0]);
    }
}
