package org.feedbackstudio.creators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One creator: how often it uploads, its innate skill per genre, the items it has made, its policy state
 * and, once it has left, when and why. Its beliefs are computed from its own items only.
 */
final class Creator {
    /** Familiarity raises quality from 70% of innate skill (a first item) towards all of it. */
    static final double FIRST_ITEM_SKILL = 0.7;
    /** Items in a genre over which familiarity builds up (an exponential scale). */
    static final double FAMILIARITY_SCALE = 3.0;
    /** Spread of an item's quality around the creator's skill. */
    static final double QUALITY_NOISE = 0.05;

    final int id;
    final double frequency;
    final double[] innateSkill;
    final int[] made;
    final List<Integer> items = new ArrayList<>();
    final List<DecisionPoint> decisions = new ArrayList<>();
    final SplittableRandom random;
    /** CFD's genre state; LBR's current genre. */
    final double[] featureState;
    int currentGenre;
    int departedRound = -1;
    String departureReason = "";
    /** Whether a language model drives this creator (else the built-in policy). */
    boolean modelDriven;

    Creator(int id, double frequency, double[] innateSkill, SplittableRandom random) {
        this.id = id;
        this.frequency = frequency;
        this.innateSkill = innateSkill.clone();
        this.made = new int[innateSkill.length];
        this.featureState = new double[innateSkill.length];
        this.random = random;
    }

    String name() {
        return "creator " + id;
    }

    boolean active() {
        return departedRound < 0;
    }

    int genres() {
        return innateSkill.length;
    }

    /** The quality of a new item in {@code genre}: skill grown by familiarity, plus a little noise. */
    double drawQuality(int genre) {
        double familiarity = 1 - Math.exp(-made[genre] / FAMILIARITY_SCALE);
        double skill = innateSkill[genre] * (FIRST_ITEM_SKILL + (1 - FIRST_ITEM_SKILL) * familiarity);
        double q = skill + QUALITY_NOISE * random.nextGaussian();
        return Math.max(0.0, Math.min(1.0, q));
    }

    void madeItem(int item, int genre) {
        items.add(item);
        made[genre]++;
    }

    /** Beliefs from its own items only; {@code audienceShare} replaces the audience belief (full information). */
    Beliefs beliefs(ItemPool pool, int window, double[] audienceShare) {
        int g = genres();
        long[] clicks = new long[g];
        long[] shown = new long[g];
        for (int item : items) {
            clicks[pool.genre(item)] += pool.clicks(item);
            shown[pool.genre(item)] += pool.exposures(item);
        }
        double[] audience = new double[g];
        double[] skill = new double[g];
        boolean[] tried = new boolean[g];
        int total = items.size();
        for (int k = 0; k < g; k++) {
            tried[k] = made[k] > 0;
            audience[k] = audienceShare != null ? audienceShare[k]
                    : shown[k] > 0 ? (double) clicks[k] / shown[k] : Double.NaN;
            skill[k] = total == 0 ? 0 : (double) made[k] / total;
        }
        long recentClicks = 0;
        long recentShown = 0;
        for (int i = Math.max(0, total - window); i < total; i++) {
            recentClicks += pool.clicks(items.get(i));
            recentShown += pool.exposures(items.get(i));
        }
        double reward = recentShown > 0 ? (double) recentClicks / recentShown : Double.NaN;
        return new Beliefs(audience, skill, tried, reward, total);
    }

    /**
     * Whether its last {@code window} items all went unclicked (and it has made at least that many): the
     * leave rule.
     */
    boolean lastItemsUnclicked(ItemPool pool, int window) {
        int n = items.size();
        if (n < window) {
            return false;
        }
        for (int i = n - window; i < n; i++) {
            if (pool.clicks(items.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name() + " " + Arrays.toString(made);
    }
}
