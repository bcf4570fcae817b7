package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Experiment;
import org.feedbackstudio.core.Keep;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.RunRecord;
import org.feedbackstudio.core.RunTask;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Statistics;
import org.feedbackstudio.core.Sweep;
import org.feedbackstudio.core.SweepFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the Sweep tab's results view shows of a sweep folder (written by the command line, the studio or a
 * cluster), apart from drawing: a metric's heat map over two varied parameters, the difference between
 * conditions paired by seed along one parameter, and the runs of one grid point as series, each of which
 * opens as a normal run with its seed. Plain Java: tested without the JavaFX thread.
 */
final class SweepResultsViewModel {
    /** A heat map: {@code cells[j][i]} is the mean at the i-th x value and j-th y value; NaN = no run yet. */
    record HeatMap(String x, String y, List<String> xLabels, List<String> yLabels, double[][] cells, double min,
                   double max) {
    }

    /** One compared condition's paired difference along the x parameter: {x, mean, low, high} per value. */
    record DifferenceLine(String label, List<double[]> points) {
    }

    /** One run's series of the chosen metric, and the run it came from. */
    record RunLine(RunTask task, String label, long[] ticks, double[] values) {
    }

    private final Catalog catalog;
    private SweepFolder folder;

    SweepResultsViewModel(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Opens a folder; returns a line describing it.
     *
     * @throws ScenarioException when it holds no sweep this studio can read
     */
    String open(Path dir) throws ScenarioException {
        folder = SweepFolder.open(catalog, dir);
        return describe();
    }

    boolean isOpen() {
        return folder != null;
    }

    SweepFolder folder() {
        return folder;
    }

    /** "Costly punishment…: 2 conditions × 3 points × 5 seeds = 30 runs; 30 done." */
    String describe() {
        Experiment e = folder.experiment();
        return String.format(Locale.ROOT, "%s%s; %d done.", e.name().isEmpty() ? e.base().simulator() + ": "
                : e.name() + ": ", e.size(), folder.runsDone());
    }

    /** Condition names, or one empty name when the sweep has no conditions. */
    List<String> conditions() {
        List<Experiment.Condition> c = folder.experiment().conditions();
        return c.isEmpty() ? List.of("") : c.stream().map(Experiment.Condition::name).toList();
    }

    List<String> axes() {
        return folder.experiment().axes().stream().map(Sweep.Axis::parameter).toList();
    }

    /** The values of a varied parameter as the user would type them. */
    List<String> values(String axis) {
        Sweep.Axis a = axis(axis);
        Parameter<?> p = parameter(axis);
        return a.values().stream().map(v -> p == null ? String.valueOf(v) : p.format(v)).toList();
    }

    boolean isLogSpaced(String axis) {
        return folder.experiment().logAxes().contains(axis);
    }

    /** Every metric any condition reports. */
    List<String> metrics() {
        List<String> out = new ArrayList<>();
        for (Sweep s : folder.experiment().sweeps()) {
            s.metricNames().stream().filter(m -> !out.contains(m)).forEach(out::add);
        }
        return out;
    }

    boolean keptSeries() {
        return folder.experiment().keep() instanceof Keep.Series;
    }

    /**
     * The mean of {@code metric} over {@code x} and {@code y}, the other parameters at {@code at} (a
     * value index per varied parameter).
     */
    HeatMap heatMap(String metric, int condition, String x, String y, Map<String, Integer> at) {
        double[][] cells = folder.heatMap(condition, metric, x, y, fixed(at));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : cells) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return new HeatMap(x, y, values(x), values(y), cells, min, max);
    }

    /** Each condition after the first minus the first, paired by seed, along {@code x}. */
    List<DifferenceLine> differences(String metric, String x, Map<String, Integer> at) {
        List<DifferenceLine> lines = new ArrayList<>();
        List<String> names = conditions();
        for (int c = 1; c < names.size(); c++) {
            List<double[]> points = new ArrayList<>();
            List<SweepFolder.Along> along = folder.difference(c, metric, x, fixed(at));
            for (int i = 0; i < along.size(); i++) {
                Statistics.Summary s = along.get(i).summary();
                double xv = x == null ? i : ((Number) along.get(i).value()).doubleValue();
                points.add(new double[] {xv, s.mean(), s.ci95Low(), s.ci95High()});
            }
            lines.add(new DifferenceLine(names.get(c) + " − " + names.get(0), points));
        }
        return lines;
    }

    /**
     * The series of {@code metric} for every replicate of one grid point (each varied parameter at its
     * value in {@code at}) in one condition; empty when the sweep kept no series.
     */
    List<RunLine> runs(String metric, int condition, Map<String, Integer> at) throws IOException {
        List<RunLine> lines = new ArrayList<>();
        Map<String, Object> point = fixed(at);
        for (Sweep.Point p : folder.experiment().sweeps().get(condition).points()) {
            if (!p.settings().equals(point)) {
                continue;
            }
            RunTask task = new RunTask(condition, p.index(), p.replicate());
            Path file = folder.seriesFile(task);
            if (file == null) {
                continue;
            }
            RunRecord.Series s = SweepFolder.readSeries(file);
            int m = s.metrics().indexOf(metric);
            if (m < 0) {
                continue;
            }
            double[] values = new double[s.ticks().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = s.rows()[i][m];
            }
            lines.add(new RunLine(task, "replicate " + (p.replicate() + 1), s.ticks(), values));
        }
        return lines;
    }

    /** The run a task stands for, as a scenario that opens as a normal run (its own seed included). */
    Scenario scenario(RunTask task) {
        Sweep.Point p = folder.experiment().point(task);
        String condition = folder.experiment().conditions().isEmpty() ? ""
                : folder.experiment().conditions().get(task.condition()).name() + ", ";
        return p.scenario().withName("Sweep run: " + condition + p.settings() + ", seed " + p.seed(),
                p.scenario().description());
    }

    /** The values chosen for the varied parameters, as canonical values. */
    private Map<String, Object> fixed(Map<String, Integer> at) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Sweep.Axis a : folder.experiment().axes()) {
            int i = at.getOrDefault(a.parameter(), 0);
            out.put(a.parameter(), a.values().get(Math.max(0, Math.min(i, a.values().size() - 1))));
        }
        return out;
    }

    private Sweep.Axis axis(String name) {
        return folder.experiment().axes().stream().filter(a -> a.parameter().equals(name)).findFirst().orElseThrow();
    }

    private Parameter<?> parameter(String name) {
        return folder.experiment().sweeps().get(0).simulator().parameters().find(name).orElse(null);
    }
}
