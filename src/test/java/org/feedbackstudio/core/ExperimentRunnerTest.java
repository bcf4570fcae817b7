package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An experiment's folder: rows per condition, paired comparisons, log–log slopes, series, resume. */
class ExperimentRunnerTest {
    private static final Catalog CATALOG = Catalog.standard();

    @TempDir
    Path dir;

    private static Experiment read(String json) throws ScenarioException {
        return new ExperimentReader(CATALOG).read(json, "study.json", null);
    }

    /** Rows of a CSV as maps from column to cell (no quoted commas in these files). */
    static List<Map<String, String>> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            out.add(row);
        }
        return out;
    }

    private static final String STUDY = """
            {
              "base": {"simulator": "switching-costs", "seed": 8,
                       "parameters": {"learners": ["batched-exp3"], "feedback": "bandit"}},
              "vary": {"horizon": {"log": [200, 20000, 3]}, "actions": [2, 4]},
              "replicates": 3,
              "conditions": {"cheap": {"switchingCost": 0.5}, "dear": {"switchingCost": 4}}
            }
            """;

    @Test
    void comparisonIsTheMeanOfPairedDifferencesBySeed() throws Exception {
        Experiment e = read(STUDY);
        ExperimentRunner.Outcome o = new ExperimentRunner(e, dir).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());
        assertEquals(36, o.ran());
        assertEquals(0, o.failed());
        // From the two sweep.csv files: pair runs by point and replicate (that is, by seed), by hand.
        Map<String, Double> cheap = new HashMap<>();
        for (Map<String, String> r : rows(dir.resolve("cheap/sweep.csv"))) {
            cheap.put(r.get("point") + "/" + r.get("replicate"), Double.parseDouble(r.get("regret.batched-exp3")));
        }
        Map<String, String> seeds = new HashMap<>();
        List<Map<String, String>> dear = rows(dir.resolve("dear/sweep.csv"));
        assertEquals(18, dear.size());
        for (Map<String, String> r : rows(dir.resolve("cheap/sweep.csv"))) {
            seeds.put(r.get("point") + "/" + r.get("replicate"), r.get("seed"));
        }
        List<Map<String, String>> comparison = rows(dir.resolve("comparison.csv"));
        assertEquals(6, comparison.size());
        for (Map<String, String> c : comparison) {
            assertEquals("dear", c.get("condition"));
            assertEquals("cheap", c.get("reference"));
            double[] d = new double[3];
            for (Map<String, String> r : dear) {
                if (r.get("point").equals(c.get("point"))) {
                    String key = r.get("point") + "/" + r.get("replicate");
                    assertEquals(seeds.get(key), r.get("seed"), "conditions run on the same seeds");
                    d[Integer.parseInt(r.get("replicate"))] = Double.parseDouble(r.get("regret.batched-exp3")) - cheap.get(key);
                }
            }
            double mean = (d[0] + d[1] + d[2]) / 3;
            double var = ((d[0] - mean) * (d[0] - mean) + (d[1] - mean) * (d[1] - mean) + (d[2] - mean) * (d[2] - mean)) / 2;
            assertEquals(mean, Double.parseDouble(c.get("regret.batched-exp3.diff.mean")), 1e-9 * Math.abs(mean));
            assertEquals(Math.sqrt(var / 3), Double.parseDouble(c.get("regret.batched-exp3.diff.sem")), 1e-9 * Math.abs(mean));
            assertEquals("3", c.get("regret.batched-exp3.pairs"));
            // A dearer switch costs regret (the same learner switches as often, each switch costs more).
            assertTrue(mean > 0, "dear minus cheap regret at point " + c.get("point") + ": " + mean);
        }
    }

    @Test
    void summaryCarriesTheLogLogSlopeAlongALogSpacedParameter() throws Exception {
        Experiment e = read(STUDY);
        new ExperimentRunner(e, dir).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());
        List<Map<String, String>> summary = rows(dir.resolve("cheap/summary.csv"));
        for (String actions : List.of("2", "4")) {
            double[] x = new double[3];
            double[] y = new double[3];
            int n = 0;
            String slope = null;
            for (Map<String, String> r : summary) {
                if (r.get("actions").equals(actions)) {
                    x[n] = Math.log(Double.parseDouble(r.get("horizon")));
                    y[n++] = Math.log(Double.parseDouble(r.get("regret.batched-exp3.mean")));
                    slope = slope == null ? r.get("regret.batched-exp3.slope.horizon") : slope;
                    assertEquals(slope, r.get("regret.batched-exp3.slope.horizon"), "one slope per line of the grid");
                }
            }
            double mx = (x[0] + x[1] + x[2]) / 3;
            double my = (y[0] + y[1] + y[2]) / 3;
            double sxy = 0;
            double sxx = 0;
            for (int i = 0; i < 3; i++) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
            }
            assertEquals(sxy / sxx, Double.parseDouble(slope), 1e-9);
            // Batched EXP3's regret grows like T^(2/3) (Cheng, Zhou & Ji 2023); short horizons, so loosely.
            assertTrue(Double.parseDouble(slope) > 0.4 && Double.parseDouble(slope) < 0.9, slope);
        }
        assertTrue(!Files.readString(dir.resolve("cheap/summary.csv")).contains("slope.actions"),
                "no slope along a parameter listed by hand");
    }

    @Test
    void seriesAreWrittenPerRunAndResumeRunsOnlyWhatIsMissing() throws Exception {
        Experiment e = read("""
                {"base": {"simulator": "switching-costs", "seed": 2, "parameters": {"horizon": 100}},
                 "vary": {"actions": [2, 3]}, "replicates": 2, "keep": {"series": {"every": 30}}}
                """);
        ExperimentRunner runner = new ExperimentRunner(e, dir);
        runner.run(new ThreadsEngine(1), p -> { }, new AtomicBoolean());
        Path series = dir.resolve("series/point-1-replicate-0.csv");
        List<String> lines = Files.readAllLines(series);
        assertEquals(List.of("30", "60", "90", "100"), lines.subList(1, lines.size()).stream()
                .map(l -> l.substring(0, l.indexOf(','))).toList());
        String rows = Files.readString(dir.resolve("sweep.csv"));
        String summary = Files.readString(dir.resolve("summary.csv"));

        // Lose the last row (an interrupted sweep), run again: one run, and the same files.
        List<String> kept = Files.readAllLines(dir.resolve("sweep.csv"));
        Files.write(dir.resolve("sweep.csv"), kept.subList(0, kept.size() - 1));
        List<RunRecord> again = new ArrayList<>();
        ExperimentRunner.Outcome o = runner.run(new ThreadsEngine(1), p -> again.add(p.record()), new AtomicBoolean());
        assertEquals(1, o.ran());
        assertEquals(3, o.resumed());
        assertEquals(sortedLines(rows), sortedLines(Files.readString(dir.resolve("sweep.csv"))));
        assertEquals(summary, Files.readString(dir.resolve("summary.csv")));
    }

    @Test
    void aFolderHoldingAnotherExperimentIsRefused() throws Exception {
        new ExperimentRunner(read(STUDY), dir).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());
        Experiment other = read(STUDY.replace("\"replicates\": 3", "\"replicates\": 4"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ExperimentRunner(other, dir).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean()));
        assertTrue(e.getMessage().contains("holds a different sweep"), e.getMessage());
        assertTrue(e.getMessage().contains("replicates: 3 in the folder, 4 now"), "names what differs: " + e.getMessage());
    }

    static List<String> sortedLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        java.util.Collections.sort(lines);
        return lines;
    }
}
