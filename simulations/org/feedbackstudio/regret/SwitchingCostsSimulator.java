package org.feedbackstudio.regret;

import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.Choice;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterSpace;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.core.Simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Online learning with switching costs (Cheng, Zhou and Ji, ICML 2023): K actions, T rounds, a cost λ
 * per change of action, and feedback that ranges from bandit to full information through budgets of
 * observations. Several learners play side by side against one oblivious adversary's losses.
 */
public final class SwitchingCostsSimulator implements Simulator {
    /** Largest K; with the largest T it keeps K·T (the largest budget) well inside a long. */
    static final long MAX_ACTIONS = 1000;
    static final long MAX_HORIZON = 1_000_000_000L;

    public static final Parameter<Long> ACTIONS = Parameter.integer("actions", 10, 2, MAX_ACTIONS)
            .withHelp("K: the number of actions to choose among each round")
            .withUnit("actions").inGroup("Game");
    public static final Parameter<Long> HORIZON = Parameter.integer("horizon", 100_000, 10, MAX_HORIZON)
            .withHelp("T: the number of rounds; learners tune their block length and learning rate to it")
            .withUnit("rounds").inGroup("Game").onLogScale();
    public static final Parameter<Double> SWITCHING_COST = Parameter.real("switchingCost", 1.0, 0.0, 100.0, 0.1)
            .withHelp("λ: the cost paid each time a learner changes action, in units of the loss")
            .withUnit("λ").inGroup("Game");
    public static final Parameter<String> FEEDBACK = Parameter.choice("feedback", Feedback.BANDIT.id(),
                    Choice.ids(Feedback.class).toArray(String[]::new))
            .withHelp("what a learner sees after each round: bandit (its own loss), full (every loss),"
                    + " extra (bandit plus a budget of extra looks), budget (only what its budget buys)")
            .inGroup("Feedback");
    public static final Parameter<Long> BUDGET = Parameter.integer("budget", 50_000, 0, MAX_ACTIONS * MAX_HORIZON)
            .withHelp("observations of (round, action) pairs: with feedback extra, B_ex on top of the"
                    + " played loss (0 to (K−1)·T); with feedback budget, the total B (1 to K·T); unused otherwise")
            .withUnit("observations").inGroup("Feedback").onLogScale();
    public static final Parameter<String> ADVERSARY = Parameter.choice("adversary", AdversaryKind.RANDOM_WALK.id(),
                    Choice.ids(AdversaryKind.class).toArray(String[]::new))
            .withHelp("how losses are drawn: random-walk (Dekel et al.'s lower-bound construction),"
                    + " bernoulli (i.i.d.), piecewise (Bernoulli means redrawn every segment)")
            .inGroup("Adversary");
    public static final Parameter<Double> GAP = Parameter.real("gap", 3.0, 0.0, 20.0, 0.05)
            .withHelp("random walk: the best action's advantage ε, in units of K^(1/3)·T^(−1/3) (capped at 1)")
            .inGroup("Adversary");
    public static final Parameter<Double> NOISE = Parameter.real("noise", 1.0, 0.0, 10.0, 0.05)
            .withHelp("random walk: the standard deviation σ of each step, in units of 1/log₂T")
            .inGroup("Adversary");
    public static final Parameter<Long> SEGMENTS = Parameter.integer("segments", 10, 1, 1_000_000)
            .withHelp("piecewise: the horizon is cut into this many equal segments, each with fresh means")
            .inGroup("Adversary");
    public static final Parameter<List<String>> LEARNERS = Parameter.choiceList("learners", List.of(),
                    Choice.ids(LearnerKind.class).toArray(String[]::new))
            .withHelp("learners played side by side on the same losses; empty = the minimax-optimal one"
                    + " for the feedback (bandit: batched-exp3, full: lazy-hedge, extra and budget: budgeted)")
            .inGroup("Learners");

    /** The metric drawn dashed beside the learners' regret: the order of the minimax rate. */
    public static final String THEORY = "rate.theory";
    public static final String REGRET_CHART = "Regret, switching costs included";
    public static final String SWITCHES_CHART = "Switches per learner";

    private static final ParameterSpace SPACE = ParameterSpace.of(ACTIONS, HORIZON, SWITCHING_COST, FEEDBACK, BUDGET,
            ADVERSARY, GAP, NOISE, SEGMENTS, LEARNERS);

    @Override
    public String id() {
        return "switching-costs";
    }

    @Override
    public String title() {
        return "Switching costs";
    }

    @Override
    public String summary() {
        return "Online learners pay for every change of action: regret grows like T^(2/3) with bandit feedback,"
                + " √T with full information, and in between with a budget of observations.";
    }

    @Override
    public String tickName() {
        return "round";
    }

    @Override
    public java.util.List<String> eventKinds() {
        return java.util.List.of("setup", "focus", "progress");
    }

    @Override
    public ParameterSpace parameters() {
        return SPACE;
    }

    @Override
    public void check(ParameterValues values) throws ScenarioException {
        GameSettings game = GameSettings.from(values);
        int k = game.actions();
        long t = game.horizon();
        long everything = Math.multiplyExact(k, t);
        if (game.feedback() == Feedback.EXTRA && game.budget() > everything - t) {
            throw ScenarioException.about(BUDGET, "with feedback extra the budget B_ex counts"
                    + " looks at actions not played, at most (K−1)·T = " + (everything - t) + "; got " + game.budget());
        }
        if (game.feedback() == Feedback.BUDGET && (game.budget() < 1 || game.budget() > everything)) {
            throw ScenarioException.about(BUDGET, "with feedback budget the budget B must lie"
                    + " in 1..K·T = 1.." + everything + "; got " + game.budget());
        }
        if (game.adversary() == AdversaryKind.PIECEWISE && game.segments() > t) {
            throw ScenarioException.about(SEGMENTS, "at most one segment per round: segments"
                    + " must be at most the horizon " + t + "; got " + game.segments());
        }
        for (LearnerKind kind : game.lineup()) {
            String refusal = kind.refusal(game.feedback(), k, t, game.budget());
            if (refusal != null) {
                throw ScenarioException.about(LEARNERS, refusal);
            }
        }
    }

    @Override
    public List<MetricSpec> metrics(ParameterValues values) {
        GameSettings game = GameSettings.from(values);
        return SwitchingCostsSimulation.metricsFor(game.lineup(), game);
    }

    @Override
    public List<ChartSpec> charts(ParameterValues values) {
        List<LearnerKind> lineup = GameSettings.from(values).lineup();
        List<String> regret = new ArrayList<>();
        List<String> switches = new ArrayList<>();
        for (LearnerKind kind : lineup) {
            regret.add("regret." + kind.id());
            switches.add("switches." + kind.id());
        }
        regret.add(THEORY);
        return List.of(
                ChartSpec.overTicks(REGRET_CHART, "round", "regret", regret).withReference(List.of(THEORY)).withLogY(),
                ChartSpec.overTicks(SWITCHES_CHART, "round", "switches", switches).withLogY());
    }

    @Override
    public Simulation start(Scenario scenario, EventSink events) throws ScenarioException {
        check(scenario.parameters());
        return SwitchingCostsSimulation.start(GameSettings.from(scenario.parameters()), scenario.seed(), events);
    }
}
