package org.feedbackstudio.regret;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Independent Bernoulli losses: in each round action k loses 1 with probability μ_k and 0 otherwise.
 * The means are drawn uniformly from [0, 1] at the start and, for the piecewise-stationary variant,
 * drawn afresh at the start of every segment, so the action that is best right now keeps changing
 * (and a learner that tracks it can end with negative regret against the best fixed action).
 */
public final class BernoulliAdversary implements Adversary {
    private final int actions;
    private final long segmentLength;
    private final SplittableRandom random;
    private final double[] means;
    private final double[] losses;
    private final double[] cumulative;
    private long round;
    private long segment;
    private long nextRedraw;

    /**
     * @param segmentLength rounds between two redraws of the means; Long.MAX_VALUE for stationary losses
     */
    public BernoulliAdversary(int actions, long segmentLength, SplittableRandom random) {
        if (actions < 2 || segmentLength < 1) {
            throw new IllegalArgumentException("need at least 2 actions and segments of at least 1 round");
        }
        this.actions = actions;
        this.segmentLength = segmentLength;
        this.random = random;
        this.means = new double[actions];
        this.losses = new double[actions];
        this.cumulative = new double[actions];
        this.nextRedraw = segmentLength;
        drawMeans();
    }

    /** Stationary i.i.d. losses. */
    public static BernoulliAdversary stationary(int actions, SplittableRandom random) {
        return new BernoulliAdversary(actions, Long.MAX_VALUE, random);
    }

    /** Means redrawn in each of {@code segments} segments of (nearly) equal length over the horizon. */
    public static BernoulliAdversary piecewise(int actions, long horizon, long segments, SplittableRandom random) {
        return new BernoulliAdversary(actions, Math.max(1, (horizon + segments - 1) / segments), random);
    }

    private void drawMeans() {
        for (int a = 0; a < actions; a++) {
            means[a] = random.nextDouble();
        }
    }

    @Override
    public int actions() {
        return actions;
    }

    @Override
    public long rounds() {
        return round;
    }

    @Override
    public void advance() {
        if (round == nextRedraw) {
            drawMeans();
            segment++;
            nextRedraw = round + segmentLength;
        }
        round++;
        for (int a = 0; a < actions; a++) {
            double loss = random.nextDouble() < means[a] ? 1.0 : 0.0;
            losses[a] = loss;
            cumulative[a] += loss;
        }
    }

    @Override
    public double loss(int action) {
        return losses[action];
    }

    @Override
    public double cumulativeLoss(int action) {
        return cumulative[action];
    }

    /** The current mean loss of an action. */
    public double mean(int action) {
        return means[action];
    }

    /** Segments completed before the current one (0 while the first segment lasts). */
    public long segment() {
        return segment;
    }

    public long segmentLength() {
        return segmentLength;
    }

    @Override
    public String describe() {
        int lowest = 0;
        for (int a = 1; a < actions; a++) {
            if (means[a] < means[lowest]) {
                lowest = a;
            }
        }
        String kind = segmentLength == Long.MAX_VALUE ? "i.i.d. Bernoulli losses"
                : "piecewise-stationary Bernoulli losses, means redrawn every " + segmentLength + " rounds";
        return String.format(Locale.ROOT, "%s; lowest mean now: action %d (μ = %.3f)", kind, lowest, means[lowest]);
    }
}
