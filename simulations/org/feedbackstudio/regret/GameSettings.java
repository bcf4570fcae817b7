package org.feedbackstudio.regret;

import org.feedbackstudio.core.Choice;
import org.feedbackstudio.core.ParameterValues;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The resolved parameters of one game, in the simulator's own types.
 *
 * @param actions       K
 * @param horizon       T
 * @param switchingCost λ, paid each time a learner changes action
 * @param feedback      what learners observe
 * @param budget        B_ex (feedback extra) or B (feedback budget); unused otherwise
 * @param adversary     how losses are drawn
 * @param gapScale      the random walk's gap ε in units of K^(1/3)·T^(−1/3)
 * @param noiseScale    the random walk's step σ in units of 1/log₂T
 * @param segments      segments of the piecewise-stationary adversary
 * @param learners      the learners asked for; empty means the minimax-optimal one for the feedback
 */
public record GameSettings(int actions, long horizon, double switchingCost, Feedback feedback, long budget,
                           AdversaryKind adversary, double gapScale, double noiseScale, long segments,
                           List<LearnerKind> learners) {

    public GameSettings {
        learners = List.copyOf(learners);
    }

    static GameSettings from(ParameterValues values) {
        return new GameSettings(
                values.getInt(SwitchingCostsSimulator.ACTIONS),
                values.get(SwitchingCostsSimulator.HORIZON),
                values.get(SwitchingCostsSimulator.SWITCHING_COST),
                Choice.byId(Feedback.class, values.get(SwitchingCostsSimulator.FEEDBACK)),
                values.get(SwitchingCostsSimulator.BUDGET),
                Choice.byId(AdversaryKind.class, values.get(SwitchingCostsSimulator.ADVERSARY)),
                values.get(SwitchingCostsSimulator.GAP),
                values.get(SwitchingCostsSimulator.NOISE),
                values.get(SwitchingCostsSimulator.SEGMENTS),
                values.get(SwitchingCostsSimulator.LEARNERS).stream().map(id -> Choice.byId(LearnerKind.class, id)).toList());
    }

    /** The learners that play, in order: those asked for, or the feedback's minimax-optimal learner. */
    public List<LearnerKind> lineup() {
        return learners.isEmpty() ? List.of(feedback.optimalLearner()) : learners;
    }

    /** The random walk's gap ε = gapScale·K^(1/3)·T^(−1/3), at most 1. */
    public double gap() {
        return Math.min(1.0, gapScale * Math.cbrt(actions / (double) horizon));
    }

    /** The random walk's step σ = noiseScale/log₂T. */
    public double noise() {
        return noiseScale / log2(horizon);
    }

    private static double log2(long x) {
        return Math.log(x) / Math.log(2);
    }

    /** A fresh adversary drawing from {@code random}. */
    public Adversary newAdversary(SplittableRandom random) {
        return switch (adversary) {
            case RANDOM_WALK -> new RandomWalkAdversary(actions, gap(), noise(), random);
            case BERNOULLI -> BernoulliAdversary.stationary(actions, random);
            case PIECEWISE -> BernoulliAdversary.piecewise(actions, horizon, segments, random);
        };
    }

    /** A fresh learner of the given kind, tuned for this game. */
    public Learner newLearner(LearnerKind kind, LossOracle oracle, SplittableRandom random) {
        return switch (kind) {
            case EXP3 -> new Exp3(horizon, oracle, random);
            case BATCHED_EXP3 -> BatchedExp3.tuned(kind, horizon, switchingCost, oracle, random, "");
            case HEDGE -> new Hedge(horizon, switchingCost, oracle, random);
            case LAZY_HEDGE -> new LazyHedge(horizon, switchingCost, oracle, random);
            case BLOCKED_HEDGE -> new BlockedHedge(horizon, switchingCost, oracle, random);
            case BUDGETED -> budgeted(oracle, random);
        };
    }

    /**
     * With a total budget, algorithm 2 spends it. With extra observations the choice follows the phase
     * transition: algorithm 2 on the B_ex extra observations once that beats bandit feedback, batched
     * EXP3 on the free bandit feedback (ignoring the extras) before.
     */
    private Learner budgeted(LossOracle oracle, SplittableRandom random) {
        if (feedback == Feedback.EXTRA && !Rates.extraBeatsBandit(actions, switchingCost, horizon, budget)) {
            return BatchedExp3.tuned(LearnerKind.BUDGETED, horizon, switchingCost, oracle, random,
                    "B_ex = " + budget + " is below the transition, so batched EXP3 on bandit feedback: ");
        }
        String note = feedback == Feedback.EXTRA ? "spends the extra observations only: " : "";
        return new BudgetedObservations(horizon, budget, oracle, random, note);
    }
}
