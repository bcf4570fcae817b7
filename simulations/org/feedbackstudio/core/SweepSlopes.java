package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Log–log slopes along a log-spaced axis of a sweep: for each line of the grid (the points that share
 * every other varied parameter's value), the least-squares slope of log(mean of a metric) on log(the
 * axis's value) — the exponent of a power law, to compare with a theoretical rate. Means are taken as in
 * summary.csv (point then replicate order), so the slope is the same whatever ran the sweep.
 */
public final class SweepSlopes {
    private SweepSlopes() {
    }

    /**
     * The fit of each grid point's line, by point index.
     *
     * @param results the sweep's results (failed runs and undefined values are left out)
     */
    public static Map<Integer, Statistics.LogLogFit> along(Sweep sweep, List<Sweep.Result> results, String axis,
                                                           String metric) {
        Map<Integer, List<Sweep.Result>> byPoint = new TreeMap<>();
        for (Sweep.Result r : results) {
            if (r.error() == null) {
                byPoint.computeIfAbsent(r.point().index(), k -> new ArrayList<>()).add(r);
            }
        }
        // Lines: the points that agree on every other axis.
        Map<List<Object>, List<Integer>> lines = new LinkedHashMap<>();
        Map<Integer, Sweep.Point> points = new HashMap<>();
        for (Sweep.Point p : sweep.points()) {
            if (p.replicate() == 0) {
                points.put(p.index(), p);
                List<Object> key = new ArrayList<>();
                for (Sweep.Axis a : sweep.axes()) {
                    if (!a.parameter().equals(axis)) {
                        key.add(p.settings().get(a.parameter()));
                    }
                }
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(p.index());
            }
        }
        Map<Integer, Statistics.LogLogFit> fits = new TreeMap<>();
        for (List<Integer> line : lines.values()) {
            double[] x = new double[line.size()];
            double[] y = new double[line.size()];
            for (int i = 0; i < line.size(); i++) {
                int index = line.get(i);
                x[i] = ((Number) points.get(index).settings().get(axis)).doubleValue();
                List<Sweep.Result> runs = byPoint.get(index);
                y[i] = runs == null ? Double.NaN : Sweep.summarize(runs, metric).mean();
            }
            Statistics.LogLogFit fit = Statistics.logLogSlope(x, y);
            line.forEach(index -> fits.put(index, fit));
        }
        return fits;
    }
}
