package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shipped experiment reads, and the quick ones reproduce the comparison their sources report
 * (the continual-learning one trains networks for minutes, so it is only read here).
 */
class ShippedExperimentsTest {
    private static final Catalog CATALOG = Catalog.standard();

    @TempDir
    Path dir;

    private static double cell(List<Map<String, String>> rows, String key, String value, String column) {
        return rows.stream().filter(r -> r.get(key).equals(value)).map(r -> Double.parseDouble(r.get(column)))
                .findFirst().orElseThrow();
    }

    @Test
    void everySimulatorShipsAnExperimentThatReads() throws ScenarioException {
        for (Simulator s : CATALOG.all()) {
            if (s.id().equals("polya-urn")) {
                continue; // the test-only simulator
            }
            List<Experiments.Shipped> shipped = Experiments.of(CATALOG, s.id());
            assertFalse(shipped.isEmpty(), s.id() + " ships no experiment");
            for (Experiments.Shipped e : shipped) {
                assertFalse(e.experiment().name().isEmpty(), e.reference());
                assertFalse(e.experiment().description().isEmpty(), e.reference());
                assertTrue(e.experiment().conditions().size() >= 2, e.reference() + " compares conditions");
            }
        }
    }

    @Test
    void theCriticMovesThePriceItsSideWantsAndCostsDeals() throws Exception {
        Experiment e = Experiments.read(CATALOG, "negotiation/critic");
        new ExperimentRunner(e, dir).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());
        List<Map<String, String>> c = ExperimentRunnerTest.rows(dir.resolve("comparison.csv"));
        // Fu et al. 2023: feedback raises a seller's price and lowers a buyer's, while more deals break.
        assertTrue(cell(c, "improvingSide", "seller", "price.diff.ci95low") > 0);
        assertTrue(cell(c, "improvingSide", "buyer", "price.diff.ci95high") < 0);
        for (String side : List.of("seller", "buyer")) {
            assertTrue(cell(c, "improvingSide", side, "dealRate.diff.ci95high") < 0, side);
        }
    }

    @Test
    void chargingForSwitchesCostsExp3FarMoreThanBatchedExp3() throws Exception {
        Experiment e = Experiments.read(CATALOG, "switching-costs/price-of-switching");
        new ExperimentRunner(e, dir).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());
        List<Map<String, String>> charged = ExperimentRunnerTest.rows(dir.resolve("switching-costs-1/summary.csv"));
        double batched = cell(charged, "horizon", "1000", "regret.batched-exp3.slope.horizon");
        double exp3 = cell(charged, "horizon", "1000", "regret.exp3.slope.horizon");
        // Cheng, Zhou & Ji 2023: batched EXP3 keeps T^(2/3); EXP3, charged for every switch, grows faster.
        assertEquals(2.0 / 3, batched, 0.08);
        assertTrue(exp3 > batched + 0.05, "EXP3 " + exp3 + " against batched " + batched);
        // With switches free, EXP3's paired difference is exactly its switch count times the cost 1.
        List<Map<String, String>> c = ExperimentRunnerTest.rows(dir.resolve("comparison.csv"));
        List<Map<String, String>> free = ExperimentRunnerTest.rows(dir.resolve("free-switching/summary.csv"));
        assertEquals(cell(free, "horizon", "1000000", "switches.exp3.mean"),
                cell(c, "horizon", "1000000", "regret.exp3.diff.mean"), 1e-6);
    }

    @Test
    void withoutPunishmentNobodyPunishes() throws Exception {
        Experiment e = Experiments.read(CATALOG, "donor-game/punishment");
        new ExperimentRunner(e, dir).run(new ThreadsEngine(2), p -> { }, new AtomicBoolean());
        for (Map<String, String> r : ExperimentRunnerTest.rows(dir.resolve("no-punishment/summary.csv"))) {
            assertEquals(0, Double.parseDouble(r.get("punishmentShare.mean")));
        }
        for (Map<String, String> r : ExperimentRunnerTest.rows(dir.resolve("costly-punishment/summary.csv"))) {
            assertTrue(Double.parseDouble(r.get("punishmentShare.mean")) > 0, r.toString());
        }
    }
}
