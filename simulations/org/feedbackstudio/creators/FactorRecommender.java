package org.feedbackstudio.creators;

import ai.djl.ndarray.NDManager;
import org.feedbackstudio.runtime.nn.FactorTrainer;
import org.feedbackstudio.runtime.nn.FactorWeights;
import org.feedbackstudio.runtime.nn.NeuralRuntime;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Matrix factorisation trained in the embedded runtime: pointwise with binary cross-entropy on every
 * logged (user, item, label) — the paper's MF — or pairwise with BPR on (user, watched item, an item drawn
 * uniformly). An item is its own embedding plus its genre's and its creator's, so items uploaded since the
 * last retrain are scored through their genre and creator. Each retrain continues from the last one's
 * weights and optimiser state (warm start) for {@code epochs} passes over all feedback so far, in an order
 * drawn from the run's seed. Scoring runs in Java on a copy of the weights taken after each retrain.
 */
final class FactorRecommender implements Recommender {
    /** Room for this many items before the item table first grows. */
    static final int INITIAL_ITEMS = 1024;

    private final boolean pairwise;
    private final ItemPool pool;
    private final SplittableRandom random;
    private final int epochs;
    private final NDManager manager;
    private final FactorTrainer trainer;
    private final int batch;
    private final int[] users;
    private final int[][] first;
    private final int[][] second;
    private final float[] labels;
    private FactorWeights weights;
    private float[][] itemVectors = new float[0][];
    private double[] itemBiases = new double[0];

    FactorRecommender(boolean pairwise, ItemPool pool, int users, int genres, int creators, int dimension,
                      int batchSize, double learningRate, int epochs, SplittableRandom random) {
        this.pairwise = pairwise;
        this.pool = pool;
        this.random = random;
        this.epochs = epochs;
        this.batch = batchSize;
        this.manager = NeuralRuntime.engine().newBaseManager();
        try {
            this.trainer = new FactorTrainer(manager, users, new int[] {INITIAL_ITEMS, genres, creators}, dimension,
                    batchSize, learningRate, random.nextLong(), 1);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
        this.users = new int[batchSize];
        this.first = new int[3][batchSize];
        this.second = new int[3][batchSize];
        this.labels = new float[batchSize];
        refresh();
    }

    @Override
    public double retrain(InteractionLog log, int round) {
        trainer.ensureItems(pool.size());
        double loss = Double.NaN;
        for (int e = 0; e < epochs; e++) {
            loss = pairwise ? pairwiseEpoch(log) : pointwiseEpoch(log);
        }
        refresh();
        return loss;
    }

    /** Training steps taken so far. */
    long steps() {
        return trainer.steps();
    }

    private double pointwiseEpoch(InteractionLog log) {
        int[] order = shuffled(log.size());
        double total = 0;
        int steps = 0;
        for (int from = 0; from < order.length; from += batch) {
            int n = Math.min(batch, order.length - from);
            for (int k = 0; k < n; k++) {
                int row = order[from + k];
                users[k] = log.user(row);
                describe(log.item(row), first, k);
                labels[k] = log.watched(row) ? 1f : 0f;
            }
            total += trainer.pointwiseStep(users, first, labels, n);
            steps++;
        }
        return steps == 0 ? Double.NaN : total / steps;
    }

    /** One pass over the watched rows, each paired with an item drawn uniformly from all items. */
    private double pairwiseEpoch(InteractionLog log) {
        int positives = 0;
        int[] rows = new int[log.size()];
        for (int i = 0; i < log.size(); i++) {
            if (log.watched(i)) {
                rows[positives++] = i;
            }
        }
        int[] order = shuffled(positives);
        double total = 0;
        int steps = 0;
        for (int from = 0; from < positives; from += batch) {
            int n = Math.min(batch, positives - from);
            for (int k = 0; k < n; k++) {
                int row = rows[order[from + k]];
                users[k] = log.user(row);
                describe(log.item(row), first, k);
                describe(random.nextInt(pool.size()), second, k);
            }
            total += trainer.pairwiseStep(users, first, second, n);
            steps++;
        }
        return steps == 0 ? Double.NaN : total / steps;
    }

    private void describe(int item, int[][] into, int k) {
        into[0][k] = item;
        into[1][k] = pool.genre(item);
        into[2][k] = pool.creator(item);
    }

    private int[] shuffled(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Copies the weights out and forgets the items' combined vectors. */
    private void refresh() {
        weights = trainer.weights();
        itemVectors = new float[Math.max(itemVectors.length, pool.size() + 1)][];
        itemBiases = new double[itemVectors.length];
    }

    @Override
    public void score(int user, int[] items, int count, double[] out) {
        int d = weights.dimension();
        float[] p = weights.userTable();
        int base = user * d;
        for (int i = 0; i < count; i++) {
            int item = items[i];
            float[] v = vector(item);
            double s = itemBiases[item];
            for (int k = 0; k < d; k++) {
                s += p[base + k] * v[k];
            }
            out[i] = s;
        }
    }

    /** The item's embedding with its genre's and creator's added (kept until the next retrain). */
    private float[] vector(int item) {
        if (item >= itemVectors.length) {
            int n = Math.max(item + 1, itemVectors.length * 2);
            itemVectors = Arrays.copyOf(itemVectors, n);
            itemBiases = Arrays.copyOf(itemBiases, n);
        }
        float[] v = itemVectors[item];
        if (v == null) {
            int d = weights.dimension();
            v = new float[d];
            int genre = pool.genre(item);
            int creator = pool.creator(item);
            boolean known = item < weights.rows(0);
            float[][] tables = weights.itemTables();
            double bias = weights.globalBias() + weights.itemBiases()[1][genre] + weights.itemBiases()[2][creator];
            if (known) {
                bias += weights.itemBiases()[0][item];
            }
            for (int k = 0; k < d; k++) {
                float x = tables[1][genre * d + k] + tables[2][creator * d + k];
                if (known) {
                    x += tables[0][item * d + k];
                }
                v[k] = x;
            }
            itemVectors[item] = v;
            itemBiases[item] = bias;
        }
        return v;
    }

    @Override
    public void close() {
        trainer.close();
        manager.close();
    }
}
