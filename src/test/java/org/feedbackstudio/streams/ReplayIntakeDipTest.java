package org.feedbackstudio.streams;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.Simulation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Info page's account of the stability gap: with the replay memory offered each image at its first
 * presentation only (the default), task 1 falls further while task 2 is learned than with every
 * presentation offered. Seeds 1–20 of the default run gave 0.13 against 0.34 on average; three seeds of
 * the first two tasks keep the direction and most of the size.
 */
class ReplayIntakeDipTest {
    private static final ContinualStreamsSimulator SIMULATOR = new ContinualStreamsSimulator();

    @Test
    void firstPresentationOnlyDeepensTheDip() throws Exception {
        double firstPass = meanDip("first-pass");
        double everyPass = meanDip("every-pass");
        assertTrue(firstPass < everyPass - 0.1, "task 1's lowest accuracy during task 2: first-pass " + firstPass
                + ", every-pass " + everyPass);
    }

    /** Task 1's lowest accuracy while task 2 is learned, averaged over seeds 1–3 of the default run. */
    private static double meanDip(String intake) throws Exception {
        double sum = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Scenario s = Scenario.defaults(SIMULATOR, seed).withParameter("memoryIntake", intake);
            try (Simulation sim = SIMULATOR.start(s, EventSink.NONE)) {
                int task1 = -1;
                for (int i = 0; i < sim.metrics().size(); i++) {
                    if (sim.metrics().get(i).name().equals("acc.task1")) {
                        task1 = i;
                    }
                }
                double[] out = new double[sim.metrics().size()];
                double lowest = 1;
                long perTask = sim.totalTicks() / 5; // the default stream: five tasks
                while (sim.tick() < 2 * perTask) {
                    sim.step();
                    if (sim.tick() > perTask) {
                        sim.sample(out);
                        lowest = Math.min(lowest, out[task1]);
                    }
                }
                sum += lowest;
            }
        }
        return sum / 3;
    }
}
