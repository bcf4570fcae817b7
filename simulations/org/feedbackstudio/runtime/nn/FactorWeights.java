package org.feedbackstudio.runtime.nn;

/**
 * A copy of a factor model's values, for scoring in plain Java: score(u, i) = p_u · Σ_t E_t[x_t] +
 * Σ_t b_t[x_t] + β, with x_t the item's index into table t.
 *
 * @param dimension   embedding size d
 * @param userTable   users × d, row-major
 * @param itemTables  per table, rows × d, row-major
 * @param itemBiases  per table, one bias per row
 * @param globalBias  β
 */
public record FactorWeights(int dimension, float[] userTable, float[][] itemTables, float[][] itemBiases,
                            float globalBias) {

    /** The model's score of an item given by its index into each table. */
    public double score(int user, int... indices) {
        int d = dimension;
        int pu = user * d;
        double bias = globalBias;
        double dot = 0;
        for (int k = 0; k < d; k++) {
            double v = 0;
            for (int t = 0; t < indices.length; t++) {
                v += itemTables[t][indices[t] * d + k];
            }
            dot += userTable[pu + k] * v;
        }
        for (int t = 0; t < indices.length; t++) {
            bias += itemBiases[t][indices[t]];
        }
        return dot + bias;
    }

    /** Rows of table t. */
    public int rows(int table) {
        return itemBiases[table].length;
    }
}
