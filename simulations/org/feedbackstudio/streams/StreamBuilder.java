package org.feedbackstudio.streams;

import org.feedbackstudio.streams.data.Dataset;
import org.feedbackstudio.streams.data.LabelledImages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Builds the tasks of a stream from a data set. */
public final class StreamBuilder {
    private StreamBuilder() {
    }

    /**
     * The tasks of a stream. Each task takes its own random stream from {@code random}, in task order,
     * for its permutation and its test subset.
     *
     * @param tasks        number of tasks (at most 5 for the split stream)
     * @param angle        rotation step of the rotated stream, degrees
     * @param testSamples  test images per task at most; every task gets the same number, limited by the
     *                     task with the fewest test images
     */
    public static List<StreamTask> build(StreamKind kind, int tasks, double angle, Dataset data, int testSamples,
                                         SplittableRandom random) {
        if (kind == StreamKind.SPLIT && tasks > StreamKind.SPLIT_MAX_TASKS) {
            throw new IllegalArgumentException("the split stream has at most " + StreamKind.SPLIT_MAX_TASKS + " tasks");
        }
        List<int[]> trainPools = new ArrayList<>();
        List<int[]> testPools = new ArrayList<>();
        for (int k = 1; k <= tasks; k++) {
            trainPools.add(kind == StreamKind.SPLIT ? classes(data.train(), k) : all(data.train()));
            testPools.add(kind == StreamKind.SPLIT ? classes(data.test(), k) : all(data.test()));
        }
        int perTask = Math.min(testSamples, testPools.stream().mapToInt(p -> p.length).min().orElse(0));
        List<StreamTask> out = new ArrayList<>();
        for (int k = 1; k <= tasks; k++) {
            SplittableRandom taskRandom = random.split();
            PixelTransform transform = transform(kind, k, angle, taskRandom);
            int[] test = pick(testPools.get(k - 1), perTask, taskRandom);
            out.add(new StreamTask(k, name(kind, k, transform, data), transform, trainPools.get(k - 1), test));
        }
        return List.copyOf(out);
    }

    static PixelTransform transform(StreamKind kind, int k, double angle, SplittableRandom random) {
        return switch (kind) {
            case SPLIT -> new PixelTransform.Identity();
            case PERMUTED -> k == 1 ? new PixelTransform.Identity()
                    : PixelTransform.Permutation.random(Dataset.PIXELS, random);
            case ROTATED -> new PixelTransform.Rotation((k - 1) * angle, Dataset.SIDE);
        };
    }

    static String name(StreamKind kind, int k, PixelTransform transform, Dataset data) {
        return switch (kind) {
            case SPLIT -> {
                int a = 2 * (k - 1);
                int b = a + 1;
                yield "classes " + a + " & " + b + " (" + data.classNames().get(a) + ", " + data.classNames().get(b)
                        + ")";
            }
            case PERMUTED -> k == 1 ? "original images" : "permutation " + (k - 1);
            case ROTATED -> transform.describe();
        };
    }

    /** The images of the two classes of split task k. */
    static int[] classes(LabelledImages images, int k) {
        int first = StreamKind.SPLIT_CLASSES_PER_TASK * (k - 1);
        return IntStream.range(0, images.count())
                .filter(i -> images.label(i) >= first && images.label(i) < first + StreamKind.SPLIT_CLASSES_PER_TASK)
                .toArray();
    }

    static int[] all(LabelledImages images) {
        return IntStream.range(0, images.count()).toArray();
    }

    /** {@code n} distinct entries of {@code pool}, chosen uniformly, ascending. */
    static int[] pick(int[] pool, int n, SplittableRandom random) {
        int[] a = pool.clone();
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        int[] chosen = Arrays.copyOf(a, n);
        Arrays.sort(chosen);
        return chosen;
    }
}
