package org.feedbackstudio.regret;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cross-field rules, metric names and the default lineup. */
class SwitchingCostsSimulatorTest {
    private final SwitchingCostsSimulator simulator = new SwitchingCostsSimulator();
    private final ScenarioReader reader = new ScenarioReader(Catalog.standard());

    private Scenario read(String parameters) throws ScenarioException {
        return reader.read("{\"simulator\": \"switching-costs\", \"seed\": 1, \"parameters\": {" + parameters + "}}",
                "test.json");
    }

    private ScenarioException refused(String parameters) {
        return assertThrows(ScenarioException.class, () -> read(parameters), parameters);
    }

    @Test
    void learnersNeedingMoreFeedbackThanGivenAreRefused() {
        ScenarioException e = refused("\"feedback\": \"bandit\", \"learners\": [\"batched-exp3\", \"hedge\"]");
        assertEquals("parameters.learners", e.field());
        assertTrue(e.problem().contains("full information"), e.problem());

        e = refused("\"feedback\": \"full\", \"learners\": [\"budgeted\"]");
        assertEquals("parameters.learners", e.field());
        assertTrue(e.problem().contains("extra or budget"), e.problem());

        // exp3 sees the played loss every round: T observations it cannot afford with B < T
        e = refused("\"feedback\": \"budget\", \"horizon\": 1000, \"budget\": 999, \"learners\": [\"exp3\"]");
        assertTrue(e.problem().contains("1000"), e.problem());
        assertDoesNotThrow(() -> read("\"feedback\": \"budget\", \"horizon\": 1000, \"budget\": 1000,"
                + " \"learners\": [\"exp3\", \"budgeted\"]"));

        // full-information learners with extra observations only once B_ex = (K−1)·T
        e = refused("\"feedback\": \"extra\", \"actions\": 3, \"horizon\": 100, \"budget\": 199,"
                + " \"learners\": [\"lazy-hedge\"]");
        assertTrue(e.problem().contains("200"), e.problem());
        assertDoesNotThrow(() -> read("\"feedback\": \"extra\", \"actions\": 3, \"horizon\": 100, \"budget\": 200,"
                + " \"learners\": [\"lazy-hedge\", \"exp3\", \"budgeted\"]"));
    }

    @Test
    void budgetMustFitTheFeedback() {
        ScenarioException e = refused("\"feedback\": \"budget\", \"actions\": 10, \"horizon\": 1000,"
                + " \"budget\": 10001");
        assertEquals("parameters.budget", e.field());
        assertTrue(e.problem().contains("10000"), e.problem());
        assertTrue(e.getMessage().startsWith("test.json:1:"), e.getMessage());

        e = refused("\"feedback\": \"budget\", \"budget\": 0");
        assertEquals("parameters.budget", e.field());

        e = refused("\"feedback\": \"extra\", \"actions\": 10, \"horizon\": 1000, \"budget\": 9001");
        assertEquals("parameters.budget", e.field());
        assertTrue(e.problem().contains("9000"), e.problem());

        // the budget is ignored under bandit and full feedback, whatever its value
        assertDoesNotThrow(() -> read("\"feedback\": \"bandit\", \"horizon\": 1000, \"budget\": 999999999"));
    }

    @Test
    void segmentsMustFitTheHorizon() {
        ScenarioException e = refused("\"adversary\": \"piecewise\", \"horizon\": 100, \"segments\": 101");
        assertEquals("parameters.segments", e.field());
    }

    @Test
    void anEmptyLineupMeansTheMinimaxOptimalLearner() throws ScenarioException {
        assertEquals(List.of("regret.batched-exp3", "switches.batched-exp3", "rate.theory"), metricNames(""));
        assertEquals(List.of("regret.lazy-hedge", "switches.lazy-hedge", "rate.theory"),
                metricNames("\"feedback\": \"full\""));
        assertEquals(List.of("regret.budgeted", "switches.budgeted", "rate.theory"),
                metricNames("\"feedback\": \"extra\""));
        assertEquals(List.of("regret.exp3", "regret.batched-exp3", "switches.exp3", "switches.batched-exp3",
                "rate.theory"), metricNames("\"learners\": [\"exp3\", \"batched-exp3\"]"));
    }

    private List<String> metricNames(String parameters) throws ScenarioException {
        ParameterValues values = read(parameters).parameters();
        List<String> names = simulator.metrics(values).stream().map(m -> m.name()).toList();
        assertEquals(names.size(), simulator.charts(values).get(0).metrics().size()
                + simulator.charts(values).get(1).metrics().size());
        return names;
    }

    @Test
    void theRegretChartDrawsTheTheoryAsAReferenceAndNamesItsRegime() throws ScenarioException {
        ParameterValues values = read("\"learners\": [\"exp3\", \"batched-exp3\"]").parameters();
        var charts = simulator.charts(values);
        assertEquals(List.of("regret.exp3", "regret.batched-exp3", "rate.theory"), charts.get(0).metrics());
        assertEquals(List.of("rate.theory"), charts.get(0).referenceMetrics());
        assertEquals(List.of("switches.exp3", "switches.batched-exp3"), charts.get(1).metrics());
        assertEquals(List.of(), charts.get(1).referenceMetrics());
        assertEquals("theoretical rate (bandit, ∝ t^(2/3))", theoryLabel(""));
        assertEquals("theoretical rate (full information, ∝ √t)", theoryLabel("\"feedback\": \"full\""));
        // K = 10, T = 10⁵, λ = 1: the transition lies at B_ex ≈ 16,900
        assertEquals("theoretical rate (bandit, B_ex below the transition)",
                theoryLabel("\"feedback\": \"extra\", \"budget\": 16000"));
        assertEquals("theoretical rate (B_ex past the transition, ∝ √t·T/√B_ex)",
                theoryLabel("\"feedback\": \"extra\", \"budget\": 17000"));
    }

    private String theoryLabel(String parameters) throws ScenarioException {
        return simulator.metrics(read(parameters).parameters()).stream()
                .filter(m -> m.name().equals("rate.theory")).findFirst().orElseThrow().label();
    }

    @Test
    void budgetedFollowsRuleThreeWithExtraObservations() throws ScenarioException {
        // below the transition the budgeted learner is batched EXP3 on the free bandit feedback
        GameSettings below = GameSettings.from(read("\"feedback\": \"extra\", \"budget\": 1000").parameters());
        GameSettings above = GameSettings.from(read("\"feedback\": \"extra\", \"budget\": 50000").parameters());
        LossOracle oracle = new LossOracle(new LossTableAdversary(new double[1][10]));
        Learner low = below.newLearner(LearnerKind.BUDGETED, oracle, new java.util.SplittableRandom(1));
        Learner high = above.newLearner(LearnerKind.BUDGETED, oracle, new java.util.SplittableRandom(1));
        assertTrue(low instanceof BatchedExp3, low.describe());
        assertEquals(LearnerKind.BUDGETED, low.kind());
        assertTrue(high instanceof BudgetedObservations, high.describe());
        assertEquals(BatchedExp3.blockLength(10, 100_000, 1), low.blockLength());
        assertEquals(BudgetedObservations.blockLength(10, 100_000, 50_000), high.blockLength());
    }
}
