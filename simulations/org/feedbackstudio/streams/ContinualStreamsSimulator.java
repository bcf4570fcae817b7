package org.feedbackstudio.streams;

import ai.djl.ndarray.NDManager;
import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterSpace;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.core.Simulator;
import org.feedbackstudio.runtime.nn.Mlp;
import org.feedbackstudio.runtime.nn.MlpTrainer;
import org.feedbackstudio.runtime.nn.NeuralRuntime;
import org.feedbackstudio.runtime.nn.NeuralRuntimeException;
import org.feedbackstudio.streams.data.Dataset;
import org.feedbackstudio.streams.data.DatasetLoader;
import org.feedbackstudio.streams.data.IdxFormatException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Continual-learning streams: a neural network (an MLP trained in the embedded runtime) learns the
 * tasks of a permuted, split or rotated Fashion-MNIST stream one after another, with a chosen strategy
 * against forgetting, under continual evaluation (De Lange et al., ICLR 2023) so that the stability gap
 * — the dip in old tasks' accuracy right after a task switch — is plain to see.
 */
public final class ContinualStreamsSimulator implements Simulator {
    public static final String ID = "continual-streams";

    static final List<String> STRATEGIES = List.of("naive", "joint", "replay", "uniform-rehearsal",
            "power-law-rehearsal", "exponential-rehearsal", "ewc");
    /** Strategies that revisit old tasks' data, which a single-pass stream does not allow. */
    static final Set<String> REVISITING = Set.of("joint", "uniform-rehearsal", "power-law-rehearsal",
            "exponential-rehearsal");

    /** The most test images (over all tasks) a run evaluates: 50,000 images are 157 MB of floats. */
    static final long MAX_EVALUATION_IMAGES = 50_000;

    private static final String STREAM_GROUP = "Stream";
    private static final String STRATEGY_GROUP = "Strategy";
    private static final String MODEL_GROUP = "Model";
    private static final String EVALUATION_GROUP = "Evaluation";

