package org.feedbackstudio.streams;

import ai.djl.ndarray.NDManager;
import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.ParameterChange;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.runtime.nn.EvaluationSet;
import org.feedbackstudio.runtime.nn.Mlp;
import org.feedbackstudio.runtime.nn.MlpTrainer;
import org.feedbackstudio.runtime.nn.TrainingBatch;
import org.feedbackstudio.streams.data.Dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One continual-learning run: an MLP meets the tasks of a stream one after another, one training
 * iteration per tick, and is evaluated on the fixed test subset of every task seen so far every
 * {@code evalEvery} iterations and at every task end.
 */
final class ContinualStreamsSimulation implements Simulation {
    static final int SAMPLES_PER_TASK = 4;

    private final StreamsSettings settings;
    private final StreamData data;
    private final List<MetricSpec> metrics;
    private final EventSink events;
    private final NDManager root;
    private final Mlp model;
    private final MlpTrainer trainer;
    private final Strategy strategy;
    private final TrainingBatch batch;
    private final ContinualMetrics continual;
    private final List<SampleImage> samples;
    private EvaluationSet evaluation;
    private int evalEvery;
    private long tick;
    private long samplesTrained;
    private double lastLoss = Double.NaN;
    private boolean milestone;
    private boolean closed;

    /** Takes ownership of {@code root} and everything in it; closes them in {@link #close()}. */
    ContinualStreamsSimulation(StreamsSettings settings, StreamData data, List<MetricSpec> metrics, EventSink events,
                               NDManager root, Mlp model, MlpTrainer trainer, Strategy strategy) {
        this.settings = settings;
        this.data = data;
        this.metrics = List.copyOf(metrics);
        this.events = events;
        this.root = root;
        this.model = model;
        this.trainer = trainer;
        this.strategy = strategy;
        this.batch = new TrainingBatch(strategy.maxBatchRows(), Dataset.PIXELS);
        this.continual = new ContinualMetrics(settings.tasks(), settings.iterationsPerTask());
        this.evalEvery = settings.evalEvery();
        this.samples = sampleImages(data);
    }

