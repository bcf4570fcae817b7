package org.feedbackstudio.streams;

import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.EventRecorder;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real, short training runs of the simulator. */
class ContinualStreamsSimulationTest {
    private static final ContinualStreamsSimulator SIMULATOR = new ContinualStreamsSimulator();

    /** A small, quick scenario: 2 split tasks of 60 iterations, a 64-unit network. */
    private static Scenario small(long seed, String... settings) throws ScenarioException {
        Scenario s = Scenario.defaults(SIMULATOR, seed)
                .withParameter("tasks", "2")
                .withParameter("iterationsPerTask", "60")
                .withParameter("batchSize", "32")
                .withParameter("replayBatch", "32")
                .withParameter("memorySize", "300")
                .withParameter("hidden", "64")
                .withParameter("evalEvery", "10");
        for (int i = 0; i < settings.length; i += 2) {
            s = s.withParameter(settings[i], settings[i + 1]);
        }
        return s;
    }

    private static ContinualStreamsSimulation start(Scenario s, EventSink events) throws ScenarioException {
        return assertInstanceOf(ContinualStreamsSimulation.class, SIMULATOR.start(s, events));
    }

    private static double metric(Simulation sim, String name) {
        double[] out = new double[sim.metrics().size()];
        sim.sample(out);
        for (int i = 0; i < out.length; i++) {
            if (sim.metrics().get(i).name().equals(name)) {
                return out[i];
            }
        }
        throw new AssertionError("no metric " + name);
    }

    /** Runs to the end and returns every frame. */
    private static List<double[]> frames(Scenario s) throws ScenarioException {
        List<double[]> frames = new ArrayList<>();
        try (Simulation sim = start(s, EventSink.NONE)) {
            while (!sim.isDone()) {
                sim.step();
                double[] out = new double[sim.metrics().size()];
                sim.sample(out);
                frames.add(out);
            }
        }
        return frames;
    }

    private static double finalForgetting(String strategy) throws ScenarioException {
        try (Simulation sim = start(small(11, "strategy", strategy), EventSink.NONE)) {
            while (!sim.isDone()) {
                sim.step();
            }
            return metric(sim, "forgetting");
        }
    }

    @Test
    void naiveFineTuningForgetsTheFirstTaskAndReplayForgetsItLess() throws Exception {
        double naive = finalForgetting("naive");
        double replay = finalForgetting("replay");
        assertTrue(naive > 0.6, "class-incremental fine-tuning forgets task 1 almost entirely: " + naive);
        assertTrue(replay < naive - 0.4, "replay keeps much of task 1: " + replay + " vs " + naive);
    }

    @Test
    void nativeMemoryDoesNotGrowAcrossTasks() throws Exception {
        for (String strategy : List.of("replay", "ewc", "power-law-rehearsal")) {
            Scenario s = small(3, "strategy", strategy, "stream", "permuted", "tasks", "4", "iterationsPerTask", "25",
                    "fisherSamples", "20");
            try (ContinualStreamsSimulation sim = start(s, EventSink.NONE)) {
                List<Integer> open = new ArrayList<>();
                while (!sim.isDone()) {
                    sim.step();
                    if (sim.atMilestone()) {
                        open.add(sim.openNativeArrays());
                    }
                }
                assertEquals(4, open.size());
                // After task 1 EWC allocates its Fisher sums once; from then on nothing accumulates.
                assertEquals(open.get(1), open.get(2), strategy + " " + open);
                assertEquals(open.get(1), open.get(3), strategy + " " + open);
                // Per layer (3 here): weight and bias with their gradients and two Adam moments, plus three
                // scratch tensors; then the input buffers, Adam's step, the test set and EWC's 2 × 6 sums.
                assertTrue(open.get(3) <= 3 * 11 + 3 + 1 + 2 + 13, strategy + " keeps only parameters, gradients, "
                        + "optimiser state, scratch buffers and the test set: " + open);
            }
        }
    }

