package org.feedbackstudio.streams.data;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Draws the class-balanced subset of Fashion-MNIST that ships with the studio, reproducibly: for each
 * class, a seeded shuffle of that class's images picks the first {@code perClass}; the picks keep
 * the original file order.
 *
 * <p>The shipped files were made with the defaults:
 * <pre>
 * java -cp "target/feedback-studio.jar:target/lib/*" org.feedbackstudio.streams.data.BundledSubset \
 *      /usr/share/datasets/fashion-mnist assets/datasets/fashion-mnist-subset 1000 200 20240601
 * </pre>
 */
public final class BundledSubset {
    private static final Logger LOG = LoggerFactory.getLogger(BundledSubset.class);

    public static final int TRAIN_PER_CLASS = 1000;
    public static final int TEST_PER_CLASS = 200;
    public static final long SEED = 20240601L;

    private BundledSubset() {
    }

    /** Indices of {@code perClass} images of every class, ascending. */
    public static int[] select(LabelledImages images, int perClass, SplittableRandom random) {
        return IntStream.range(0, IdxReader.CLASSES)
                .flatMap(label -> {
                    int[] members = images.indicesOf(label);
                    if (members.length < perClass) {
                        throw new IllegalArgumentException("class " + label + " has " + members.length
                                + " images; cannot pick " + perClass);
                    }
                    shuffle(members, random);
                    return Arrays.stream(members, 0, perClass);
                })
                .sorted()
                .toArray();
    }

    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Writes the subset of the data set in {@code source} to {@code target}. */
    public static void make(Path source, Path target, int trainPerClass, int testPerClass, long seed)
            throws IdxFormatException, IOException {
        Dataset full = DatasetLoader.fromFolder(source);
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom trainRandom = random.split();
        SplittableRandom testRandom = random.split();
        LabelledImages train = full.train().select(select(full.train(), trainPerClass, trainRandom));
        LabelledImages test = full.test().select(select(full.test(), testPerClass, testRandom));
        Files.createDirectories(target);
        IdxWriter.write(train, target.resolve("train-images-idx3-ubyte.gz"),
                target.resolve("train-labels-idx1-ubyte.gz"));
        IdxWriter.write(test, target.resolve("t10k-images-idx3-ubyte.gz"),
                target.resolve("t10k-labels-idx1-ubyte.gz"));
        LOG.info("wrote {} training and {} test images to {}", train.count(), test.count(), target);
    }

    /** Arguments: source folder, target folder, training images per class, test images per class, seed. */
    public static void main(String[] args) throws IdxFormatException, IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        Path target = Path.of(args.length > 1 ? args[1] : "assets/datasets/fashion-mnist-subset");
        int train = args.length > 2 ? Integer.parseInt(args[2]) : TRAIN_PER_CLASS;
        int test = args.length > 3 ? Integer.parseInt(args[3]) : TEST_PER_CLASS;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : SEED;
        make(source, target, train, test, seed);
    }
}
