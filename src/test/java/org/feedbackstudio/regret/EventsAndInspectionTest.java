package org.feedbackstudio.regret;

import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.EventRecorder;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventsAndInspectionTest {

    private static List<SimEvent> ofKind(List<SimEvent> events, String kind) {
        return events.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    @Test
    void eventsStaySparseAndProgressMatchesTheMetrics() {
        long horizon = 200_003;
        GameSettings game = new GameSettings(10, horizon, 1, Feedback.FULL, 0, AdversaryKind.RANDOM_WALK, 3, 1, 1,
                List.of(LearnerKind.EXP3, LearnerKind.BATCHED_EXP3, LearnerKind.LAZY_HEDGE));
        EventRecorder sink = new EventRecorder();
        SwitchingCostsSimulation sim = SwitchingCostsSimulation.start(game, 3, sink);
        double[] out = new double[sim.metrics().size()];
        List<double[]> atProgress = new ArrayList<>();
        int seen = 0;
        while (!sim.isDone()) {
            sim.step();
            List<SimEvent> progress = ofKind(sink.events, SwitchingCostsSimulation.PROGRESS);
            if (progress.size() > seen) {
                seen = progress.size();
                sim.sample(out);
                atProgress.add(out.clone());
                assertEquals(sim.tick(), progress.get(seen - 1).tick());
            }
        }
        assertEquals(1 + 3, ofKind(sink.events, SwitchingCostsSimulation.SETUP).size(), "adversary + one per learner");
        List<SimEvent> progress = ofKind(sink.events, SwitchingCostsSimulation.PROGRESS);
        assertEquals(10, progress.size());
        assertEquals(horizon, progress.get(9).tick());
        assertEquals(20_001, progress.get(0).tick()); // ⌈T/10⌉
        for (int j = 0; j < progress.size(); j++) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> learners =
                    (Map<String, Map<String, Object>>) progress.get(j).data().get("learners");
            assertEquals(atProgress.get(j)[1], (double) learners.get("batched-exp3").get("regret"), 0.0);
            assertEquals((long) atProgress.get(j)[4], (long) learners.get("batched-exp3").get("switches"));
            assertEquals(atProgress.get(j)[6], (double) progress.get(j).data().get("rateTheory"), 0.0);
        }
        List<SimEvent> focus = ofKind(sink.events, SwitchingCostsSimulation.FOCUS);
        assertTrue(focus.size() <= 3 * 1000, "focus events " + focus.size());
        assertTrue(sink.events.size() < 3100, "events " + sink.events.size());
    }

    @Test
    void inspectionDescribesEveryLearner() {
        GameSettings game = new GameSettings(5, 10_000, 1, Feedback.BUDGET, 20_000, AdversaryKind.BERNOULLI, 3, 1, 1,
                List.of(LearnerKind.BUDGETED, LearnerKind.BATCHED_EXP3));
        SwitchingCostsSimulation sim = SwitchingCostsSimulation.start(game, 8, EventSink.NONE);
        Inspection<?> before = sim.inspect();
        assertEquals("none yet", before.agents().get(0).properties().get("action"));
        for (int t = 0; t < 2_500; t++) {
            sim.step();
        }
        Inspection<SwitchingCostsDetail> inspection = sim.inspect();
        assertEquals(2_500, inspection.tick());
        assertEquals(2, inspection.agents().size());
        AgentView budgeted = inspection.agents().get(0);
        assertEquals("budgeted", budgeted.id());
        for (String key : List.of("action", "block length τ", "block", "learning rate η", "switches",
                "cumulative loss", "regret", "probabilities", "observations")) {
            assertTrue(budgeted.properties().containsKey(key), key);
        }
        assertEquals(Long.toString(sim.learner(0).oracle().observations()), budgeted.properties().get("observations"));
        assertEquals(Long.toString(sim.score(1).switches()), inspection.agents().get(1).properties().get("switches"));

        SwitchingCostsDetail detail = inspection.detail();
        assertEquals(5, detail.cumulativeLoss().size());
        assertEquals(sim.adversary().bestAction(), detail.bestAction());
        double min = detail.cumulativeLoss().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertEquals(min, detail.cumulativeLoss().get(detail.bestAction()), 0.0);
        for (SwitchingCostsDetail.LearnerState state : detail.learners()) {
            assertEquals(1.0, state.probabilities().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        }
        double[] out = new double[sim.metrics().size()];
        sim.sample(out);
        assertEquals(out[0], detail.learners().get(0).regret(), 0.0);
        assertEquals(sim.learner(0).oracle().observations(), detail.learners().get(0).observations());
        assertEquals(20_000, detail.learners().get(0).budget(), "the budgeted learner may spend B");
        assertEquals(0, detail.learners().get(1).budget(), "batched EXP3 spends no budget");
        assertEquals(sim.learner(0).describe(), detail.learners().get(0).setup());
        assertEquals(sim.learner(1).describe(), detail.learners().get(1).setup());
        assertThrows(UnsupportedOperationException.class, () -> detail.learners().get(0).probabilities().set(0, 1.0));

        sim.step();
        assertEquals(2_500, detail.tick(), "a snapshot does not move with the simulation");
    }

    @Test
    void belowTheTransitionTheBudgetedLearnerSpendsNoBudget() {
        // B_ex = 1,000 is far below K^(1/3)·T^(2/3): the budgeted learner runs batched EXP3 on bandit feedback.
        GameSettings game = new GameSettings(10, 100_000, 1, Feedback.EXTRA, 1_000, AdversaryKind.RANDOM_WALK, 3, 1, 1,
                List.of(LearnerKind.BUDGETED));
        SwitchingCostsSimulation sim = SwitchingCostsSimulation.start(game, 8, EventSink.NONE);
        for (int t = 0; t < 500; t++) {
            sim.step();
        }
        SwitchingCostsDetail.LearnerState state = ((SwitchingCostsDetail) sim.inspect().detail()).learners().get(0);
        assertEquals(0, state.budget());
        assertEquals(0, state.observations());
        assertTrue(state.setup().contains("below the transition"), state.setup());
    }

    @Test
    void probabilitySummaryListsTheLikeliestActions() {
        assertEquals("2: 0.500, 0: 0.300, 3: 0.150, …",
                SwitchingCostsSimulation.summarise(new double[]{0.3, 0.05, 0.5, 0.15}));
        assertEquals("1: 0.750, 0: 0.250", SwitchingCostsSimulation.summarise(new double[]{0.25, 0.75}));
    }
}
