package org.feedbackstudio.streams;

import org.feedbackstudio.runtime.nn.TrainingBatch;

import java.util.SplittableRandom;

/**
 * Training on everything seen so far: every sample of a batch comes from the union of the training
 * images of tasks 1…k, uniformly. The upper bound a continual learner is compared with.
 */
final class JointStrategy implements Strategy {
    private final StreamData data;
    private final int batchSize;
    private final SplittableRandom random;

    JointStrategy(StreamData data, int batchSize, SplittableRandom random) {
        this.data = data;
        this.batchSize = batchSize;
        this.random = random;
    }

    @Override
    public String word() {
        return "joint";
    }

    @Override
    public int maxBatchRows() {
        return batchSize;
    }

    @Override
    public void fillBatch(TrainingBatch batch, int task, int iteration) {
        long union = 0;
        for (int t = 1; t <= task; t++) {
            union += data.sampler(t).size();
        }
        for (int i = 0; i < batchSize; i++) {
            long pick = random.nextLong(union);
            int t = 1;
            while (pick >= data.sampler(t).size()) {
                pick -= data.sampler(t).size();
                t++;
            }
            data.draw(batch, t);
        }
        batch.weighEqually();
    }
}
