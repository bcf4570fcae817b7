package org.feedbackstudio.streams;

import org.feedbackstudio.runtime.nn.TrainingBatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Experience replay with a reservoir memory: each batch holds {@code batchSize} new samples and up to
 * {@code replayBatch} samples drawn from memory, and the loss weighs them λ·mean(new) + (1 − λ)·mean(replayed)
 * (plain mean(new) while the memory is empty). New samples are offered to the reservoir after the batch
 * is drawn: by default on their first presentation only (the first pass through a task's data), or, with
 * {@code everyPass}, at every presentation. The first rule fills the memory from a small part of each old
 * task, which deepens the stability gap; the second samples all of a task's passes.
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
    private final boolean everyPass;

    ReplayStrategy(StreamData data, int batchSize, int replayBatch, int memorySize, double newDataWeight,
                   SplittableRandom random) {
        this(data, batchSize, replayBatch, memorySize, newDataWeight, false, random);
    }

    ReplayStrategy(StreamData data, int batchSize, int replayBatch, int memorySize, double newDataWeight,
                   boolean everyPass, SplittableRandom random) {
        this.data = data;
        this.batchSize = batchSize;
        this.replayBatch = replayBatch;
        this.newDataWeight = newDataWeight;
        this.memory = new ReservoirMemory(memorySize, random);
        this.newTasks = new int[batchSize];
        this.newImages = new int[batchSize];
        this.firstPass = new boolean[batchSize];
        this.everyPass = everyPass;
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
            if (everyPass || firstPass[i]) {
                memory.offer(newTasks[i], newImages[i]);
            }
        }
    }

    @Override
    public void describe(Map<String, String> into) {
        into.put("memory", memory.size() + " of " + memory.capacity() + " samples (" + memory.offered()
                + " offered, " + (everyPass ? "at every presentation" : "at first presentations only") + ")");
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
