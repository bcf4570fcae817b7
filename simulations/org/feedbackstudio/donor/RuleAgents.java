package org.feedbackstudio.donor;

import java.util.List;

/**
 * The built-in agents: each donor follows its {@link RuleStrategy} to the letter. Deterministic — the
 * only chance in a round is whether the donor gets to see the trace, which the game draws. The
 * strategies of a generation are copied into arrays by seat when it takes its seats, so deciding a round
 * touches primitive arrays only.
 */
public final class RuleAgents implements DonorPolicy {
    private double[] generosity = new double[0];
    private double[] threshold = new double[0];
    private int[] reads = new int[0];
    private double[] punishShare = new double[0];

    @Override
    public String name() {
        return "built-in agents";
    }

    @Override
    public void startGeneration(int generation, List<Member> seats) {
        int n = seats.size();
        if (generosity.length != n) {
            generosity = new double[n];
            threshold = new double[n];
            reads = new int[n];
            punishShare = new double[n];
        }
        for (int s = 0; s < n; s++) {
            Member m = seats.get(s);
            if (!(m.strategy() instanceof RuleStrategy r)) {
                throw new IllegalStateException("built-in agents follow rule strategies; " + m.name()
                        + " has a written one, which needs a model-driven policy");
            }
            generosity[s] = r.generosity();
            threshold[s] = r.threshold();
            reads[s] = reads(r);
            punishShare[s] = r.punishShare();
        }
    }

    @Override
    public void decide(RoundView round, Decisions decisions) {
        boolean canPunish = round.punishmentAllowed();
        for (int i = 0, n = round.encounters(); i < n; i++) {
            decide(round, decisions, i, canPunish);
        }
    }

    /** Decides encounter {@code i} alone, as soon as it is shown. */
    void decide(RoundView round, Decisions decisions, int i, boolean canPunish) {
        int s = round.donorSeat(i);
        act(decisions, i, judgesGood(round, i, threshold[s], reads[s]), canPunish, generosity[s], punishShare[s]);
    }

    /** Decides encounter {@code i} by one rule strategy (for donors of a mixed society). */
    static void decide(RoundView round, Decisions decisions, int i, RuleStrategy s) {
        act(decisions, i, judgesGood(round, i, s), round.punishmentAllowed(), s.generosity(), s.punishShare());
    }

    /**
     * Gives {@code generosity} to a recipient judged good; otherwise punishes with {@code punishShare} where
     * the game and the strategy allow it, else gives nothing. The shares are a rule strategy's, checked
     * when it was made.
     */
    private static void act(Decisions decisions, int i, boolean good, boolean canPunish, double generosity,
                            double punishShare) {
        if (good | !canPunish | !(punishShare > 0.0)) {
            decisions.decidePrechecked(i, Decisions.DONATE, good ? generosity : 0.0);
        } else {
            decisions.decidePrechecked(i, Decisions.PUNISH, punishShare);
        }
    }

    /** Whether {@code s} judges encounter {@code i}'s recipient good. */
    static boolean judgesGood(RoundView round, int i, RuleStrategy s) {
        return judgesGood(round, i, s.threshold(), reads(s));
    }

    /**
     * How many trace entries a strategy's norm reads: none (unconditional), the recipient's last action
     * (image scoring), or as deep as it looks (standing). Image scoring is standing read one entry deep,
     * so one loop judges all three.
     */
    private static int reads(RuleStrategy s) {
        return switch (s.norm()) {
            case UNCONDITIONAL -> 0;
            case IMAGE_SCORING -> 1;
            case STANDING -> s.depth();
        };
    }

    /**
     * Standing, from the deepest entry read back to the recipient: whoever is beyond that is presumed good;
     * an action is justified if cooperative, or if it refused someone in bad standing. An empty trace (not
     * observed, or nobody acted yet) counts as good: agents give the benefit of the doubt to those they know
     * nothing about.
     */
    private static boolean judgesGood(RoundView round, int i, double threshold, int reads) {
        boolean good = true;
        // Non-short-circuit operators: whether an entry is cooperative is a coin flip to the branch
        // predictor, and this is the game's innermost loop.
        for (int k = Math.min(round.traceLength(i), reads) - 1; k >= 0; k--) {
            good = round.cooperativeAt(i, k, threshold) | !good;
        }
        return good;
    }
}
