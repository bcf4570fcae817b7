package org.feedbackstudio.streams;

import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio's default charts: per-task accuracies with task switches marked, every metric drawn once. */
class ContinualStreamsChartsTest {
    private static final ContinualStreamsSimulator SIMULATOR = new ContinualStreamsSimulator();

    private static ParameterValues tasks(int n) throws Exception {
        return Scenario.defaults(SIMULATOR, 1).withParameter("stream", "permuted")
                .withParameter("tasks", Integer.toString(n)).parameters();
    }

    @Test
    void theFirstChartHoldsEveryTasksAccuracyWithTheTaskSwitchesMarked() throws Exception {
        for (int n : new int[] {2, 5, 10, 50}) {
            ChartSpec first = SIMULATOR.charts(tasks(n)).get(0);
            List<String> expected = new ArrayList<>();
            for (int j = 1; j <= n; j++) {
                expected.add("acc.task" + j);
            }
            assertEquals(expected, first.metrics(), n + " tasks");
            assertTrue(first.markMilestones(), "task switches are the milestones");
            assertEquals("accuracy", first.yLabel());
        }
    }

    @Test
    void everyMetricButTheTaskNumberIsOnExactlyOneChart() throws Exception {
        ParameterValues values = tasks(5);
        List<String> drawn = new ArrayList<>();
        for (ChartSpec c : SIMULATOR.charts(values)) {
            drawn.addAll(c.allMetrics());
            assertTrue(c.markMilestones(), c.title() + " marks the task switches");
            assertTrue(c.allMetrics().size() <= 5 || c.title().startsWith("Accuracy on each task"),
                    c.title() + " is not a wall of lines");
        }
        List<String> expected = new ArrayList<>(SIMULATOR.metrics(values).stream().map(MetricSpec::name).toList());
        expected.remove("task"); // the task number is what the markers show
        assertEquals(expected.stream().sorted().toList(), drawn.stream().sorted().toList());
        assertEquals(4, SIMULATOR.charts(values).size(), "four charts: two rows of two in the studio");
    }

    @Test
    void onlyTheLossChartOffersALogarithmicAxis() throws Exception {
        for (ChartSpec c : SIMULATOR.charts(tasks(5))) {
            assertEquals(c.metrics().equals(List.of("loss")), c.logYOffered(), c.title());
        }
    }
}
