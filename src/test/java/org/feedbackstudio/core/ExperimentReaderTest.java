package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Experiment files: the grid, seeds and conditions they stand for, and one clear error per mistake. */
class ExperimentReaderTest {
    private static final Catalog CATALOG = Catalog.standard();

    @TempDir
    Path dir;

    private static Experiment read(String json) throws ScenarioException {
        return new ExperimentReader(CATALOG).read(json, "study.json", null);
    }

    private static final String STUDY = """
            {
              "name": "Feedback and actions",
              "base": {"simulator": "switching-costs", "seed": 11, "parameters": {"horizon": 500}},
              "vary": {"horizon": {"log": [100, 10000, 3]}, "actions": [2, 3], "switchingCost": "lin:0:2:3"},
              "replicates": 4,
              "conditions": {"bandit": {"feedback": "bandit"}, "full information": {"feedback": "full"}}
            }
            """;

    @Test
    void enumeratesEveryCellOfTheGridForEveryConditionAndReplicate() throws ScenarioException {
        Experiment e = read(STUDY);
        assertEquals(List.of("horizon", "actions", "switchingCost"), e.axes().stream().map(Sweep.Axis::parameter).toList());
        assertEquals(List.of(100L, 1000L, 10000L), e.axes().get(0).values());
        assertEquals(List.of(2L, 3L), e.axes().get(1).values());
        assertEquals(List.of(0.0, 1.0, 2.0), e.axes().get(2).values());
        assertEquals(Set.of("horizon"), e.logAxes());
        assertEquals(2 * 3 * 2 * 3 * 4, e.tasks().size());
        assertEquals("2 conditions × 18 points × 4 seeds = 144 runs", e.size());

        // Every (horizon, actions, switchingCost) combination appears once per condition and replicate.
        for (int c = 0; c < 2; c++) {
            Set<List<Object>> cells = new HashSet<>();
            for (Sweep.Point p : e.sweeps().get(c).points()) {
                Map<String, Object> s = p.settings();
                cells.add(List.of(s.get("horizon"), s.get("actions"), s.get("switchingCost"), p.replicate()));
                ParameterValues v = p.scenario().parameters();
                assertEquals(s.get("horizon"), v.get("horizon"));
                assertEquals(s.get("actions"), v.get("actions"));
                assertEquals(c == 0 ? "bandit" : "full", v.get("feedback"));
            }
            assertEquals(18 * 4, cells.size());
        }
        assertEquals("full-information", e.conditions().get(1).folder());
    }

    @Test
    void conditionsAndGridPointsShareTheReplicateSeeds() throws ScenarioException {
        Experiment e = read(STUDY);
        for (RunTask t : e.tasks()) {
            Sweep.Point p = e.point(t);
            assertEquals(Seeds.replicate(11, t.replicate()), p.seed(), "the seed depends on the replicate only");
            assertEquals(p.seed(), p.scenario().seed());
            RunTask other = new RunTask(1 - t.condition(), t.point(), t.replicate());
            assertEquals(p.seed(), e.point(other).seed());
        }
        Set<Long> seeds = new HashSet<>();
        for (int r = 0; r < 4; r++) {
            seeds.add(e.point(new RunTask(0, 0, r)).seed());
        }
        assertEquals(4, seeds.size(), "replicates never reuse a seed");
    }

    @Test
    void theResolvedJsonReadsBackToTheSameRuns() throws ScenarioException {
        Experiment e = read(STUDY);
        Experiment again = read(e.json());
        assertEquals(e.json(), again.json());
        for (RunTask t : e.tasks()) {
            assertEquals(e.point(t).scenario(), again.point(t).scenario());
        }
    }

    @Test
    void aBaseCanBeAPresetOrAFileBesideTheExperiment() throws Exception {
        Experiment preset = read("{\"base\": \"preset:switching-costs/bandit\", \"vary\": {\"actions\": [2, 4]}}");
        assertEquals(42, preset.base().seed());
        assertEquals(5, preset.replicates());
        assertInstanceOf(Keep.Final.class, preset.keep());

        Files.writeString(dir.resolve("base.json"), "{\"simulator\": \"switching-costs\", \"seed\": 3}");
        Path study = dir.resolve("study.json");
        Files.writeString(study, "{\"base\": \"base.json\", \"seed\": 9, \"replicates\": 2}");
        Experiment file = new ExperimentReader(CATALOG).read(study);
        assertEquals(9, file.base().seed(), "the experiment's seed wins over the base's");
        assertEquals(2, file.tasks().size(), "no grid: one point");
    }

    @Test
    void keepChoices() throws ScenarioException {
        String base = "{\"base\": \"preset:switching-costs/bandit\", \"keep\": ";
        assertEquals(new Keep.MeanBetween(10, 20), read(base + "{\"mean\": {\"fromTick\": 10, \"toTick\": 20}}}").keep());
        assertEquals(new Keep.MeanBetween(10, 0), read(base + "{\"mean\": {\"fromTick\": 10}}}").keep());
        assertEquals(new Keep.MeanOfLast(50), read(base + "{\"mean\": {\"lastTicks\": 50}}}").keep());
        assertEquals(new Keep.Series(7), read(base + "{\"series\": {\"every\": 7}}}").keep());
        assertEquals(new Keep.Final(), read(base + "\"final\"}").keep());
    }

