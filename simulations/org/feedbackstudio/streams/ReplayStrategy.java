package org.feedbackstudio.streams;

import org.feedbackstudio.runtime.nn.TrainingBatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Experience replay with a reservoir memory: each batch holds {@code batchSize} new samples and up to
 * {@code replayBatch} samples drawn from memory, and the loss weighs them λ·mean(new) + (1 − λ)·mean(replayed)
 * (plain mean(new) while the memory is empty). New samples enter the reservoir after the batch is
 * drawn, on their first presentation only.
 */
final class ReplayStrategy implements Strategy {
    private final StreamData data;
    private final int batchSize;
    private final int replayBatch;
    private final double newDataWeight;
    private final ReservoirMemory memory;
    private final int[] newTasks;
    private final int[] newImages;
    private final boolean[] firstPass;

    ReplayStrategy(StreamData data, int batchSize, int replayBatch, int memorySize, double newDataWeight,
                   SplittableRandom random) {
        this.data = data;
        this.batchSize = batchSize;
        this.replayBatch = replayBatch;
        this.newDataWeight = newDataWeight;
        this.memory = new ReservoirMemory(memorySize, random);
        this.newTasks = new int[batchSize];
        this.newImages = new int[batchSize];
        this.firstPass = new boolean[batchSize];
    }

    @Override
    public String word() {
        return "replay";
    }

    @Override
    public int maxBatchRows() {
        return batchSize + replayBatch;
    }

    @Override
    public void fillBatch(TrainingBatch batch, int task, int iteration) {
        TaskSampler sampler = data.sampler(task);
        for (int i = 0; i < batchSize; i++) {
            newImages[i] = data.draw(batch, task);
            newTasks[i] = task;
            firstPass[i] = sampler.pass() == 0;
        }
        int replayed = memory.draw(replayBatch, (t, image) -> data.add(batch, t, image));
        if (replayed == 0) {
            batch.weighEqually();
        } else {
            batch.weighGroup(0, batchSize, newDataWeight);
            batch.weighGroup(batchSize, batchSize + replayed, 1.0 - newDataWeight);
        }
        for (int i = 0; i < batchSize; i++) {
            if (firstPass[i]) {
                memory.offer(newTasks[i], newImages[i]);
            }
        }
    }

    @Override
    public void describe(Map<String, String> into) {
        into.put("memory", memory.size() + " of " + memory.capacity() + " samples (" + memory.offered()
                + " offered)");
        into.put("replay", "up to " + replayBatch + " per batch, new-data weight " + newDataWeight);
    }

    @Override
    public List<Integer> memoryPerTask() {
        List<Integer> out = new ArrayList<>();
        for (int c : memory.countsPerTask(data.taskCount())) {
            out.add(c);
        }
        return List.copyOf(out);
    }

    int memorySize() {
        return memory.size();
    }
}
