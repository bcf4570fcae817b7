package org.feedbackstudio.donor;

import java.util.List;

/**
 * The built-in agents: each donor follows its {@link RuleStrategy} to the letter. Deterministic — the
 * only chance in a round is whether the donor gets to see the trace, which the game draws. The
 * strategies of a generation are copied into arrays by seat when it takes its seats, so deciding a round
 * touches primitive arrays only.
 */
public final class RuleAgents implements DonorPolicy {
    private static final byte UNCONDITIONAL = (byte) Norm.UNCONDITIONAL.ordinal();
    private static final byte IMAGE_SCORING = (byte) Norm.IMAGE_SCORING.ordinal();

    private byte[] norm = new byte[0];
    private double[] generosity = new double[0];
    private double[] threshold = new double[0];
    private int[] depth = new int[0];
    private double[] punishShare = new double[0];

    @Override
    public String name() {
        return "built-in agents";
    }

    @Override
    public void startGeneration(int generation, List<Member> seats) {
        int n = seats.size();
        if (norm.length != n) {
            norm = new byte[n];
            generosity = new double[n];
            threshold = new double[n];
            depth = new int[n];
            punishShare = new double[n];
        }
        for (int s = 0; s < n; s++) {
            Member m = seats.get(s);
            if (!(m.strategy() instanceof RuleStrategy r)) {
                throw new IllegalStateException("built-in agents follow rule strategies; " + m.name()
                        + " has a written one, which needs a model-driven policy");
            }
            norm[s] = (byte) r.norm().ordinal();
            generosity[s] = r.generosity();
            threshold[s] = r.threshold();
            depth[s] = r.depth();
            punishShare[s] = r.punishShare();
        }
    }

    @Override
    public void decide(RoundView round, Decisions decisions) {
        boolean canPunish = round.punishmentAllowed();
        for (int i = 0, n = round.encounters(); i < n; i++) {
            int s = round.donorSeat(i);
            if (norm[s] == UNCONDITIONAL || judgesGood(round, i, norm[s], threshold[s], depth[s])) {
                decisions.donate(i, generosity[s]);
            } else if (canPunish && punishShare[s] > 0.0) {
                decisions.punish(i, punishShare[s]);
            } else {
                decisions.donate(i, 0.0);
            }
        }
    }

    /** Decides encounter {@code i} by one rule strategy (for donors of a mixed society). */
    static void decide(RoundView round, Decisions decisions, int i, RuleStrategy s) {
        if (judgesGood(round, i, s)) {
            decisions.donate(i, s.generosity());
        } else if (round.punishmentAllowed() && s.punishShare() > 0.0) {
            decisions.punish(i, s.punishShare());
        } else {
            decisions.donate(i, 0.0);
        }
    }

    /** Whether {@code s} judges encounter {@code i}'s recipient good. */
    static boolean judgesGood(RoundView round, int i, RuleStrategy s) {
        return s.norm() == Norm.UNCONDITIONAL
                || judgesGood(round, i, (byte) s.norm().ordinal(), s.threshold(), s.depth());
    }

    /**
     * An empty trace (not observed, or nobody acted yet) counts as good: agents give the benefit of the
     * doubt to those they know nothing about.
     */
    private static boolean judgesGood(RoundView round, int i, byte norm, double threshold, int depth) {
        int shown = round.traceLength(i);
        if (shown == 0) {
            return true;
        }
        if (norm == IMAGE_SCORING) {
            return !round.punishedAt(i, 0) && round.shareAt(i, 0) >= threshold;
        }
        // Standing, from the deepest entry read back to the recipient: whoever is beyond that is presumed
        // good; an action is justified if cooperative, or if it refused someone in bad standing.
        boolean good = true;
        for (int k = Math.min(shown, depth) - 1; k >= 0; k--) {
            good = (!round.punishedAt(i, k) && round.shareAt(i, k) >= threshold) || !good;
        }
        return good;
    }
}
