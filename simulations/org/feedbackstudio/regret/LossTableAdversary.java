package org.feedbackstudio.regret;

/**
 * A fixed, hand-written loss table, row t − 1 holding round t's losses: for worked examples and for
 * checking the bookkeeping against numbers computed by hand. After the last row the table repeats.
 */
public final class LossTableAdversary implements Adversary {
    private final double[][] table;
    private final int actions;
    private final double[] cumulative;
    private long round;
    private double[] current;

    public LossTableAdversary(double[][] table) {
        if (table.length == 0 || table[0].length < 2) {
            throw new IllegalArgumentException("need at least one round and two actions");
        }
        this.actions = table[0].length;
        this.table = new double[table.length][];
        for (int t = 0; t < table.length; t++) {
            if (table[t].length != actions) {
                throw new IllegalArgumentException("row " + t + " has " + table[t].length + " losses, not " + actions);
            }
            for (double loss : table[t]) {
                if (!(loss >= 0 && loss <= 1)) {
                    throw new IllegalArgumentException("losses lie in [0, 1]; row " + t + " has " + loss);
                }
            }
            this.table[t] = table[t].clone();
        }
        this.cumulative = new double[actions];
    }

    @Override
    public int actions() {
        return actions;
    }

    @Override
    public long rounds() {
        return round;
    }

    @Override
    public void advance() {
        current = table[(int) (round % table.length)];
        round++;
        for (int a = 0; a < actions; a++) {
            cumulative[a] += current[a];
        }
    }

    @Override
    public double loss(int action) {
        return current[action];
    }

    @Override
    public double cumulativeLoss(int action) {
        return cumulative[action];
    }

    @Override
    public String describe() {
        return "a fixed table of " + table.length + " rounds";
    }
}
