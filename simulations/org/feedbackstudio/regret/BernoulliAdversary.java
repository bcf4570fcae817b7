package org.feedbackstudio.regret;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Independent Bernoulli losses: in each round action k loses 1 with probability μ_k and 0 otherwise.
 * The means are drawn uniformly from [0, 1) at the start and, for the piecewise-stationary variant,
 * drawn afresh at the start of every segment, so the action that is best right now keeps changing
 * (and a learner that tracks it can end with negative regret against the best fixed action).
 *
 * <p>Each mean is a multiple of 2^(−32), so one 64-bit random number decides the losses of two
 * actions exactly: action k loses when its 32 random bits fall below μ_k·2^32.
 */
public final class BernoulliAdversary implements Adversary {
    private final int actions;
    private final long segmentLength;
    private final SplittableRandom random;
    /** μ_k·2^32. */
    private final long[] thresholds;
    private final double[] losses;
    private final long[] cumulative;
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
        this.thresholds = new long[actions];
        this.losses = new double[actions];
        this.cumulative = new long[actions];
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
            thresholds[a] = random.nextLong() >>> 32;
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
        int a = 0;
        for (; a + 1 < actions; a += 2) {
            long bits = random.nextLong();
            draw(a, bits >>> 32);
            draw(a + 1, bits & 0xFFFF_FFFFL);
        }
        if (a < actions) {
            draw(a, random.nextLong() >>> 32);
        }
    }

    private void draw(int action, long uniform32) {
        int loss = uniform32 < thresholds[action] ? 1 : 0;
        losses[action] = loss;
        cumulative[action] += loss;
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
        return thresholds[action] * 0x1p-32;
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
            if (thresholds[a] < thresholds[lowest]) {
                lowest = a;
            }
        }
        String kind = segmentLength == Long.MAX_VALUE ? "i.i.d. Bernoulli losses"
                : "piecewise-stationary Bernoulli losses, means redrawn every " + segmentLength + " rounds";
        return String.format(Locale.ROOT, "%s; lowest mean now: action %d (μ = %.3f)", kind, lowest, mean(lowest));
    }
}
