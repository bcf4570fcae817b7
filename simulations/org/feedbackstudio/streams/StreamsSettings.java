package org.feedbackstudio.streams;

import org.feedbackstudio.core.Choice;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.runtime.nn.MlpShape;
import org.feedbackstudio.runtime.nn.OptimizerSpec;
import org.feedbackstudio.streams.data.Dataset;

/**
 * The parameters of a run, typed. See {@link ContinualStreamsSimulator#parameters()} for their meaning.
 */
public record StreamsSettings(
        StreamKind stream,
        int tasks,
        int iterationsPerTask,
        int batchSize,
        double rotationAngle,
        boolean online,
        String strategy,
        int memorySize,
        String memoryIntake,
        int replayBatch,
        double newDataWeight,
        double rehearsalRatio,
        double powerLawExponent,
        double powerLawScale,
        double exponentialScale,
        double ewcLambda,
        int fisherSamples,
        int hidden,
        int layers,
        String optimizer,
        double learningRate,
        double momentum,
        int evalEvery,
        int testSamples,
        String dataFolder,
        int threads) {

    public static StreamsSettings of(ParameterValues v) {
        return new StreamsSettings(
                Choice.byId(StreamKind.class, v.get(ContinualStreamsSimulator.STREAM)),
                v.getInt(ContinualStreamsSimulator.TASKS),
                v.getInt(ContinualStreamsSimulator.ITERATIONS_PER_TASK),
                v.getInt(ContinualStreamsSimulator.BATCH_SIZE),
                v.get(ContinualStreamsSimulator.ROTATION_ANGLE),
                v.get(ContinualStreamsSimulator.ONLINE),
                v.get(ContinualStreamsSimulator.STRATEGY),
                v.getInt(ContinualStreamsSimulator.MEMORY_SIZE),
                v.get(ContinualStreamsSimulator.MEMORY_INTAKE),
                v.getInt(ContinualStreamsSimulator.REPLAY_BATCH),
                v.get(ContinualStreamsSimulator.NEW_DATA_WEIGHT),
                v.get(ContinualStreamsSimulator.REHEARSAL_RATIO),
                v.get(ContinualStreamsSimulator.POWER_LAW_EXPONENT),
                v.get(ContinualStreamsSimulator.POWER_LAW_SCALE),
                v.get(ContinualStreamsSimulator.EXPONENTIAL_SCALE),
                v.get(ContinualStreamsSimulator.EWC_LAMBDA),
                v.getInt(ContinualStreamsSimulator.FISHER_SAMPLES),
                v.getInt(ContinualStreamsSimulator.HIDDEN),
                v.getInt(ContinualStreamsSimulator.LAYERS),
                v.get(ContinualStreamsSimulator.OPTIMIZER),
                v.get(ContinualStreamsSimulator.LEARNING_RATE),
                v.get(ContinualStreamsSimulator.MOMENTUM),
                v.getInt(ContinualStreamsSimulator.EVAL_EVERY),
                v.getInt(ContinualStreamsSimulator.TEST_SAMPLES),
                v.get(ContinualStreamsSimulator.DATA_FOLDER).strip(),
                v.getInt(ContinualStreamsSimulator.THREADS));
    }

    public long totalIterations() {
        return (long) tasks * iterationsPerTask;
    }

    public MlpShape modelShape() {
        return MlpShape.uniform(Dataset.PIXELS, hidden, layers, 10);
    }

    public OptimizerSpec optimizerSpec() {
        return optimizer.equals("sgd") ? new OptimizerSpec.Sgd(learningRate, momentum)
                : OptimizerSpec.Adam.of(learningRate);
    }

    /** The rehearsal schedule of a rehearsal strategy, or null for the others. */
    public RehearsalSchedule schedule() {
        return switch (strategy) {
            case "uniform-rehearsal" -> new RehearsalSchedule.Uniform();
            case "power-law-rehearsal" -> new RehearsalSchedule.PowerLaw(powerLawScale, powerLawExponent);
            case "exponential-rehearsal" -> new RehearsalSchedule.Exponential(exponentialScale);
            default -> null;
        };
    }
}
