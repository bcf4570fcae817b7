package org.feedbackstudio.app.gui.creators;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.creators.CreatorPlatformDetail;
import org.feedbackstudio.creators.CreatorPlatformSimulator;
import org.feedbackstudio.creators.DecisionPoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The views' plain-Java parts: the comparison runs and a creator's belief lines. */
class ComparisonRunsTest {
    private static final CreatorPlatformSimulator SIMULATOR = new CreatorPlatformSimulator();

    private static Scenario small(long seed) throws Exception {
        Scenario s = Scenario.defaults(SIMULATOR, seed);
        for (String a : List.of("users=150", "creators=8", "genres=5", "rounds=16", "reranker=fairness")) {
            int eq = a.indexOf('=');
            s = s.withParameter(a.substring(0, eq), a.substring(eq + 1));
        }
        return s;
    }

    @Test
    void eachRecommendersSeriesIsThatRecommendersOwnRunOnTheSameSeed() throws Exception {
        Scenario base = small(17);
        List<ComparisonRuns.Series> got = new ArrayList<>();
        new ComparisonRuns(SIMULATOR).run(base, new AtomicBoolean(), (k, s) -> got.add(s));
        assertEquals(ComparisonRuns.RECOMMENDERS, got.stream().map(ComparisonRuns.Series::recommender).toList());
        for (ComparisonRuns.Series series : got) {
            Scenario alone = base.withParameter("recommender", series.recommender());
            try (Simulation sim = SIMULATOR.start(alone, EventSink.NONE)) {
                int index = sim.metrics().stream().map(m -> m.name()).toList().indexOf("activeCreators");
                double[] expected = new double[16];
                double[] out = new double[sim.metrics().size()];
                for (int r = 0; r < 16; r++) {
                    sim.step();
                    sim.sample(out);
                    expected[r] = out[index];
                }
                assertArrayEquals(expected, series.values().get("activeCreators"), 0.0, series.recommender());
            }
        }
    }

    @Test
    void aCancelledComparisonStopsWithoutAnotherSeries() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean(true);
        List<ComparisonRuns.Series> got = new ArrayList<>();
        new ComparisonRuns(SIMULATOR).run(small(3), cancel, (k, s) -> got.add(s));
        assertTrue(got.isEmpty());
    }

    @Test
    void beliefLinesFollowEachTriedGenreDecisionByDecision() throws Exception {
        try (Simulation sim = SIMULATOR.start(small(5), EventSink.NONE)) {
            for (int r = 0; r < 16; r++) {
                sim.step();
            }
            CreatorPlatformDetail d = sim.inspect().as(CreatorPlatformDetail.class).detail();
            for (CreatorPlatformDetail.CreatorState c : d.creators()) {
                int points = 0;
                for (BeliefSeries.Line line : BeliefSeries.of(c, 5)) {
                    for (double[] p : line.points()) {
                        DecisionPoint at = c.decisions().stream().filter(x -> x.round() == (int) p[0]).findFirst()
                                .orElseThrow();
                        assertEquals(at.beliefs().audience()[line.genre()], p[1], 0.0);
                        points++;
                    }
                }
                long known = c.decisions().stream().mapToLong(x -> java.util.Arrays.stream(x.beliefs().audience())
                        .filter(v -> !Double.isNaN(v)).count()).sum();
                assertEquals(known, points, c.name());
            }
        }
    }
}
