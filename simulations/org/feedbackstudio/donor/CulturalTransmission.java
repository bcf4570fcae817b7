package org.feedbackstudio.donor;

import org.feedbackstudio.core.ParameterChange;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Built-in cultural evolution. The first generation draws its strategies around the scenario's values;
 * each newcomer copies one survivor's strategy — chosen with probability proportional to its score, or
 * uniformly when scores are not shown — and varies it:
 * <ul>
 *   <li>generosity, threshold and punishment share each move by a normal step with standard deviation
 *       {@code mutation}, kept within 0 to 1;</li>
 *   <li>with probability {@code mutation} the norm switches to one of the other two;</li>
 *   <li>with probability {@code mutation} the depth read moves one step (within 1 to the trace depth).</li>
 * </ul>
 */
public final class CulturalTransmission implements StrategyWriter {
    private static final Norm[] NORMS = Norm.values();

    private final Norm norm;
    private final double generosity;
    private final double threshold;
    private final double punishShare;
    private final boolean punishment;
    private final double spread;
    private final int maxDepth;
    private final SplittableRandom random;
    private double mutation;

    /**
     * @param norm        the first generation's norm, or null for a uniform mix of all three
     * @param generosity  centre of the first generation's generosity
     * @param threshold   centre of the first generation's threshold
     * @param punishShare centre of the first generation's punishment share (ignored without punishment)
     * @param punishment  whether the game allows punishment; without it no strategy punishes
     * @param spread      half-width of the uniform spread of the first generation around those centres
     * @param maxDepth    the trace depth: the deepest a strategy can read
     * @param mutation    size of a newcomer's variation
     * @param random      this writer's own random stream
     */
    public CulturalTransmission(Norm norm, double generosity, double threshold, double punishShare,
                                boolean punishment, double spread, int maxDepth, double mutation,
                                SplittableRandom random) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1");
        }
        this.norm = norm;
        this.generosity = generosity;
        this.threshold = threshold;
        this.punishShare = punishShare;
        this.punishment = punishment;
        this.spread = spread;
        this.maxDepth = maxDepth;
        this.mutation = mutation;
        this.random = random;
    }

    public double mutation() {
        return mutation;
    }

    @Override
    public boolean applyLive(ParameterChange change) {
        return change.apply(DonorGameSimulator.MUTATION, m -> mutation = m);
    }

    @Override
    public List<Strategy> firstGeneration(int count) {
        List<Strategy> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Norm n = norm != null ? norm : NORMS[random.nextInt(NORMS.length)];
            double g = around(generosity);
            double t = around(threshold);
            double p = punishment ? around(punishShare) : 0.0;
            int depth = 1 + random.nextInt(maxDepth);
            out.add(new RuleStrategy(n, g, t, depth, p));
        }
        return out;
    }

    @Override
    public List<Inheritance> newcomers(List<Survivor> survivors, boolean scoresShown, int count, int generation) {
        if (survivors.isEmpty()) {
            throw new IllegalArgumentException("cultural transmission needs at least one survivor to copy");
        }
        double[] cumulative = weights(survivors, scoresShown);
        double total = cumulative[cumulative.length - 1];
        List<Inheritance> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int parent = pick(cumulative, random.nextDouble() * total);
            if (!(survivors.get(parent).member().strategy() instanceof RuleStrategy model)) {
                throw new IllegalStateException("built-in cultural transmission copies rule strategies; "
                        + survivors.get(parent).member().name() + " has a written one");
            }
            out.add(new Inheritance(vary(model), parent));
        }
        return out;
    }

    /** Cumulative copy weights: the scores when shown and usable, else equal weights. */
    static double[] weights(List<Survivor> survivors, boolean scoresShown) {
        double[] cumulative = new double[survivors.size()];
        double sum = 0.0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += scoresShown ? Math.max(0.0, survivors.get(i).score()) : 1.0;
            cumulative[i] = sum;
        }
        if (!(sum > 0.0) || Double.isInfinite(sum)) { // nobody scored anything: nothing to prefer
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] = i + 1.0;
            }
        }
        return cumulative;
    }

    /** The first index whose cumulative weight exceeds {@code u} (the last if none does). */
    static int pick(double[] cumulative, double u) {
        // A binary search whose steps are selects, not branches: each comparison is a coin flip the
        // processor cannot predict, and a generation draws hundreds of parents. The answer lies in
        // [base, base + length] throughout.
        int base = 0;
        for (int length = cumulative.length; length > 1; ) {
            int half = length >>> 1;
            base = cumulative[base + half - 1] <= u ? base + half : base;
            length -= half;
        }
        return Math.min(base + (cumulative[base] <= u ? 1 : 0), cumulative.length - 1);
    }

    RuleStrategy vary(RuleStrategy s) {
        if (mutation == 0.0) {
            return s;
        }
        double g = clamp(s.generosity() + mutation * random.nextGaussian());
        double t = clamp(s.threshold() + mutation * random.nextGaussian());
        double p = punishment ? clamp(s.punishShare() + mutation * random.nextGaussian()) : 0.0;
        Norm n = s.norm();
        if (random.nextDouble() < mutation) {
            n = NORMS[(n.ordinal() + 1 + random.nextInt(NORMS.length - 1)) % NORMS.length];
        }
        int depth = Math.min(s.depth(), maxDepth);
        if (random.nextDouble() < mutation) {
            depth = Math.max(1, Math.min(maxDepth, depth + (random.nextBoolean() ? 1 : -1)));
        }
        return new RuleStrategy(n, g, t, depth, p);
    }

    private double around(double centre) {
        return spread == 0.0 ? clamp(centre) : clamp(centre + spread * (2.0 * random.nextDouble() - 1.0));
    }

    private static double clamp(double share) {
        return Math.max(0.0, Math.min(1.0, share));
    }
}
