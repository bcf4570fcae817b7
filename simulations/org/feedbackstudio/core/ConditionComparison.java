package org.feedbackstudio.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Differences between an experiment's conditions, paired by seed: at each grid point, replicate r of a
 * condition and replicate r of the reference condition (the first) ran on the same seed, so the
 * difference of their values removes the share of the spread that the seed causes. Summarised per point
 * with {@link Statistics#summarize} over the replicates where both runs succeeded and the metric is
 * defined, in replicate order.
 */
public final class ConditionComparison {
    private ConditionComparison() {
    }

    /**
     * The paired differences of {@code condition} against {@code reference} for one metric, per grid point.
     *
     * @param reference results of the reference condition's sweep
     * @param other     results of the compared condition's sweep (same grid, same replicates)
     */
    public static List<Statistics.Summary> paired(List<Sweep.Result> reference, List<Sweep.Result> other,
                                                  int points, int replicates, String metric) {
        double[][] ref = values(reference, points, replicates, metric);
        double[][] oth = values(other, points, replicates, metric);
        List<Statistics.Summary> out = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            double[] d = new double[replicates];
            for (int r = 0; r < replicates; r++) {
                d[r] = oth[p][r] - ref[p][r]; // NaN when either is missing: left out
            }
            out.add(Statistics.summarize(d));
        }
        return out;
    }

    private static double[][] values(List<Sweep.Result> results, int points, int replicates, String metric) {
        double[][] v = new double[points][replicates];
        for (double[] row : v) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (Sweep.Result r : results) {
            if (r.error() == null) {
                Double x = r.finals().get(metric);
                v[r.point().index()][r.point().replicate()] = x == null ? Double.NaN : x;
            }
        }
        return v;
    }

    /**
     * Writes comparison.csv: one row per compared condition and grid point, with the varied parameters,
     * and for each metric the paired difference's mean, standard error, 95% interval and pair count.
     */
    public static void write(Experiment experiment, List<List<Sweep.Result>> resultsByCondition, Path file)
            throws IOException {
        List<Experiment.Condition> conditions = experiment.conditions();
        Sweep first = experiment.sweeps().get(0);
        List<String> metrics = new ArrayList<>(first.metricNames());
        experiment.sweeps().forEach(s -> s.metricNames().forEach(m -> {
            if (!metrics.contains(m)) {
                metrics.add(m);
            }
        }));
        int replicates = experiment.replicates();
        int points = first.points().size() / replicates;
        Map<Integer, Sweep.Point> byIndex = new HashMap<>();
        first.points().forEach(p -> byIndex.putIfAbsent(p.index(), p));
        StringBuilder sb = new StringBuilder("condition,reference,point");
        for (Sweep.Axis a : experiment.axes()) {
            sb.append(',').append(field(a.parameter()));
        }
        for (String m : metrics) {
            for (String suffix : List.of(".diff.mean", ".diff.sem", ".diff.ci95low", ".diff.ci95high", ".pairs")) {
                sb.append(',').append(field(m + suffix));
            }
        }
        sb.append('\n');
        for (int c = 1; c < conditions.size(); c++) {
            List<List<Statistics.Summary>> perMetric = new ArrayList<>();
            for (String m : metrics) {
                perMetric.add(paired(resultsByCondition.get(0), resultsByCondition.get(c), points, replicates, m));
            }
            for (int p = 0; p < points; p++) {
                sb.append(field(conditions.get(c).name())).append(',').append(field(conditions.get(0).name()))
                        .append(',').append(p);
                for (Sweep.Axis a : experiment.axes()) {
                    Object v = byIndex.get(p).settings().get(a.parameter());
                    String text = first.simulator().parameters().find(a.parameter()).map(x -> x.format(v))
                            .orElse(String.valueOf(v));
                    sb.append(',').append(field(text));
                }
                for (List<Statistics.Summary> s : perMetric) {
                    Statistics.Summary d = s.get(p);
                    for (double v : new double[] {d.mean(), d.standardError(), d.ci95Low(), d.ci95High()}) {
                        sb.append(',');
                        MetricsCsvWriter.appendNumber(sb, v);
                    }
                    sb.append(',').append(d.n());
                }
                sb.append('\n');
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String field(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
