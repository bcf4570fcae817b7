package org.feedbackstudio.streams;

import org.feedbackstudio.runtime.nn.TrainingBatch;

/** Fine-tuning on the current task only: the lower bound. */
final class NaiveStrategy implements Strategy {
    private final StreamData data;
    private final int batchSize;

    NaiveStrategy(StreamData data, int batchSize) {
        this.data = data;
        this.batchSize = batchSize;
    }

    @Override
    public String word() {
        return "naive";
    }

    @Override
    public int maxBatchRows() {
        return batchSize;
    }

    @Override
    public void fillBatch(TrainingBatch batch, int task, int iteration) {
        for (int i = 0; i < batchSize; i++) {
            data.draw(batch, task);
        }
        batch.weighEqually();
    }
}
