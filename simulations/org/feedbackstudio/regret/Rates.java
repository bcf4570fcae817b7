package org.feedbackstudio.regret;

/**
 * The order of the minimax regret, including switching costs, for each kind of feedback, written with
 * every constant set to 1 so that it can be drawn as a reference curve. Each rate is evaluated for a
 * horizon t: it is the regret an optimal learner tuned for t could hope for, capped at t because a
 * learner that never switches loses at most t.
 */
public final class Rates {
    private Rates() {
    }

    /** Bandit feedback: (λ·K·ln K)^(1/3)·t^(2/3), never below √(t·K·ln K), the rate without switching costs. */
    public static double bandit(int actions, double switchingCost, double t) {
        double kLogK = actions * Math.log(actions);
        double withSwitching = Math.cbrt(switchingCost * kLogK) * Math.pow(t, 2.0 / 3.0);
        return Math.min(t, Math.max(withSwitching, Math.sqrt(t * kLogK)));
    }

    /** Full information: √((1 + λ)·t·ln K). */
    public static double full(int actions, double switchingCost, double t) {
        return Math.min(t, Math.sqrt((1 + switchingCost) * t * Math.log(actions)));
    }

    /**
     * A total budget of B observations over the horizon T, spent evenly, so B·t/T of them by round t:
     * (λ + √(ln K))·√(t·T·K/B). At t = T this is (λ + √(ln K))·T·√(K/B).
     */
    public static double budget(int actions, double switchingCost, long horizon, long budget, double t) {
        if (budget <= 0) {
            return t;
        }
        double scale = switchingCost + Math.sqrt(Math.log(actions));
        return Math.min(t, scale * Math.sqrt(t * horizon * (double) actions / budget));
    }

    /**
     * Whether B_ex extra observations beat bandit feedback alone at horizon T: true past the phase
     * transition, where the budget rate falls below the bandit rate (B_ex of the order K^(1/3)·T^(2/3)).
     */
    public static boolean extraBeatsBandit(int actions, double switchingCost, long horizon, long extra) {
        return extra > 0 && budget(actions, switchingCost, horizon, extra, horizon)
                < bandit(actions, switchingCost, horizon);
    }

    /** Which rate {@link #theory} draws for a game, in words for a legend, e.g. "bandit, ∝ t^(2/3)". */
    public static String regime(GameSettings game) {
        int k = game.actions();
        double lambda = game.switchingCost();
        return switch (game.feedback()) {
            case BANDIT -> "bandit, ∝ t^(2/3)";
            case FULL -> "full information, ∝ √t";
            case BUDGET -> "budget B, ∝ √t·T/√B";
            case EXTRA -> extraBeatsBandit(k, lambda, game.horizon(), game.budget())
                    ? "B_ex past the transition, ∝ √t·T/√B_ex"
                    : "bandit, B_ex below the transition";
        };
    }

    /**
     * The reference rate of a game at round t. With extra observations the regime (bandit or budget) is
     * fixed by comparing the two rates at the full horizon, as the budgeted learner does.
     */
    public static double theory(GameSettings game, double t) {
        int k = game.actions();
        double lambda = game.switchingCost();
        return switch (game.feedback()) {
            case BANDIT -> bandit(k, lambda, t);
            case FULL -> full(k, lambda, t);
            case BUDGET -> budget(k, lambda, game.horizon(), game.budget(), t);
            case EXTRA -> extraBeatsBandit(k, lambda, game.horizon(), game.budget())
                    ? budget(k, lambda, game.horizon(), game.budget(), t)
                    : bandit(k, lambda, t);
        };
    }
}
