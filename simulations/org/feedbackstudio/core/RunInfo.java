package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.List;

/**
 * What observers learn when a run starts.
 *
 * @param simulator  the simulator
 * @param scenario   the complete scenario, seed included
 * @param metrics    the run's metric series, in frame order
 * @param totalTicks the tick at which the run will stop (natural end or the scenario's stop)
 */
public record RunInfo(Simulator simulator, Scenario scenario, List<MetricSpec> metrics, long totalTicks) {
    public RunInfo {
        metrics = List.copyOf(metrics);
    }

    public List<String> metricNames() {
        List<String> names = new ArrayList<>();
        metrics.forEach(m -> names.add(m.name()));
        return names;
    }

    /** Index of a metric in frames, or -1. */
    public int indexOf(String metricName) {
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).name().equals(metricName)) {
                return i;
            }
        }
        return -1;
    }
}