    @Test
    void sameSeedSameNumbers() throws Exception {
        for (String strategy : List.of("ewc", "uniform-rehearsal", "joint")) {
            Scenario s = small(5, "strategy", strategy, "stream", "rotated", "rotationAngle", "30", "tasks", "3",
                    "iterationsPerTask", "20", "fisherSamples", "15", "evalEvery", "1");
            List<double[]> a = frames(s);
            List<double[]> b = frames(s);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.get(i), b.get(i), 0.0, strategy + " tick " + (i + 1));
            }
            List<double[]> other = frames(s.withSeed(6));
            boolean differ = false;
            for (int i = 0; i < a.size() && !differ; i++) {
                differ = !java.util.Arrays.equals(a.get(i), other.get(i));
            }
            assertTrue(differ, strategy + ": another seed gives other numbers");
        }
    }

    @Test
    void runsOnOtherThreadsAndSideBySideGiveTheSameNumbers() throws Exception {
        Scenario s = small(8, "iterationsPerTask", "20", "evalEvery", "1", "strategy", "ewc", "fisherSamples", "10");
        List<double[]> here = frames(s);
        List<AtomicReference<List<double[]>>> results = List.of(new AtomicReference<>(), new AtomicReference<>());
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (AtomicReference<List<double[]>> result : results) {
            Thread worker = new Thread(() -> {
                try {
                    result.set(frames(s));
                } catch (Exception | AssertionError e) {
                    failure.set(new Exception(e));
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        assertEquals(null, failure.get());
        for (AtomicReference<List<double[]>> result : results) {
            assertEquals(here.size(), result.get().size());
            for (int i = 0; i < here.size(); i++) {
                assertArrayEquals(here.get(i), result.get().get(i), 0.0, "tick " + (i + 1));
            }
        }
    }

    @Test
    void metricsFollowTheEvaluationsAndTaskEnds() throws Exception {
        try (ContinualStreamsSimulation sim = start(small(2, "evalEvery", "7"), EventSink.NONE)) {
            assertEquals(1.0, metric(sim, "task"));
            assertTrue(Double.isNaN(metric(sim, "acc.task1")), "nothing evaluated before the first iteration");
            for (int t = 1; t <= 60; t++) {
                sim.step();
                assertEquals(t == 60, sim.atMilestone());
                long expected = t == 60 ? 60 : t - t % 7;
                assertEquals(expected, sim.lastEvaluation(), "tick " + t);
                assertTrue(Double.isNaN(metric(sim, "acc.task2")), "task 2 is not seen yet");
            }
            double accTask1AtEnd = metric(sim, "acc.task1");
            assertEquals(accTask1AtEnd, metric(sim, "ACC"), 0.0);
            assertTrue(Double.isNaN(metric(sim, "forgetting")));
            sim.step();
            assertEquals(2.0, metric(sim, "task"));
            assertFalse(Double.isNaN(metric(sim, "acc.task1")), "task 1 keeps its last value");
            assertEquals(60, sim.lastEvaluation(), "tick 61 is not a multiple of 7");
            while (!sim.isDone()) {
                sim.step();
            }
            double a1 = metric(sim, "acc.task1");
            double a2 = metric(sim, "acc.task2");
            assertEquals((a1 + a2) / 2, metric(sim, "ACC"), 1e-12);
            assertEquals(accTask1AtEnd - a1, metric(sim, "forgetting"), 1e-12);
            assertEquals((a1 + a2) / 2, metric(sim, "avgAcc"), 1e-12);
            double groupSize = sim.data().task(1).testCount();
            assertEquals(Math.rint(a1 * groupSize), a1 * groupSize, 1e-9, "an accuracy is a count over the subset");
            StreamsView view = (StreamsView) sim.inspect().detail();
            assertEquals(List.of(accTask1AtEnd, Double.NaN), view.accuracyMatrix().get(0));
            assertEquals(List.of(a1, a2), view.accuracyMatrix().get(1));
            assertEquals(List.of(60L, 120L), view.taskEnds());
        }
    }

    @Test
    void workDoneCountsEveryTrainedSample() throws Exception {
        try (Simulation sim = start(small(1, "strategy", "naive"), EventSink.NONE)) {
            for (int i = 0; i < 10; i++) {
                sim.step();
            }
            assertEquals(10 * 32, sim.workDone());
        }
        try (Simulation sim = start(small(1, "strategy", "replay", "memorySize", "40"), EventSink.NONE)) {
            sim.step();
            assertEquals(32, sim.workDone(), "empty memory on the first batch");
            sim.step();
            assertEquals(32 + 32 + 32, sim.workDone(), "32 new and 32 of the 32 remembered");
            sim.step();
            assertEquals(96 + 32 + 32, sim.workDone());
        }
    }

    @Test
    void theInspectorShowsTheLearnerAndTheStream() throws Exception {
        Scenario s = small(4, "stream", "permuted", "tasks", "3", "iterationsPerTask", "5",
                "strategy", "power-law-rehearsal");
        try (ContinualStreamsSimulation sim = start(s, EventSink.NONE)) {
            for (int i = 0; i < 6; i++) {
                sim.step();
            }
            AgentView learner = sim.inspect().agents().get(0);
            Map<String, String> p = learner.properties();
            assertEquals("power-law-rehearsal", p.get("strategy"));
            assertTrue(p.get("task").startsWith("2 of 3: permutation 1"), p.get("task"));
            assertTrue(p.get("model").startsWith("MLP 784-64-64-10"), p.get("model"));
            StreamsView view = (StreamsView) sim.inspect().detail();
            assertEquals(2, view.currentTask());
            assertEquals(List.of("original images", "permutation 1", "permutation 2"), view.taskNames());
            assertEquals(3 * ContinualStreamsSimulation.SAMPLES_PER_TASK, view.samples().size());
            // The plan for task 2: the whole budget (0.5 × 5 × 32 = 80) goes to task 1.
            assertEquals(List.of(80L), view.rehearsalPlan());
            double[] shares = new RehearsalSchedule.PowerLaw(0.1, 5.6).shares(2);
            assertEquals(shares[0], view.scheduleShares().get(0), 1e-15);
            // A sample image of task 2 is the original image with task 2's permutation.
            SampleImage image = view.samples().get(ContinualStreamsSimulation.SAMPLES_PER_TASK);
            assertEquals(2, image.task());
            StreamTask task2 = sim.data().task(2);
            PixelTransform.Permutation perm = (PixelTransform.Permutation) task2.transform();
            int index = sim.data().sampler(2).peek(0);
            float[] pixels = image.pixels();
            for (int q = 0; q < 784; q++) {
                assertEquals(sim.data().dataset().train().pixel(index, perm.source(q)) / 255f, pixels[q], 1e-7);
            }
        }
    }

    @Test
    void eventsMarkTaskStartsAndEnds() throws Exception {
        EventRecorder sink = new EventRecorder();
        List<SimEvent> events = sink.events;
        try (Simulation sim = start(small(4, "iterationsPerTask", "5"), sink)) {
            while (!sim.isDone()) {
                sim.step();
            }
            assertEquals(List.of("task-start", "task-end", "task-start", "task-end"),
                    events.stream().map(SimEvent::kind).toList());
            assertEquals(1L, events.get(0).tick());
            assertEquals(5L, events.get(1).tick());
            assertEquals(6L, events.get(2).tick());
            assertEquals(2, events.get(3).data().get("task"));
            assertEquals(metric(sim, "forgetting"), (Double) events.get(3).data().get("forgetting"), 0.0);
            assertEquals(List.of(metric(sim, "acc.task1"), metric(sim, "acc.task2")),
                    events.get(3).data().get("accuracies"));
            // the log line says it in words, the abbreviation after
            assertEquals(String.format(java.util.Locale.ROOT,
                    "Task 2 ends: mean accuracy %.3f over the 2 tasks so far (ACC), forgetting %.3f",
                    metric(sim, "ACC"), metric(sim, "forgetting")), events.get(3).text());
            assertTrue(events.get(1).text().startsWith("Task 1 ends: accuracy "), events.get(1).text());
        }
    }

    @Test
    void theLearningRateCanChangeWhileTheRunGoes() throws Exception {
        Scenario s = small(9, "iterationsPerTask", "10");
        List<float[]> unchanged;
        try (ContinualStreamsSimulation sim = start(s, EventSink.NONE)) {
            for (int i = 0; i < 5; i++) {
                sim.step();
            }
            unchanged = sim.model().parameterValues();
        }
        try (ContinualStreamsSimulation sim = start(s, EventSink.NONE)) {
            for (int i = 0; i < 4; i++) {
                sim.step();
            }
            assertTrue(sim.applyLive(ContinualStreamsSimulator.LEARNING_RATE.changeTo(0.05)));
            assertTrue(sim.inspect().agents().get(0).properties().get("optimizer").contains("lr 0.05"));
            sim.step();
            assertFalse(java.util.Arrays.equals(unchanged.get(0), sim.model().parameterValues().get(0)));
            assertTrue(sim.applyLive(ContinualStreamsSimulator.EVAL_EVERY.changeTo(3L)));
            sim.step();
            sim.step();
            assertEquals(6, sim.lastEvaluation());
            assertFalse(sim.applyLive(ContinualStreamsSimulator.HIDDEN.changeTo(10L)));
        }
    }

    @Test
    void onlineModeSeesEveryImageOnce() throws Exception {
        // Split tasks have 2,000 training images: 200 batches of 10 fit, 201 do not.
        Scenario fits = small(1, "online", "true", "batchSize", "10", "iterationsPerTask", "200");
        try (ContinualStreamsSimulation sim = start(fits, EventSink.NONE)) {
            for (int i = 0; i < 200; i++) {
                sim.step();
            }
            assertEquals(0, sim.data().sampler(1).pass(), "still in the first and only pass");
        }
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> SIMULATOR.start(fits.withParameter("iterationsPerTask", "201"), EventSink.NONE));
        assertEquals("parameters.iterationsPerTask", e.field());
        assertTrue(e.getMessage().contains("2000 training images"), e.getMessage());
    }

    @Test
    void crossFieldRulesAreCheckedClearly() throws Exception {
        ScenarioException tasks = assertThrows(ScenarioException.class,
                () -> SIMULATOR.check(small(1, "tasks", "6").parameters()));
        assertEquals("parameters.tasks", tasks.field());
        SIMULATOR.check(small(1, "tasks", "6", "stream", "rotated").parameters());
        ScenarioException online = assertThrows(ScenarioException.class,
                () -> SIMULATOR.check(small(1, "online", "true", "strategy", "joint").parameters()));
        assertEquals("parameters.strategy", online.field());
        assertTrue(online.getMessage().contains("naive, replay or ewc"));
        ScenarioException big = assertThrows(ScenarioException.class, () -> SIMULATOR.check(
                small(1, "stream", "permuted", "tasks", "50", "testSamples", "1001").parameters()));
        assertEquals("parameters.testSamples", big.field());
        SIMULATOR.check(small(1, "stream", "permuted", "tasks", "50", "testSamples", "1000").parameters());
    }

    @Test
    void metricsAreDeclaredPerTask() throws Exception {
        List<MetricSpec> m = SIMULATOR.metrics(small(1, "tasks", "4", "stream", "permuted").parameters());
        List<String> names = m.stream().map(MetricSpec::name).toList();
        assertEquals(List.of("task", "loss", "acc.task1", "acc.task2", "acc.task3", "acc.task4", "avgAcc", "minACC",
                "WCACC", "WF10", "WF100", "WP10", "WP100", "LCA", "ACC", "forgetting"), names);
        assertEquals(MetricSpec.Cadence.MILESTONE, m.get(names.indexOf("ACC")).cadence());
        assertEquals(MetricSpec.Cadence.TICK, m.get(names.indexOf("WCACC")).cadence());
    }

    @Test
    void stepsAfterTheEndOrAfterCloseAreRefused() throws Exception {
        ContinualStreamsSimulation sim = start(small(1, "iterationsPerTask", "1"), EventSink.NONE);
        sim.step();
        sim.step();
        assertTrue(sim.isDone());
        assertThrows(IllegalStateException.class, sim::step);
        sim.close();
        sim.close();
        assertThrows(IllegalStateException.class, sim::step);
    }
}
