package org.feedbackstudio.donor;

/**
 * The built-in agents: each donor follows its {@link RuleStrategy} to the letter. Deterministic — the
 * only chance in a round is whether the donor gets to see the trace, which the game draws.
 */
public final class RuleAgents implements DonorPolicy {

    @Override
    public String name() {
        return "built-in agents";
    }

    @Override
    public void decide(RoundView round, Decisions decisions) {
        boolean canPunish = round.punishmentAllowed();
        for (int i = 0, n = round.encounters(); i < n; i++) {
            if (!(round.donor(i).strategy() instanceof RuleStrategy s)) {
                throw new IllegalStateException("built-in agents follow rule strategies; " + round.donor(i).name()
                        + " has a written one, which needs a model-driven policy");
            }
            if (s.norm() == Norm.UNCONDITIONAL || judgesGood(round, i, s)) {
                decisions.donate(i, s.generosity());
            } else if (canPunish && s.punishShare() > 0.0) {
                decisions.punish(i, s.punishShare());
            } else {
                decisions.donate(i, 0.0);
            }
        }
    }

    /**
     * Whether {@code s} judges encounter {@code i}'s recipient good. An empty trace (not observed, or nobody
     * acted yet) counts as good: agents give the benefit of the doubt to those they know nothing about.
     */
    static boolean judgesGood(RoundView round, int i, RuleStrategy s) {
        int shown = round.traceLength(i);
        if (shown == 0) {
            return true;
        }
        if (s.norm() == Norm.IMAGE_SCORING) {
            return cooperative(round, i, 0, s.threshold());
        }
        // Standing, from the deepest entry read back to the recipient: whoever is beyond that is presumed
        // good; an action is justified if cooperative, or if it refused someone in bad standing.
        boolean good = true;
        for (int k = Math.min(shown, s.depth()) - 1; k >= 0; k--) {
            good = cooperative(round, i, k, s.threshold()) || !good;
        }
        return good;
    }

    private static boolean cooperative(RoundView round, int i, int k, double threshold) {
        return !round.tracePunished(i, k) && round.traceFraction(i, k) >= threshold;
    }
}
