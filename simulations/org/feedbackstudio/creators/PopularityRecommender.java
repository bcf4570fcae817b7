package org.feedbackstudio.creators;

import java.util.SplittableRandom;

/** Ranks candidates by the clicks they have had so far; ties (new items have none) are broken at random. */
final class PopularityRecommender implements Recommender {
    private final ItemPool pool;
    private final SplittableRandom random;

    PopularityRecommender(ItemPool pool, SplittableRandom random) {
        this.pool = pool;
        this.random = random;
    }

    @Override
    public void score(int user, int[] items, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            out[i] = pool.clicks(items[i]) + 0.5 * random.nextDouble();
        }
    }
}
