package org.feedbackstudio.creators;

import java.util.SplittableRandom;

/** Scores every candidate at random: the platform without a recommender. */
final class RandomRecommender implements Recommender {
    private final SplittableRandom random;

    RandomRecommender(SplittableRandom random) {
        this.random = random;
    }

    @Override
    public void score(int user, int[] items, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            out[i] = random.nextDouble();
        }
    }
}
