package org.feedbackstudio.streams;

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
                StreamKind.fromWord(v.getString("stream")),
                v.getInt("tasks"),
                v.getInt("iterationsPerTask"),
                v.getInt("batchSize"),
                v.getDouble("rotationAngle"),
                v.getBoolean("online"),
                v.getString("strategy"),
                v.getInt("memorySize"),
                v.getInt("replayBatch"),
                v.getDouble("newDataWeight"),
                v.getDouble("rehearsalRatio"),
                v.getDouble("powerLawExponent"),
                v.getDouble("powerLawScale"),
                v.getDouble("exponentialScale"),
                v.getDouble("ewcLambda"),
                v.getInt("fisherSamples"),
                v.getInt("hidden"),
                v.getInt("layers"),
                v.getString("optimizer"),
                v.getDouble("learningRate"),
                v.getDouble("momentum"),
                v.getInt("evalEvery"),
                v.getInt("testSamples"),
                v.getString("dataFolder").strip(),
                v.getInt("threads"));
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
