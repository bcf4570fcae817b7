package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A study read from an experiment file ({@link ExperimentReader}): a base scenario, parameters to vary
 * (a grid), replicate seeds, and conditions — named sets of parameter overrides run on the same grid and
 * the same seeds so they can be compared run by run. Each condition is one {@link Sweep}; every
 * condition's replicate r uses the seed {@link Seeds#replicate}(root, r), so a difference between
 * conditions is paired by seed.
 *
 * <p>{@link #json()} is the resolved experiment (the base scenario written out in full, seed included):
 * reading it back gives the same runs, which is how it travels to the machines that run them and how a
 * folder remembers which experiment it holds.
 */
public final class Experiment {
    /** The most runs one experiment may hold, over all its conditions. */
    public static final int MAX_RUNS = 100_000;

    /** A named set of overrides; {@code folder} is the name as a folder name. */
    public record Condition(String name, String folder, Map<String, Object> overrides) {
        public Condition {
            overrides = Map.copyOf(overrides);
        }
    }

    private final String name;
    private final String description;
    private final Scenario base;
    private final List<Sweep.Axis> axes;
    private final Set<String> logAxes;
    private final List<Condition> conditions;
    private final int replicates;
    private final Keep keep;
    private final List<Sweep> sweeps;
    private final String json;

    Experiment(String name, String description, Scenario base, List<Sweep.Axis> axes, Set<String> logAxes,
               List<Condition> conditions, int replicates, Keep keep, List<Sweep> sweeps, String json) {
        this.name = name;
        this.description = description;
        this.base = base;
        this.axes = List.copyOf(axes);
        this.logAxes = Set.copyOf(logAxes);
        this.conditions = List.copyOf(conditions);
        this.replicates = replicates;
        this.keep = keep;
        this.sweeps = List.copyOf(sweeps);
        this.json = json;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The base scenario; its seed is the root of every replicate seed. */
    public Scenario base() {
        return base;
    }

    public List<Sweep.Axis> axes() {
        return axes;
    }

    /** The varied parameters whose values are log-spaced: summary.csv fits log–log slopes along them. */
    public Set<String> logAxes() {
        return logAxes;
    }

    /** The conditions in file order; empty when the experiment has none (then there is one sweep). */
    public List<Condition> conditions() {
        return conditions;
    }

    public int replicates() {
        return replicates;
    }

    public Keep keep() {
        return keep;
    }

    /** One sweep per condition, in the conditions' order (one sweep when there are no conditions). */
    public List<Sweep> sweeps() {
        return sweeps;
    }

    /** The resolved experiment as JSON; {@link ExperimentReader} reads it back to the same runs. */
    public String json() {
        return json;
    }

    /** Every run: condition, then grid point, then replicate. */
    public List<RunTask> tasks() {
        List<RunTask> tasks = new ArrayList<>();
        for (int c = 0; c < sweeps.size(); c++) {
            for (Sweep.Point p : sweeps.get(c).points()) {
                tasks.add(new RunTask(c, p.index(), p.replicate()));
            }
        }
        return tasks;
    }

    /** The point a task stands for. */
    public Sweep.Point point(RunTask task) {
        Sweep.Point p = sweeps.get(task.condition()).points().get(task.point() * replicates + task.replicate());
        if (p.index() != task.point() || p.replicate() != task.replicate()) {
            throw new IllegalStateException("sweep points are not grid-major then replicate");
        }
        return p;
    }

    /** "3 conditions × 12 points × 5 seeds = 180 runs" */
    public String size() {
        int points = sweeps.get(0).points().size() / replicates;
        String c = conditions.isEmpty() ? "" : conditions.size() + " conditions × ";
        return String.format(Locale.ROOT, "%s%d points × %d seeds = %d runs", c, points, replicates,
                points * replicates * sweeps.size());
    }
}
