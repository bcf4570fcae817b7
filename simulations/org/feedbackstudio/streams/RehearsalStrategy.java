package org.feedbackstudio.streams;

import org.feedbackstudio.runtime.nn.TrainingBatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Rehearsal in a learning environment that keeps presenting old tasks: while task k is learned, a
 * budget of r × N old samples (N = new samples of the task) is mixed into its batches, split over the
 * old tasks by their age as the schedule says (uniform, power law, exponential). The plan is fixed when
 * the task starts, shuffled, and spread evenly over the task's iterations; rehearsed samples come from
 * the old tasks' training images and count like new ones in the mean loss.
 */
final class RehearsalStrategy implements Strategy {
    private final StreamData data;
    private final RehearsalSchedule schedule;
    private final String word;
    private final int batchSize;
    private final int iterationsPerTask;
    private final long budget;
    private final SplittableRandom random;
    private long[] quotas = new long[0];
    private int[] plan = new int[0];

    RehearsalStrategy(StreamData data, RehearsalSchedule schedule, String word, int batchSize,
                      int iterationsPerTask, double ratio, SplittableRandom random) {
        this.data = data;
        this.schedule = schedule;
        this.word = word;
        this.batchSize = batchSize;
        this.iterationsPerTask = iterationsPerTask;
        this.budget = Math.round(ratio * iterationsPerTask * batchSize);
        this.random = random;
        if (budget > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("rehearsal budget of " + budget + " samples per task is too large");
        }
    }

    /** Rehearsal samples a task learned over {@code iterationsPerTask} iterations gets in total. */
    long budget() {
        return budget;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public int maxBatchRows() {
        return batchSize + (int) ((budget + iterationsPerTask - 1) / iterationsPerTask);
    }

    @Override
    public void startTask(int task) {
        int oldTasks = task - 1;
        quotas = schedule.quotas(oldTasks, oldTasks == 0 ? 0 : budget);
        plan = new int[oldTasks == 0 ? 0 : (int) budget];
        int at = 0;
        for (int age = 1; age <= oldTasks; age++) {
            for (long n = 0; n < quotas[age - 1]; n++) {
                plan[at++] = task - age;
            }
        }
        for (int i = plan.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = plan[i];
            plan[i] = plan[j];
            plan[j] = t;
        }
    }

    @Override
    public void fillBatch(TrainingBatch batch, int task, int iteration) {
        for (int i = 0; i < batchSize; i++) {
            data.draw(batch, task);
        }
        // Entries [⌊i·B/I⌋, ⌊(i+1)·B/I⌋) of the plan: the whole plan over the task, spread evenly.
        int from = (int) ((long) iteration * plan.length / iterationsPerTask);
        int to = (int) ((long) (iteration + 1) * plan.length / iterationsPerTask);
        for (int p = from; p < to; p++) {
            data.draw(batch, plan[p]);
        }
        batch.weighEqually();
    }

    @Override
    public void describe(Map<String, String> into) {
        into.put("schedule", schedule.formula() + ", " + budget + " old samples per task");
        if (quotas.length > 0) {
            StringBuilder sb = new StringBuilder();
            for (int age = 1; age <= quotas.length; age++) {
                if (age > 1) {
                    sb.append(", ");
                }
                sb.append("age ").append(age).append(": ").append(quotas[age - 1]);
            }
            into.put("rehearsal this task", sb.toString());
        }
    }

    @Override
    public List<Long> rehearsalPlan() {
        List<Long> out = new ArrayList<>();
        for (long q : quotas) {
            out.add(q);
        }
        return List.copyOf(out);
    }
}