    /** A malformed file gets one error, naming the file and saying {@code expected}. */
    private static void expect(String json, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read(json));
        assertTrue(e.getMessage().startsWith("study.json"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void malformedFilesGetOneErrorNamingTheField() {
        String preset = "\"base\": \"preset:switching-costs/bandit\"";
        expect("{" + preset + ", \"replicate\": 3}", "replicate: unknown field; allowed: name, "
                + "description, base, seed, vary, replicates, conditions, keep");
        expect("{" + preset + ",\n \"replicates\": \"many\"}", "study.json:2:16: replicates: "
                + "expected a whole number from 1");
        expect("{" + preset + ", \"replicates\": 0}", "replicates: expected a whole number from 1");
        expect("{\"vary\": {}}", "base: missing");
        expect("{\"base\": \"preset:nope/none\"}", "base: no such preset preset:nope/none");
        expect("{\"base\": {\"simulator\": \"switching-costs\", \"seed\": 1, \"parameters\": "
                + "{\"horizon\": -5}}}", "base.parameters.horizon:");
        expect("{\"base\": {\"simulator\": \"switching-costs\"}}", "seed: missing");
        expect("{" + preset + ", \"vary\": {\"horizn\": [1, 2]}}", "vary.horizn: unknown parameter "
                + "for switching-costs; known: actions, horizon");
        expect("{" + preset + ", \"vary\": {\"actions\": [2, 2.5]}}", "vary.actions[1]: expected a "
                + "whole number from 2");
        expect("{" + preset + ", \"vary\": {\"actions\": [2, 2]}}", "vary.actions[1]: 2 is listed twice");
        expect("{" + preset + ", \"vary\": {\"horizon\": {\"log\": [0, 100, 3]}}}", "vary.horizon: "
                + "need COUNT >= 1 and, on a log scale, FROM and TO > 0");
        expect("{" + preset + ", \"vary\": {\"horizon\": {\"log\": [10, 100]}}}", "vary.horizon.log: "
                + "expected [FROM, TO, COUNT]");
        expect("{" + preset + ", \"vary\": {\"actions\": 3}}", "vary.actions: expected a list of values");
        expect("{" + preset + ", \"vary\": {\"actions\": [2]}, \"conditions\": {\"a\": {\"actions\": 4}}}", "conditions.a.actions: actions is varied in \"vary\"");
        expect("{" + preset + ", \"conditions\": {\"a\": {\"feedback\": \"psychic\"}}}", "conditions.a.feedback: ");
        expect("{" + preset + ", \"conditions\": {\"../up\": {}}}", "conditions.../up: a condition's name");
        expect("{" + preset + ", \"conditions\": {\"A b\": {}, \"a-B\": {}}}", "share the folder a-b");
        expect("{" + preset + ", \"keep\": \"last\"}", "keep: expected \"final\"");
        expect("{" + preset + ", \"keep\": {\"mean\": {\"fromTick\": 0}}}", "keep.mean.fromTick:");
        expect("{" + preset + ", \"keep\": {\"mean\": {\"fromTick\": 5, \"toTick\": 4}}}", "keep.mean.toTick: expected a tick >= fromTick (5)");
        expect("{" + preset + ", \"keep\": {\"series\": {\"every\": 0}}}", "keep.series.every:");
        expect("{" + preset + ", \"keep\": {\"series\": {\"evry\": 2}}}", "keep.series.evry: unknown");
        expect("{" + preset + ", \"replicates\": 100000, \"vary\": {\"actions\": [2, 3]}}", "vary: the experiment would hold more than 100,000 runs");
        expect("{" + preset + ",, }", "malformed JSON");
    }

    @Test
    void experimentsAreToldApartFromScenarios() {
        assertTrue(ExperimentReader.isExperiment(STUDY));
        assertTrue(!ExperimentReader.isExperiment("{\"simulator\": \"switching-costs\"}"));
        assertTrue(!ExperimentReader.isExperiment("not json"));
    }

    @Test
    void aRunThatKeepsWindowMeansAgreesWithItsOwnSeries() throws ScenarioException {
        // Independent check of the window mean: the same run kept as a series every tick, averaged by hand.
        String base = "{\"base\": {\"simulator\": \"switching-costs\", \"seed\": 4, \"parameters\": {\"horizon\": 300}},"
                + " \"replicates\": 1, \"keep\": ";
        RunRecord series = new ExperimentWorker(read(base + "{\"series\": {\"every\": 1}}}"))
                .run(new RunTask(0, 0, 0), new java.util.concurrent.atomic.AtomicBoolean());
        RunRecord window = new ExperimentWorker(read(base + "{\"mean\": {\"fromTick\": 101, \"toTick\": 200}}}"))
                .run(new RunTask(0, 0, 0), new java.util.concurrent.atomic.AtomicBoolean());
        RunRecord last = new ExperimentWorker(read(base + "{\"mean\": {\"lastTicks\": 50}}}"))
                .run(new RunTask(0, 0, 0), new java.util.concurrent.atomic.AtomicBoolean());
        assertEquals(300, series.series().ticks().length);
        List<String> metrics = series.series().metrics();
        for (int m = 0; m < metrics.size(); m++) {
            double sum = 0;
            for (int t = 100; t < 200; t++) {
                sum += series.series().rows()[t][m];
            }
            assertEquals(sum / 100, window.values().get(metrics.get(m)), 1e-9 * Math.abs(sum), metrics.get(m));
            double tail = 0;
            for (int t = 250; t < 300; t++) {
                tail += series.series().rows()[t][m];
            }
            assertEquals(tail / 50, last.values().get(metrics.get(m)), 1e-9 * Math.abs(tail), metrics.get(m));
            assertEquals(series.series().rows()[299][m], series.values().get(metrics.get(m)), "a series row keeps finals");
        }
    }
}
