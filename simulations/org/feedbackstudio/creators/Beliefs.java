package org.feedbackstudio.creators;

import java.util.Arrays;

/**
 * What a creator believes when it decides, built only from its own items (information asymmetry).
 *
 * @param audience per genre, the click-through rate of its own items in that genre; NaN where it has made
 *                 none or they have not been shown yet ("unknown"). With full information, the share of all
 *                 users interested in the genre instead.
 * @param skill    per genre, its familiarity: the share of its items made in that genre
 * @param tried    per genre, whether it has made an item in it
 * @param reward   the click-through rate of its last items (the leave window's worth); NaN before any was shown
 * @param items    how many items it has made
 */
public record Beliefs(double[] audience, double[] skill, boolean[] tried, double reward, int items) {

    /** CTR thresholds between the five reward levels, from very low to very high. */
    static final double[] REWARD_LEVELS = {0.02, 0.05, 0.10, 0.20};
    /**
     * The chance of exploiting at each reward level: CreAgent's measured shape (Llama-3-8B, Ye et al. 2025):
     * 0.614, 0.895, 0.922, 0.925, 0.950 from very low to very high reward.
     */
    static final double[] EXPLOIT_CHANCE = {0.614, 0.895, 0.922, 0.925, 0.950};
    static final String[] LEVEL_NAMES = {"very low", "low", "medium", "high", "very high"};

    public int genres() {
        return audience.length;
    }

    /** 0 (very low) to 4 (very high); an unknown reward counts as very low. */
    public int rewardLevel() {
        if (Double.isNaN(reward)) {
            return 0;
        }
        int level = 0;
        while (level < REWARD_LEVELS.length && reward >= REWARD_LEVELS[level]) {
            level++;
        }
        return level;
    }

    public String rewardLevelName() {
        return LEVEL_NAMES[rewardLevel()];
    }

    public double exploitChance() {
        return EXPLOIT_CHANCE[rewardLevel()];
    }

    /**
     * The known genre it believes best: the highest audience belief among tried genres (unknown below any
     * known), ties to the higher skill, then the earlier genre; -1 when it has tried none.
     */
    public int bestKnown() {
        int best = -1;
        for (int g = 0; g < audience.length; g++) {
            if (!tried[g]) {
                continue;
            }
            if (best < 0 || better(g, best)) {
                best = g;
            }
        }
        return best;
    }

    private boolean better(int g, int than) {
        double a = Double.isNaN(audience[g]) ? -1 : audience[g];
        double b = Double.isNaN(audience[than]) ? -1 : audience[than];
        if (a != b) {
            return a > b;
        }
        return skill[g] > skill[than];
    }

    /** How many genres it has not tried. */
    public int untried() {
        int n = 0;
        for (boolean t : tried) {
            n += t ? 0 : 1;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Beliefs b && Arrays.equals(audience, b.audience) && Arrays.equals(skill, b.skill)
                && Arrays.equals(tried, b.tried) && Double.compare(reward, b.reward) == 0 && items == b.items;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(audience) * 31 + Arrays.hashCode(skill);
    }

    @Override
    public String toString() {
        return "Beliefs[audience=" + Arrays.toString(audience) + ", skill=" + Arrays.toString(skill) + ", reward="
                + reward + ", items=" + items + "]";
    }
}
