package org.feedbackstudio.donor;

import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every reported number, recomputed from the events and the inspector's tiles. */
class MetricsTest {

    @Test
    void everyMetricMatchesTheEventsAndTiles() {
        Games.Recorder events = new Games.Recorder(k -> !k.equals("strategy"));
        Simulation sim = Games.start(17, events, "agents=16", "rounds=8", "generations=7", "punishment=true",
                "observationProbability=0.8", "mutation=0.15", "initialSpread=0.5");
        double[] before = Games.sample(sim);
        assertEquals(10.0, before[Games.metric(sim, "meanResources")]);
        for (String m : List.of("meanDonationFraction", "generation", "generationScore", "punishmentShare")) {
            assertTrue(Double.isNaN(before[Games.metric(sim, m)]), m + " is undefined before the first round");
        }
        List<SimEvent> generation = new ArrayList<>();
        double[] lastMilestone = null;
        int generationsSeen = 0;
        while (!sim.isDone()) {
            sim.step();
            double[] v = Games.sample(sim);
            DonorSnapshot snap = Games.snapshot(sim);
            List<SimEvent> round = events.encounters(sim.tick());
            assertEquals(8, round.size(), "agents/2 encounters a round");
            generation.addAll(round);
            double given = round.stream().mapToDouble(e -> e.kind().equals("donation") ? Games.number(e, "fraction")
                    : 0.0).sum();
            assertEquals(given / 8, v[Games.metric(sim, "meanDonationFraction")], 1e-12);
            double resources = snap.agents().stream().mapToDouble(AgentTile::resources).average().orElseThrow();
            assertEquals(resources, v[Games.metric(sim, "meanResources")], 1e-9 * resources);
            assertEquals(0.0, v[Games.metric(sim, "fallbacks")], "built-in agents always answer");

            if (!sim.atMilestone()) {
                if (lastMilestone != null) {
                    for (String m : List.of("generation", "generationScore", "scoreSpread", "shareStanding")) {
                        assertEquals(lastMilestone[Games.metric(sim, m)], v[Games.metric(sim, m)], 0.0,
                                m + " keeps its value between generations");
                    }
                }
                continue;
            }
            generationsSeen++;
            assertEquals(snap.generation(), v[Games.metric(sim, "generation")]);
            List<AgentTile> tiles = snap.agents();
            double meanScore = tiles.stream().mapToDouble(AgentTile::score).average().orElseThrow();
            assertEquals(meanScore, v[Games.metric(sim, "generationScore")], 1e-9 * meanScore);
            assertEquals(spread(tiles.stream().mapToDouble(AgentTile::score).toArray()),
                    v[Games.metric(sim, "scoreSpread")], 1e-9 * (1 + meanScore));
            assertEquals(spread(tiles.stream().mapToDouble(AgentTile::meanDonation).toArray()),
                    v[Games.metric(sim, "donationSpread")], 1e-12);
            double donated = generation.stream().mapToDouble(e -> e.kind().equals("donation")
                    ? Games.number(e, "fraction") : 0.0).sum();
            long punished = generation.stream().filter(e -> e.kind().equals("punishment")).count();
            assertEquals(donated / generation.size(), v[Games.metric(sim, "generationDonationFraction")], 1e-12);
            assertEquals((double) punished / generation.size(), v[Games.metric(sim, "punishmentShare")], 1e-12);
            assertEquals(tiles.stream().mapToDouble(t -> t.strategy().generosity()).average().orElseThrow(),
                    v[Games.metric(sim, "meanGenerosity")], 1e-12);
            for (Norm n : Norm.values()) {
                String metric = switch (n) {
                    case UNCONDITIONAL -> "shareUnconditional";
                    case IMAGE_SCORING -> "shareImageScoring";
                    case STANDING -> "shareStanding";
                };
                double share = tiles.stream().filter(t -> ((RuleStrategy) t.strategy()).norm() == n).count() / 16.0;
                assertEquals(share, v[Games.metric(sim, metric)], 0.0, metric);
            }

            GenerationSummary summary = snap.history().get(snap.history().size() - 1);
            assertEquals(snap.generation(), summary.generation());
            assertEquals(v[Games.metric(sim, "generationScore")], summary.score());
            assertEquals(generation.size(), summary.encounters());
            int[] bins = new int[DonorGameSimulation.HISTOGRAM_BINS];
            for (SimEvent e : generation) {
                double f = e.kind().equals("donation") ? Games.number(e, "fraction") : 0.0;
                bins[Math.min(bins.length - 1, (int) Math.floor(f * bins.length))]++;
            }
            for (int b = 0; b < bins.length; b++) {
                assertEquals(bins[b], summary.donationHistogram().get(b), "bin " + b);
            }
            assertEquals(summary.donationHistogram(), snap.currentHistogram());
            double gameOne = tiles.stream().mapToDouble(AgentTile::gameOneFinal).average().orElseThrow();
            assertEquals(gameOne, summary.gameOneMean(), 1e-9 * (1 + gameOne));
            assertEquals((summary.gameOneMean() + summary.gameTwoMean()) / 2, summary.score(), 1e-9 * (1 + meanScore));
            AgentTile best = tiles.stream().filter(t -> t.rank() == 1).findFirst().orElseThrow();
            assertEquals(best.name(), summary.best());
            assertEquals(best.selectionScore(), summary.bestScore());
            List<SimEvent> announced = events.ofKind("generation");
            assertEquals(summary.score(), Games.number(announced.get(announced.size() - 1), "generationScore"));

            generation.clear();
            lastMilestone = v;
        }
        assertEquals(7, generationsSeen);
        assertEquals(7, Games.snapshot(sim).history().size());
        assertEquals(7L * 2 * 8 * 8, sim.workDone(), "work is counted in encounters");
    }

    private static double spread(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double sum = 0;
        for (double x : values) {
            sum += (x - mean) * (x - mean);
        }
        return Math.sqrt(sum / values.length);
    }
}