    private static List<SampleImage> sampleImages(StreamData data) {
        List<SampleImage> out = new ArrayList<>();
        for (StreamTask task : data.tasks()) {
            TaskSampler sampler = data.sampler(task.number());
            for (int i = 0; i < Math.min(SAMPLES_PER_TASK, sampler.size()); i++) {
                int image = sampler.peek(i);
                float[] pixels = new float[Dataset.PIXELS];
                task.transform().apply(data.dataset().train(), image, pixels, 0);
                int label = data.dataset().train().label(image);
                out.add(new SampleImage(task.number(), label, data.dataset().classNames().get(label), Dataset.SIDE,
                        pixels));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public long tick() {
        return tick;
    }

    @Override
    public long totalTicks() {
        return settings.totalIterations();
    }

    @Override
    public long workDone() {
        return samplesTrained;
    }

    @Override
    public boolean atMilestone() {
        return milestone;
    }

    @Override
    public void step() {
        if (closed) {
            throw new IllegalStateException("the simulation is closed");
        }
        if (isDone()) {
            throw new IllegalStateException("the run is complete after " + tick + " iterations");
        }
        int ipt = settings.iterationsPerTask();
        int task = (int) (tick / ipt) + 1;
        int iteration = (int) (tick % ipt);
        if (iteration == 0) {
            startTask(task);
        }
        batch.clear();
        strategy.fillBatch(batch, task, iteration);
        lastLoss = trainer.step(batch, strategy.gradientAdjustment());
        samplesTrained += batch.size();
        tick++;
        boolean taskEnd = iteration == ipt - 1;
        if (taskEnd || tick % evalEvery == 0) {
            evaluate(task);
        }
        if (taskEnd) {
            endTask(task);
        }
        milestone = taskEnd;
    }

    private void startTask(int task) {
        if (evaluation != null) {
            evaluation.close();
        }
        int perTask = data.task(1).testCount();
        float[] features = new float[task * perTask * Dataset.PIXELS];
        int[] labels = new int[task * perTask];
        for (int t = 1; t <= task; t++) {
            data.testSet(t, features, (t - 1) * perTask * Dataset.PIXELS, labels, (t - 1) * perTask);
        }
        evaluation = EvaluationSet.create(root, features, labels, Dataset.PIXELS, task);
        strategy.startTask(task);
        if (events.wants("task-start")) {
            StreamTask t = data.task(task);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("task", task);
            d.put("name", t.name());
            d.put("trainingImages", t.trainCount());
            d.put("testImages", t.testCount());
            List<Long> plan = strategy.rehearsalPlan();
            if (!plan.isEmpty()) {
                d.put("rehearsalByAge", plan);
            }
            events.publish(new SimEvent(tick + 1, "task-start", "Task " + task + " of " + settings.tasks()
                    + " starts: " + t.name(), d));
        }
    }

    private void evaluate(int task) {
        long[] correct = trainer.countCorrect(evaluation);
        double[] accuracies = new double[task];
        for (int j = 0; j < task; j++) {
            accuracies[j] = (double) correct[j] / evaluation.groupSize();
        }
        continual.record(tick, accuracies);
    }

    private void endTask(int task) {
        strategy.endTask(task, trainer);
        if (events.wants("task-end")) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("task", task);
            List<Double> row = new ArrayList<>();
            for (int j = 1; j <= task; j++) {
                row.add(continual.accuracy(j));
            }
            d.put("accuracies", row);
            d.put("ACC", continual.acc());
            if (task > 1) {
                d.put("forgetting", continual.forgetting());
            }
            String text = String.format(Locale.ROOT, "Task %d ends: %s %.3f%s (ACC)", task,
                    task == 1 ? "accuracy" : "mean accuracy", continual.acc(),
                    task == 1 ? "" : " over the " + task + " tasks so far")
                    + (task > 1 ? String.format(Locale.ROOT, ", forgetting %.3f", continual.forgetting()) : "");
            events.publish(new SimEvent(tick, "task-end", text, d));
        }
    }

    @Override
    public void sample(double[] out) {
        int i = 0;
        out[i++] = tick == 0 ? 1 : continual.taskAt(tick);
        out[i++] = lastLoss;
        for (int j = 1; j <= settings.tasks(); j++) {
            out[i++] = continual.accuracy(j);
        }
        out[i++] = continual.averageAccuracy();
        out[i++] = continual.minAcc();
        out[i++] = continual.wcAcc();
        for (int w : ContinualMetrics.WINDOWS) {
            out[i++] = continual.windowedForgetting(w);
        }
        for (int w : ContinualMetrics.WINDOWS) {
            out[i++] = continual.windowedPlasticity(w);
        }
        out[i++] = continual.lca();
        out[i++] = continual.acc();
        out[i] = continual.forgetting();
    }

    @Override
    public Inspection<StreamsView> inspect() {
        int current = tick == 0 ? 1 : continual.taskAt(tick);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("strategy", strategy.word());
        p.put("stream", settings.stream().id() + (settings.online() ? " (online, single pass)" : ""));
        p.put("task", current + " of " + settings.tasks() + ": " + data.task(current).name());
        p.put("iteration", tick + " of " + totalTicks());
        p.put("model", "MLP " + model.shape() + ", " + model.shape().parameterCount() + " parameters");
        p.put("optimizer", settings.optimizerSpec().withLearningRate(trainer.learningRate()).toString());
        p.put("last loss", Double.isNaN(lastLoss) ? "–" : String.format(Locale.ROOT, "%.4f", lastLoss));
        p.put("samples trained", Long.toString(samplesTrained));
        strategy.describe(p);
        List<Integer> memory = strategy.memoryPerTask();
        if (!memory.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (int t = 0; t < memory.size() && t < current; t++) {
                sb.append(t == 0 ? "" : ", ").append("task ").append(t + 1).append(": ").append(memory.get(t));
            }
            p.put("memory per task", sb.toString());
        }
        AgentView learner = new AgentView("learner", "Learner (" + strategy.word() + ")", p);
        return new Inspection<>(tick, List.of(learner), view(current));
    }

    private StreamsView view(int current) {
        List<String> names = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        for (StreamTask t : data.tasks()) {
            names.add(t.name());
            ends.add(continual.endOf(t.number()));
        }
        double[][] m = continual.accuracyMatrix();
        List<List<Double>> rows = new ArrayList<>();
        for (int k = 0; k < continual.finishedTasks(); k++) {
            List<Double> row = new ArrayList<>();
            for (double a : m[k]) {
                row.add(a);
            }
            rows.add(row);
        }
        List<Double> shares = new ArrayList<>();
        RehearsalSchedule schedule = settings.schedule();
        if (schedule != null && settings.tasks() > 1) {
            for (double s : schedule.shares(settings.tasks() - 1)) {
                shares.add(s);
            }
        }
        return new StreamsView(settings.stream().id(), strategy.word(), current, names, ends, rows, shares,
                strategy.rehearsalPlan(), strategy.memoryPerTask(), samples);
    }

    @Override
    public boolean applyLive(ParameterChange change) {
        return change.apply(ContinualStreamsSimulator.LEARNING_RATE, trainer::setLearningRate)
                || change.apply(ContinualStreamsSimulator.EVAL_EVERY, every -> evalEvery = Math.toIntExact(every));
    }

    /** Native arrays still open under this run's root manager (for leak checks). */
    int openNativeArrays() {
        return root.getManagedArrays().size();
    }

    StreamData data() {
        return data;
    }

    /** Iteration of the latest evaluation. */
    long lastEvaluation() {
        return continual.lastEvaluation();
    }

    Mlp model() {
        return model;
    }

    Strategy strategy() {
        return strategy;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            strategy.close();
            trainer.close();
            model.close();
            if (evaluation != null) {
                evaluation.close();
            }
        } finally {
            root.close();
        }
    }
}
