package org.feedbackstudio.urn;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Simulator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test-only urn behaves as a Pólya urn: balls are conserved and the classic uniform law holds. */
class PolyaUrnTest {
    private final Simulator urn = Catalog.standard().find(PolyaUrnSimulator.ID).orElseThrow();

    private PolyaUrnSimulation start(long seed, String... sets) throws ScenarioException {
        Scenario scenario = Scenario.defaults(urn, seed);
        for (String set : sets) {
            String[] nameValue = set.split("=");
            scenario = scenario.withParameter(nameValue[0], nameValue[1]);
        }
        return (PolyaUrnSimulation) urn.start(scenario, EventSink.NONE);
    }

    @Test
    void everyDrawAddsTheReinforcementAndNothingElse() throws ScenarioException {
        PolyaUrnSimulation sim = start(3, "colours=4", "reinforcement=3");
        for (int t = 0; t < 50; t++) {
            sim.step();
        }
        assertTrue(sim.applyLive(PolyaUrnSimulator.REINFORCEMENT.changeTo(5L)));
        for (int t = 0; t < 20; t++) {
            sim.step();
        }
        UrnContents urn = sim.inspect().detail();
        assertEquals(70, urn.draws());
        assertEquals(4 + 50 * 3 + 20 * 5, urn.total());
        double[] shares = new double[sim.metrics().size()];
        sim.sample(shares);
        double sum = 0;
        for (int c = 0; c < 4; c++) {
            sum += shares[c];
        }
        assertEquals(1.0, sum, 1e-12);
    }

    /**
     * With two colours, one ball each and one ball added per draw, the number of red draws in n draws is
     * uniform on 0..n (Pólya). Over 4,000 seeds and n = 3, each count should turn up about 1,000 times.
     */
    @Test
    void redDrawsAreUniform() throws ScenarioException {
        int[] counts = new int[4];
        for (long seed = 1; seed <= 4000; seed++) {
            PolyaUrnSimulation sim = start(seed, "colours=2");
            for (int t = 0; t < 3; t++) {
                sim.step();
            }
            counts[(int) (sim.inspect().detail().balls().get(0) - 1)]++;
        }
        for (int count : counts) {
            assertEquals(1000, count, 5 * Math.sqrt(4000 * 0.25 * 0.75), java.util.Arrays.toString(counts));
        }
    }
}
