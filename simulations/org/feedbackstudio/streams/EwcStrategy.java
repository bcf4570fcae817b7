package org.feedbackstudio.streams;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.feedbackstudio.runtime.nn.GradientAdjustment;
import org.feedbackstudio.runtime.nn.MlpTrainer;
import org.feedbackstudio.runtime.nn.TrainingBatch;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Elastic weight consolidation (Kirkpatrick et al. 2017): after each task k, the diagonal empirical
 * Fisher information F_k of that task is estimated on a sample of its training images, and training
 * then minimises the loss plus (λ/2)·Σ_k Σ_i F_k,i (θ_i − θ*_k,i)², θ*_k being the weights at the end
 * of task k. The penalty's gradient λ·Σ_k F_k ⊙ (θ − θ*_k) = λ·(A ⊙ θ − B), with A = Σ_k F_k and
 * B = Σ_k F_k ⊙ θ*_k kept in native memory, is added to the gradients directly.
 */
final class EwcStrategy implements Strategy {
    private final StreamData data;
    private final int batchSize;
    private final double lambda;
    private final int fisherSamples;
    private final int lastTask;
    private final SplittableRandom random;
    private final NDManager manager;
    private List<NDArray> fisherSum;
    private List<NDArray> anchoredFisherSum;
    private NDArray lambdaScalar;
    private int consolidated;

    EwcStrategy(StreamData data, int batchSize, double lambda, int fisherSamples, NDManager parent,
                SplittableRandom random) {
        this.data = data;
        this.batchSize = batchSize;
        this.lambda = lambda;
        this.fisherSamples = fisherSamples;
        this.lastTask = data.taskCount();
        this.random = random;
        this.manager = parent.newSubManager();
    }

    @Override
    public String word() {
        return "ewc";
    }

    @Override
    public int maxBatchRows() {
        return Math.max(batchSize, 1);
    }

    @Override
    public void fillBatch(TrainingBatch batch, int task, int iteration) {
        for (int i = 0; i < batchSize; i++) {
            data.draw(batch, task);
        }
        batch.weighEqually();
    }

    @Override
    public GradientAdjustment gradientAdjustment() {
        if (consolidated == 0 || lambda == 0) {
            return GradientAdjustment.NONE;
        }
        return this::addPenaltyGradient;
    }

    private void addPenaltyGradient(List<NDArray> parameters, List<NDArray> gradients, NDManager scope) {
        for (int i = 0; i < parameters.size(); i++) {
            NDArray pull = fisherSum.get(i).mul(parameters.get(i));
            pull.attach(scope);
            pull.subi(anchoredFisherSum.get(i)).muli(lambdaScalar);
            gradients.get(i).addi(pull);
        }
    }

    @Override
    public void endTask(int task, MlpTrainer trainer) {
        if (task == lastTask) {
            return; // nothing is trained after the last task
        }
        StreamTask t = data.task(task);
        int n = Math.min(fisherSamples, t.trainCount());
        TrainingBatch sample = new TrainingBatch(n, data.dataset().train().pixelsPerImage());
        int[] pool = t.trainImages();
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(pool.length - i);
            int swap = pool[i];
            pool[i] = pool[j];
            pool[j] = swap;
            data.add(sample, task, pool[i]);
        }
        sample.weighEqually();
        if (fisherSum == null) {
            fisherSum = trainer.zerosLikeParameters(manager);
            anchoredFisherSum = trainer.zerosLikeParameters(manager);
            lambdaScalar = manager.create((float) lambda);
        }
        try (NDManager scope = manager.newSubManager()) {
            List<NDArray> fisher = trainer.zerosLikeParameters(scope);
            trainer.accumulateSquaredGradients(sample, fisher);
            List<NDArray> parameters = trainer.model().parameters();
            NDArray scale = scope.create((float) (1.0 / n));
            for (int i = 0; i < fisher.size(); i++) {
                NDArray f = fisher.get(i).muli(scale);
                fisherSum.get(i).addi(f);
                NDArray anchored = f.mul(parameters.get(i));
                anchored.attach(scope);
                anchoredFisherSum.get(i).addi(anchored);
            }
        }
        consolidated = task;
    }

    @Override
    public void describe(Map<String, String> into) {
        into.put("EWC", "λ " + lambda + ", Fisher from " + fisherSamples + " samples per task, "
                + consolidated + " task(s) consolidated");
    }

    /** Σ_k F_k per parameter (empty before the first consolidation), for inspection and tests. */
    List<float[]> fisherSum() {
        return fisherSum == null ? List.of() : fisherSum.stream().map(NDArray::toFloatArray).toList();
    }

    @Override
    public void close() {
        manager.close();
    }
}
