package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sweep folder read back for viewing gives the numbers the folder's own CSV files hold. */
class SweepFolderTest {
    private static final Catalog CATALOG = Catalog.standard();

    @TempDir
    Path dir;

    private static final String STUDY = """
            {"base": {"simulator": "switching-costs", "seed": 5, "parameters": {"learners": ["batched-exp3"]}},
             "vary": {"horizon": {"log": [300, 3000, 3]}, "actions": [2, 4], "gap": [1, 2]},
             "replicates": 3,
             "conditions": {"cheap": {"switchingCost": 0.5}, "dear": {"switchingCost": 3}},
             "keep": {"series": {"every": 100}}}
            """;

    @Test
    void heatMapsAndDifferencesAgreeWithTheSummaryAndComparisonFiles() throws Exception {
        Experiment e = new ExperimentReader(CATALOG).read(STUDY, "study.json", null);
        new ExperimentRunner(e, dir).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());
        SweepFolder folder = SweepFolder.open(CATALOG, dir);
        assertEquals(72, folder.runsDone());

        String metric = "regret.batched-exp3";
        double[][] cells = folder.heatMap(1, metric, "horizon", "actions", Map.of("gap", 2.0));
        assertEquals(2, cells.length);
        assertEquals(3, cells[0].length);
        for (Map<String, String> r : ExperimentRunnerTest.rows(dir.resolve("dear/summary.csv"))) {
            if (r.get("gap").equals("2")) {
                int i = List.of("300", "949", "3000").indexOf(r.get("horizon"));
                int j = List.of("2", "4").indexOf(r.get("actions"));
                assertEquals(Double.parseDouble(r.get(metric + ".mean")), cells[j][i], 1e-9, r.toString());
            }
        }

        List<SweepFolder.Along> diff = folder.difference(1, metric, "horizon", Map.of("gap", 1.0, "actions", 4L));
        assertEquals(List.of(300L, 949L, 3000L), diff.stream().map(SweepFolder.Along::value).toList());
        for (Map<String, String> r : ExperimentRunnerTest.rows(dir.resolve("comparison.csv"))) {
            if (r.get("gap").equals("1") && r.get("actions").equals("4")) {
                SweepFolder.Along a = diff.stream().filter(d -> d.value().toString().equals(r.get("horizon")))
                        .findFirst().orElseThrow();
                assertEquals(Double.parseDouble(r.get(metric + ".diff.mean")), a.summary().mean(), 1e-9);
                assertEquals(Double.parseDouble(r.get(metric + ".diff.ci95low")), a.summary().ci95Low(), 1e-9);
            }
        }

        RunTask task = new RunTask(1, 3, 2); // horizon 300 (the first axis varies slowest)
        RunRecord.Series s = SweepFolder.readSeries(folder.seriesFile(task));
        assertArrayEquals(new long[] {100, 200, 300}, s.ticks(), "the point at horizon 300");
        RunRecord again = new ExperimentWorker(e).run(new RunTask(1, 0, 2), new AtomicBoolean());
        RunRecord.Series first = SweepFolder.readSeries(folder.seriesFile(new RunTask(1, 0, 2)));
        assertArrayEquals(again.series().rows()[2], first.rows()[2], 0, "series read back as written");
    }

    @Test
    void aFolderWithoutASweepIsRefusedAndAPartOfOneIsShown() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepFolder.open(CATALOG, dir));
        assertTrue(e.getMessage().contains("holds no experiment.json"), e.getMessage());

        Experiment x = new ExperimentReader(CATALOG).read(STUDY, "study.json", null);
        new ExperimentRunner(x, dir).run(new ThreadsEngine(1), p -> { }, new AtomicBoolean());
        List<String> rows = Files.readAllLines(dir.resolve("cheap/sweep.csv"));
        Files.write(dir.resolve("cheap/sweep.csv"), rows.subList(0, 11));
        Files.writeString(dir.resolve("cheap/sweep.csv"), "3,1,broken\n", java.nio.file.StandardOpenOption.APPEND);
        SweepFolder partial = SweepFolder.open(CATALOG, dir);
        assertEquals(10, partial.results(0).size(), "the damaged row is left out");
        assertEquals(36, partial.results(1).size());

        // A row edited by hand no longer matches its checksum, and a byte that is not UTF-8 spoils only its row.
        List<String> dear = Files.readAllLines(dir.resolve("dear/sweep.csv"));
        dear.set(5, dear.get(5).replaceFirst(",300,", ",301,"));
        Files.write(dir.resolve("dear/sweep.csv"), dear);
        byte[] bytes = Files.readAllBytes(dir.resolve("dear/sweep.csv"));
        int secondRow = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\n',
                new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\n') + 1) + 3;
        bytes[secondRow] = (byte) 0xFF;
        Files.write(dir.resolve("dear/sweep.csv"), bytes);
        assertEquals(34, SweepFolder.open(CATALOG, dir).results(1).size(), "two damaged rows are left out");
    }
}