    public static final Parameter<String> STREAM = Parameter.choice("stream", "split", "permuted", "split", "rotated")
            .withHelp("permuted: each task permutes the pixels; split: classes arrive in pairs; rotated: "
                    + "task k turns the images by (k−1) × rotationAngle")
            .inGroup(STREAM_GROUP);
    public static final Parameter<Long> TASKS = Parameter.integer("tasks", 5, 2, 50)
            .withHelp("Number of tasks in the stream (the split stream has at most 5)")
            .inGroup(STREAM_GROUP);
    public static final Parameter<Long> ITERATIONS_PER_TASK = Parameter.integer("iterationsPerTask", 100, 1, 100_000)
            .withHelp("Training iterations (batches) spent on each task").withUnit("iterations")
            .onLogScale().inGroup(STREAM_GROUP);
    public static final Parameter<Long> BATCH_SIZE = Parameter.integer("batchSize", 64, 1, 1024)
            .withHelp("New samples of the current task per training batch (the stream batch when online)")
            .onLogScale().inGroup(STREAM_GROUP);
    public static final Parameter<Double> ROTATION_ANGLE = Parameter.real("rotationAngle", 9.0, 0.0, 180.0, 0.5)
            .withHelp("Rotated stream: the angle added by each task").withUnit("°").inGroup(STREAM_GROUP);
    public static final Parameter<Boolean> ONLINE = Parameter.bool("online", false)
            .withHelp("Single pass: every training image is seen at most once (OnPro-style online "
                    + "continual learning)")
            .inGroup(STREAM_GROUP);
    public static final Parameter<String> DATA_FOLDER = Parameter.text("dataFolder", "")
            .withHelp("Folder with the IDX files of MNIST or Fashion-MNIST (e.g. "
                    + "/usr/share/datasets/fashion-mnist); empty uses the bundled subset")
            .withUnit(Parameter.FOLDER_UNIT)
            .inGroup(STREAM_GROUP);
    public static final Parameter<String> STRATEGY =
            Parameter.choice("strategy", "replay", STRATEGIES.toArray(String[]::new))
                    .withHelp("How the learner copes with the stream: fine-tune, train jointly, replay a "
                            + "memory, rehearse old tasks on a schedule, or EWC")
                    .inGroup(STRATEGY_GROUP);
    public static final Parameter<Long> MEMORY_SIZE = Parameter.integer("memorySize", 500, 0, 100_000)
            .withHelp("Replay: samples the reservoir memory holds").withUnit("samples")
            .onLogScale().inGroup(STRATEGY_GROUP);
    public static final Parameter<String> MEMORY_INTAKE = Parameter.choice("memoryIntake", "first-pass",
                    "first-pass", "every-pass")
            .withHelp("Replay: when an image is offered to the memory: on its first presentation only (a sample "
                    + "of each task's first pass, a deeper stability gap) or at every presentation")
            .inGroup(STRATEGY_GROUP);
    public static final Parameter<Long> REPLAY_BATCH = Parameter.integer("replayBatch", 64, 1, 1024)
            .withHelp("Replay: memory samples added to each batch").onLogScale().inGroup(STRATEGY_GROUP);
    public static final Parameter<Double> NEW_DATA_WEIGHT = Parameter.real("newDataWeight", 0.5, 0.0, 1.0, 0.05)
            .withHelp("Replay: weight λ of the new samples' mean loss; replayed samples get 1 − λ")
            .inGroup(STRATEGY_GROUP);
    public static final Parameter<Double> REHEARSAL_RATIO = Parameter.real("rehearsalRatio", 0.5, 0.0, 4.0, 0.05)
            .withHelp("Rehearsal: old samples mixed in per new sample (budget r × N per task)")
            .inGroup(STRATEGY_GROUP);
    public static final Parameter<Double> POWER_LAW_EXPONENT = Parameter.real("powerLawExponent", 5.6, 0.0, 10.0, 0.1)
            .withHelp("Power-law rehearsal: α in (1 + c·a)^(−α) for a task of age a")
            .inGroup(STRATEGY_GROUP);
    public static final Parameter<Double> POWER_LAW_SCALE = Parameter.real("powerLawScale", 0.1, 0.001, 10.0, 0.001)
            .withHelp("Power-law rehearsal: c in (1 + c·a)^(−α)").onLogScale().inGroup(STRATEGY_GROUP);
    public static final Parameter<Double> EXPONENTIAL_SCALE = Parameter.real("exponentialScale", 2.0, 0.1, 100.0, 0.1)
            .withHelp("Exponential rehearsal: β in e^(−a/β), in tasks").onLogScale().inGroup(STRATEGY_GROUP);
    public static final Parameter<Double> EWC_LAMBDA = Parameter.real("ewcLambda", 500.0, 0.01, 1.0e6, 0.01)
            .withHelp("EWC: strength λ of the quadratic penalty (λ/2)·Σ F·(θ − θ*)²").onLogScale()
            .inGroup(STRATEGY_GROUP);
    public static final Parameter<Long> FISHER_SAMPLES = Parameter.integer("fisherSamples", 200, 1, 10_000)
            .withHelp("EWC: training images of a finished task used to estimate its Fisher information")
            .onLogScale().inGroup(STRATEGY_GROUP);
    public static final Parameter<Long> HIDDEN = Parameter.integer("hidden", 128, 4, 2048)
            .withHelp("Units in each hidden layer of the MLP").onLogScale().inGroup(MODEL_GROUP);
    public static final Parameter<Long> LAYERS = Parameter.integer("layers", 2, 1, 6)
            .withHelp("Hidden layers of the MLP (ReLU)").inGroup(MODEL_GROUP);
    public static final Parameter<String> OPTIMIZER = Parameter.choice("optimizer", "adam", "adam", "sgd")
            .withHelp("Adam, or SGD with momentum (both as PyTorch defines them)").inGroup(MODEL_GROUP);
    public static final Parameter<Double> LEARNING_RATE = Parameter.real("learningRate", 0.001, 1.0e-5, 1.0, 1.0e-5)
            .withHelp("Optimiser step size; can change while the run goes").onLogScale().changeableLive()
            .inGroup(MODEL_GROUP);
    public static final Parameter<Double> MOMENTUM = Parameter.real("momentum", 0.9, 0.0, 0.99, 0.01)
            .withHelp("SGD only: heavy-ball momentum").inGroup(MODEL_GROUP);
    public static final Parameter<Long> THREADS = Parameter.integer("threads", 1, 1, 64)
            .withHelp("PyTorch intra-op threads; results are reproducible for a fixed thread count")
            .inGroup(MODEL_GROUP);
    public static final Parameter<Long> EVAL_EVERY = Parameter.integer("evalEvery", 1, 1, 10_000)
            .withHelp("Evaluate all seen tasks every this many iterations (and at every task end); 1 "
                    + "shows the stability gap").withUnit("iterations").onLogScale().changeableLive()
            .inGroup(EVALUATION_GROUP);
    public static final Parameter<Long> TEST_SAMPLES = Parameter.integer("testSamples", 200, 10, 10_000)
            .withHelp("Size of each task's fixed test subset (limited by the task with fewest test "
                    + "images)").withUnit("images").onLogScale().inGroup(EVALUATION_GROUP);

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(STREAM, TASKS, ITERATIONS_PER_TASK,
            BATCH_SIZE, ROTATION_ANGLE, ONLINE, DATA_FOLDER, STRATEGY, MEMORY_SIZE, MEMORY_INTAKE, REPLAY_BATCH, NEW_DATA_WEIGHT,
            REHEARSAL_RATIO, POWER_LAW_EXPONENT, POWER_LAW_SCALE, EXPONENTIAL_SCALE, EWC_LAMBDA, FISHER_SAMPLES,
            HIDDEN, LAYERS, OPTIMIZER, LEARNING_RATE, MOMENTUM, THREADS, EVAL_EVERY, TEST_SAMPLES);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Continual-learning streams";
    }

    @Override
    public String summary() {
        return "A neural network learns a stream of tasks one after another; per-iteration evaluation shows "
                + "forgetting, the stability gap and how replay, rehearsal and EWC fight them.";
    }

    @Override
    public String tickName() {
        return "iteration";
    }

    @Override
    public java.util.List<String> eventKinds() {
        return java.util.List.of("task-start", "task-end");
    }

    @Override
    public String workUnit() {
        return "samples";
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public void check(ParameterValues values) throws ScenarioException {
        StreamsSettings s = StreamsSettings.of(values);
        if (s.stream() == StreamKind.SPLIT && s.tasks() > StreamKind.SPLIT_MAX_TASKS) {
            throw ScenarioException.about(TASKS, "the split stream has " + StreamKind.SPLIT_MAX_TASKS
                    + " tasks of two classes each; choose at most " + StreamKind.SPLIT_MAX_TASKS + " tasks, "
                    + "or the permuted or rotated stream");
        }
        if ((long) s.tasks() * s.testSamples() > MAX_EVALUATION_IMAGES) {
            throw ScenarioException.about(TEST_SAMPLES, "tasks × testSamples = "
                    + (long) s.tasks() * s.testSamples() + " test images would be held in memory and scored at every "
                    + "evaluation; keep it at most " + MAX_EVALUATION_IMAGES + " (e.g. testSamples "
                    + MAX_EVALUATION_IMAGES / s.tasks() + " for " + s.tasks() + " tasks)");
        }
        if (s.online() && REVISITING.contains(s.strategy())) {
            throw ScenarioException.about(STRATEGY, "online mode sees every image once, so "
                    + s.strategy() + " (which revisits old tasks' data) is not available; use naive, replay or ewc");
        }
    }

    @Override
    public List<MetricSpec> metrics(ParameterValues values) {
        int tasks = values.getInt(TASKS);
        List<MetricSpec> m = new ArrayList<>();
        m.add(MetricSpec.perTick("task", "task being learned", ""));
        m.add(MetricSpec.perTick("loss", "training loss", "nats"));
        for (int j = 1; j <= tasks; j++) {
            m.add(MetricSpec.perTick("acc.task" + j, "task " + j, "")); // the chart's title says "accuracy"
        }
        m.add(MetricSpec.perTick("avgAcc", "mean over seen tasks", ""));
        m.add(MetricSpec.perTick("minACC", "worst dip of finished tasks (min-ACC)", ""));
        m.add(MetricSpec.perTick("WCACC", "worst-case accuracy (WC-ACC)", ""));
        for (int w : ContinualMetrics.WINDOWS) {
            m.add(MetricSpec.perTick("WF" + w, "largest drop within " + w + " evaluations (WF^" + w + ")", ""));
        }
        for (int w : ContinualMetrics.WINDOWS) {
            m.add(MetricSpec.perTick("WP" + w, "largest rise within " + w + " evaluations (WP^" + w + ")", ""));
        }
        m.add(MetricSpec.perTick("LCA", "speed of early learning (LCA^" + ContinualMetrics.LCA_BETA + ")", ""));
        m.add(MetricSpec.perMilestone("ACC", "mean accuracy at task ends (ACC)", ""));
        m.add(MetricSpec.perMilestone("forgetting", "forgetting at task ends", ""));
        return List.copyOf(m);
    }

    /**
     * Four charts, every metric but the task number on one of them, each with the task switches marked:
     * the per-task accuracies (where the stability gap shows as a dip of the old tasks right after each
     * switch), the summaries of accuracy, forgetting and plasticity, and the training loss.
     */
    @Override
    public List<ChartSpec> charts(ParameterValues values) {
        int tasks = values.getInt(TASKS);
        List<String> perTask = new ArrayList<>();
        for (int j = 1; j <= tasks; j++) {
            perTask.add("acc.task" + j);
        }
        return List.of(
                ChartSpec.overTicks("Accuracy on each task", "iteration (dotted lines: task switches)",
                        "accuracy", perTask).withMilestoneMarkers().withYRange(0, 1),
                ChartSpec.overTicks("Accuracy over the tasks seen", "iteration", "accuracy",
                        List.of("avgAcc", "ACC", "minACC", "WCACC", "LCA")).withMilestoneMarkers().withYRange(0, 1),
                ChartSpec.overTicks("Forgetting and plasticity", "iteration", "accuracy change",
                        List.of("forgetting", "WF10", "WF100", "WP10", "WP100")).withMilestoneMarkers(),
                ChartSpec.overTicks("Training loss", "iteration", "loss (nats)", List.of("loss")).withLogY()
                        .withMilestoneMarkers());
    }

    @Override
    public Simulation start(Scenario scenario, EventSink events) throws ScenarioException {
        ParameterValues values = scenario.parameters();
        check(values);
        StreamsSettings s = StreamsSettings.of(values);
        Dataset dataset = load(s.dataFolder());
        SplittableRandom root = Seeds.root(scenario.seed());
        SplittableRandom streamRandom = root.split();
        SplittableRandom samplerRandom = root.split();
        SplittableRandom strategyRandom = root.split();
        SplittableRandom modelRandom = root.split();
        List<StreamTask> tasks;
        try {
            tasks = StreamBuilder.build(s.stream(), s.tasks(), s.rotationAngle(), dataset, s.testSamples(),
                    streamRandom);
        } catch (IllegalArgumentException e) {
            throw ScenarioException.about(DATA_FOLDER, "the data in " + dataset.origin() + " cannot make this "
                    + "stream: " + e.getMessage() + " (its training images have " + classesOf(dataset.train())
                    + "; the split stream's task k needs images of classes 2k-2 and 2k-1 in both the training "
                    + "and the test files)");
        }
        if (s.online()) {
            int fewest = tasks.stream().mapToInt(StreamTask::trainCount).min().orElse(0);
            if ((long) s.iterationsPerTask() * s.batchSize() > fewest) {
                throw ScenarioException.about(ITERATIONS_PER_TASK, "online mode sees every image "
                        + "once, and a task has only " + fewest + " training images, so at most " + fewest
                        + " / batchSize = " + fewest / s.batchSize() + " iterations per task are possible");
            }
        }
        StreamData data = new StreamData(dataset, tasks, s.online(), samplerRandom);
        NDManager manager;
        try {
            manager = NeuralRuntime.engine().newBaseManager();
        } catch (NeuralRuntimeException e) {
            throw new ScenarioException(null, null, e.getMessage());
        }
        Mlp model = null;
        Strategy strategy = null;
        MlpTrainer trainer = null;
        try {
            model = Mlp.create(manager, s.modelShape(), modelRandom);
            strategy = strategy(s, data, manager, strategyRandom);
            trainer = new MlpTrainer(manager, model, s.optimizerSpec(), strategy.maxBatchRows(), s.threads());
            return new ContinualStreamsSimulation(s, data, metrics(values), events, manager, model, trainer,
                    strategy);
        } catch (RuntimeException | Error e) {
            closeQuietly(strategy, trainer, model);
            manager.close();
            throw e;
        }
    }

    /** "classes 0, 1" — the labels the images use. */
    private static String classesOf(org.feedbackstudio.streams.data.LabelledImages images) {
        java.util.TreeSet<Integer> seen = new java.util.TreeSet<>();
        for (int i = 0; i < images.count() && seen.size() < org.feedbackstudio.streams.data.IdxReader.CLASSES; i++) {
            seen.add(images.label(i));
        }
        StringBuilder sb = new StringBuilder(seen.size() == 1 ? "only class " : "classes ");
        seen.forEach(c -> sb.append(sb.charAt(sb.length() - 1) == ' ' ? "" : ", ").append(c));
        return sb.toString();
    }

    private static void closeQuietly(AutoCloseable... resources) {
        for (AutoCloseable r : resources) {
            if (r != null) {
                try {
                    r.close();
                } catch (Exception ignored) {
                    // already failing; the original error is the one to report
                }
            }
        }
    }

    static Strategy strategy(StreamsSettings s, StreamData data, NDManager manager, SplittableRandom random) {
        return switch (s.strategy()) {
            case "naive" -> new NaiveStrategy(data, s.batchSize());
            case "joint" -> new JointStrategy(data, s.batchSize(), random);
            case "replay" -> new ReplayStrategy(data, s.batchSize(), s.replayBatch(), s.memorySize(),
                    s.newDataWeight(), s.memoryIntake().equals("every-pass"), random);
            case "uniform-rehearsal", "power-law-rehearsal", "exponential-rehearsal" -> new RehearsalStrategy(data,
                    s.schedule(), s.strategy(), s.batchSize(), s.iterationsPerTask(), s.rehearsalRatio(), random);
            case "ewc" -> new EwcStrategy(data, s.batchSize(), s.ewcLambda(), s.fisherSamples(), manager, random);
            default -> throw new IllegalArgumentException("unknown strategy " + s.strategy());
        };
    }

    /** The bundled subset, or the IDX files in {@code folder}. */
    static Dataset load(String folder) throws ScenarioException {
        try {
            if (folder.isEmpty()) {
                return DatasetLoader.bundled();
            }
            return DatasetLoader.fromFolder(Path.of(folder));
        } catch (IdxFormatException e) {
            throw ScenarioException.about(DATA_FOLDER, e.getMessage());
        } catch (InvalidPathException e) {
            throw ScenarioException.about(DATA_FOLDER, "\"" + folder + "\" is not a valid path ("
                    + e.getReason() + ")");
        }
    }
}
