package org.feedbackstudio.streams;

import java.util.Arrays;

/**
 * How a rehearsal budget is spread over old tasks by their age: while task k is learned, the task
 * learned a tasks earlier (age a = 1 … k−1) gets a share of the budget proportional to weight(a).
 */
public sealed interface RehearsalSchedule permits RehearsalSchedule.Uniform, RehearsalSchedule.PowerLaw,
        RehearsalSchedule.Exponential {

    /** The unnormalised weight of a task of age {@code age} ≥ 1. */
    double weight(int age);

    /** A formula for the inspector. */
    String formula();

    /** Equal shares for all old tasks. */
    record Uniform() implements RehearsalSchedule {
        @Override
        public double weight(int age) {
            checkAge(age);
            return 1.0;
        }

        @Override
        public String formula() {
            return "equal shares";
        }
    }

    /** (1 + c·a)^(−α): the chance of revisiting a task decays as a power law of its age. */
    record PowerLaw(double scale, double exponent) implements RehearsalSchedule {
        public PowerLaw {
            if (!(scale > 0) || !(exponent >= 0)) {
                throw new IllegalArgumentException("power law needs c > 0 and α ≥ 0: " + scale + ", " + exponent);
            }
        }

        @Override
        public double weight(int age) {
            checkAge(age);
            return Math.pow(1.0 + scale * age, -exponent);
        }

        @Override
        public String formula() {
            return "(1 + " + scale + "·a)^(−" + exponent + ")";
        }
    }

    /** e^(−a/β): an exponential decay with age, the contrast to the power law. */
    record Exponential(double scale) implements RehearsalSchedule {
        public Exponential {
            if (!(scale > 0)) {
                throw new IllegalArgumentException("exponential schedule needs β > 0: " + scale);
            }
        }

        @Override
        public double weight(int age) {
            checkAge(age);
            return Math.exp(-age / scale);
        }

        @Override
        public String formula() {
            return "e^(−a/" + scale + ")";
        }
    }

    /** Shares of ages 1 … {@code oldTasks}, summing to one (index a−1 for age a). */
    default double[] shares(int oldTasks) {
        double[] w = new double[oldTasks];
        double total = 0;
        for (int a = 1; a <= oldTasks; a++) {
            w[a - 1] = weight(a);
            total += w[a - 1];
        }
        if (!(total > 0)) {
            throw new IllegalStateException("schedule gives no weight to any of " + oldTasks + " old tasks");
        }
        for (int i = 0; i < oldTasks; i++) {
            w[i] /= total;
        }
        return w;
    }

    /**
     * Whole numbers of samples per age (index a−1 for age a) that add up to {@code budget} and are as
     * close to budget × share as whole numbers can be: each gets the floor, and the samples left over go
     * to the largest remainders (younger tasks first on ties).
     */
    default long[] quotas(int oldTasks, long budget) {
        if (budget < 0) {
            throw new IllegalArgumentException("budget must be >= 0");
        }
        if (oldTasks == 0) {
            return new long[0];
        }
        double[] shares = shares(oldTasks);
        long[] q = new long[oldTasks];
        double[] remainder = new double[oldTasks];
        long given = 0;
        for (int i = 0; i < oldTasks; i++) {
            double exact = budget * shares[i];
            q[i] = (long) Math.floor(exact);
            remainder[i] = exact - q[i];
            given += q[i];
        }
        Integer[] order = new Integer[oldTasks];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> remainder[x] != remainder[y] ? Double.compare(remainder[y], remainder[x])
                : Integer.compare(x, y));
        for (int i = 0; given < budget; i = (i + 1) % oldTasks) {
            q[order[i]]++;
            given++;
        }
        return q;
    }

    private static void checkAge(int age) {
        if (age < 1) {
            throw new IllegalArgumentException("a task's age is at least 1: " + age);
        }
    }
}
