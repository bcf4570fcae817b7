package org.feedbackstudio.app.gui.streams;

import org.feedbackstudio.app.gui.kit.Numbers;
import org.feedbackstudio.streams.StreamsView;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of one bar chart: a bar per slot along x (a task age, or a task), in order. A slot with
 * nothing to show yet (an age the current task does not have) holds NaN and draws no bar, so the x axis
 * stays put while the stream goes on.
 *
 * @param title   what the chart shows, above it
 * @param xLabel  the x axis's title
 * @param yLabel  the y axis's title
 * @param bars    the bars, left to right
 * @param percent whether values are shares, printed as percentages
 */
record Bars(String title, String xLabel, String yLabel, List<Bar> bars, boolean percent) {

    /**
     * One bar.
     *
     * @param label       the label under it
     * @param value       its height, NaN for an empty slot
     * @param description a sentence for the readout when pointed at
     */
    record Bar(String label, double value, String description) {
    }

    Bars {
        bars = List.copyOf(bars);
    }

    /** The value printed above a bar. */
    String valueText(Bar bar) {
        if (Double.isNaN(bar.value())) {
            return "";
        }
        return percent ? Numbers.percent(bar.value()) : Numbers.count(Math.round(bar.value()));
    }

    /** The largest value, 0 when there is none. */
    double max() {
        return bars.stream().mapToDouble(Bar::value).filter(v -> !Double.isNaN(v)).max().orElse(0);
    }

    /** The top of the y axis: round, and at least 5 for counts so that ticks fall on whole images. */
    double axisTop() {
        return niceTop(percent ? max() : Math.max(max(), 5));
    }

    /** The samples each old task gets while the current task is learned, by age a = 1 … T−1. */
    static Bars rehearsalPlan(StreamsView view) {
        int tasks = view.taskNames().size();
        int current = view.currentTask();
        List<Long> plan = view.rehearsalPlan();
        long total = plan.stream().mapToLong(Long::longValue).sum();
        List<Bar> bars = new ArrayList<>();
        for (int age = 1; age < tasks; age++) {
            if (age <= plan.size()) {
                long n = plan.get(age - 1);
                bars.add(new Bar(Integer.toString(age), n, "While task " + current + " is learned, task "
                        + (current - age) + " (age " + age + ") is rehearsed with " + Numbers.count(n)
                        + " of its images" + (total > 0 ? " (" + Numbers.percent((double) n / total) + " of "
                        + Numbers.count(total) + ")." : ".")));
            } else {
                bars.add(new Bar(Integer.toString(age), Double.NaN, "Task " + current + " has no task of age "
                        + age + " to rehearse yet."));
            }
        }
        String title = plan.isEmpty() ? "Task " + current + " has no older task to rehearse yet"
                : "Task " + current + " rehearses " + Numbers.count(total) + " old images, by age";
        return new Bars(title, "age of the old task (tasks ago)", "images", bars, false);
    }

    /** The schedule's shape: the share of the budget per age when the last task is learned. */
    static Bars scheduleShape(StreamsView view) {
        int tasks = view.taskNames().size();
        List<Bar> bars = new ArrayList<>();
        List<Double> shares = view.scheduleShares();
        for (int age = 1; age <= shares.size(); age++) {
            double s = shares.get(age - 1);
            bars.add(new Bar(Integer.toString(age), s, "While task " + tasks + " is learned, the task learned "
                    + age + (age == 1 ? " task" : " tasks") + " before it gets " + Numbers.percent(s)
                    + " of the rehearsal budget."));
        }
        return new Bars("The schedule: share of the budget by age at task " + tasks,
                "age of the old task (tasks ago)", "share", bars, true);
    }

    /** Replay: the samples the memory holds from each task. */
    static Bars replayMemory(StreamsView view) {
        List<Integer> memory = view.memoryPerTask();
        int held = memory.stream().mapToInt(Integer::intValue).sum();
        List<Bar> bars = new ArrayList<>();
        for (int t = 1; t <= memory.size(); t++) {
            int n = memory.get(t - 1);
            boolean seen = t <= view.currentTask();
            bars.add(new Bar(Integer.toString(t), seen ? n : Double.NaN, seen
                    ? "The memory holds " + Numbers.count(n) + " images of task " + t
                    + (held > 0 ? " (" + Numbers.percent((double) n / held) + " of " + Numbers.count(held) + ")." : ".")
                    : "Task " + t + " has not started yet."));
        }
        return new Bars("Replay memory: " + Numbers.count(held) + " images, by task", "task", "images", bars, false);
    }

    /**
     * A round top for the y axis at or above {@code max}: 1, 2, 2.5 or 5 times a power of ten (1 for
     * nothing, so an empty chart still has an axis).
     */
    static double niceTop(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            double top = m * magnitude;
            if (top >= max * (1 - 1e-12)) {
                return top;
            }
        }
        return 10 * magnitude;
    }
}
