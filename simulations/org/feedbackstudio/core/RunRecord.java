package org.feedbackstudio.core;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of an experiment gives back: its row's values (final values or window means, by metric
 * name, NaN where undefined), the ticks it ran, the error when it failed, and its series when the
 * experiment keeps them. Serialisable, so a cluster task can return it to the driver.
 *
 * @param series null unless the experiment keeps series
 */
public record RunRecord(RunTask task, long ticks, Map<String, Double> values, String error, Series series)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public RunRecord {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)); // serialisable, in order
    }

    /** A run's metrics every few ticks: {@code rows[i]} holds the metrics at {@code ticks[i]}. */
    public record Series(List<String> metrics, long[] ticks, double[][] rows) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Series {
            metrics = List.copyOf(metrics);
        }
    }

    /** The row this record becomes in its sweep's sweep.csv. */
    public Sweep.Result toResult(Sweep.Point point) {
        return new Sweep.Result(point, ticks, error == null ? values : Map.of(), error);
    }
}
