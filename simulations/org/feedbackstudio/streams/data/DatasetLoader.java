package org.feedbackstudio.streams.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Finds and reads the data of a run: the compact Fashion-MNIST subset shipped with the studio, or the
 * full IDX files of MNIST or Fashion-MNIST in a folder the user chooses (Debian's
 * {@code dataset-fashion-mnist} package installs them in {@code /usr/share/datasets/fashion-mnist}).
 */
public final class DatasetLoader {
    /** Class-path folder of the bundled subset. */
    public static final String BUNDLED = "assets/datasets/fashion-mnist-subset/";

    /** The four files of a data set, by their usual names (without ".gz"). */
    enum Part {
        TRAIN_IMAGES("train-images-idx3-ubyte", "train-images.idx3-ubyte"),
        TRAIN_LABELS("train-labels-idx1-ubyte", "train-labels.idx1-ubyte"),
        TEST_IMAGES("t10k-images-idx3-ubyte", "t10k-images.idx3-ubyte"),
        TEST_LABELS("t10k-labels-idx1-ubyte", "t10k-labels.idx1-ubyte");

        final String name;
        final String altName;

        Part(String name, String altName) {
            this.name = name;
            this.altName = altName;
        }

        List<String> candidates() {
            return List.of(name + ".gz", name, altName + ".gz", altName);
        }
    }

    private DatasetLoader() {
    }

    /** The subset shipped with the studio (1,000 training and 200 test images per class). */
    public static Dataset bundled() throws IdxFormatException {
        LabelledImages train = readResource(Part.TRAIN_IMAGES, Part.TRAIN_LABELS);
        LabelledImages test = readResource(Part.TEST_IMAGES, Part.TEST_LABELS);
        return new Dataset(train, test, "bundled Fashion-MNIST subset", Dataset.FASHION_CLASSES);
    }

    /**
     * The four IDX files in {@code folder}, named as MNIST and Fashion-MNIST name them
     * ({@code train-images-idx3-ubyte[.gz]}, {@code train-labels-idx1-ubyte[.gz]},
     * {@code t10k-images-idx3-ubyte[.gz]}, {@code t10k-labels-idx1-ubyte[.gz]}).
     */
    public static Dataset fromFolder(Path folder) throws IdxFormatException {
        if (!Files.isDirectory(folder)) {
            throw new IdxFormatException(folder.toString(), Files.exists(folder) ? "is a file, not a folder"
                    : "does not exist; expected a folder holding the IDX files of MNIST or Fashion-MNIST");
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            throw new IdxFormatException(folder.toString(), "cannot be read: permission denied");
        }
        LabelledImages train = IdxReader.read(find(folder, Part.TRAIN_IMAGES), find(folder, Part.TRAIN_LABELS),
                Dataset.SIDE, Dataset.SIDE);
        LabelledImages test = IdxReader.read(find(folder, Part.TEST_IMAGES), find(folder, Part.TEST_LABELS),
                Dataset.SIDE, Dataset.SIDE);
        boolean fashion = folder.toAbsolutePath().toString().toLowerCase(Locale.ROOT).contains("fashion");
        return new Dataset(train, test, folder.toString(),
                fashion ? Dataset.FASHION_CLASSES : Dataset.NUMBERED_CLASSES);
    }

    static Path find(Path folder, Part part) throws IdxFormatException {
        for (String candidate : part.candidates()) {
            Path p = folder.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        // Only the names looked for are named: the folder may be any folder, and its listing is not ours to show.
        throw new IdxFormatException(folder.toString(), "has no " + part.name + " (nor " + part.name
                + ".gz, " + part.altName + "); expected the four IDX files of MNIST or Fashion-MNIST: "
                + "train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and "
                + "t10k-labels-idx1-ubyte, gzipped (.gz) or not");
    }

    private static LabelledImages readResource(Part images, Part labels) throws IdxFormatException {
        String imageName = BUNDLED + images.name + ".gz";
        String labelName = BUNDLED + labels.name + ".gz";
        IdxReader.Images pixels;
        byte[] labelBytes;
        try (InputStream in = resource(imageName)) {
            pixels = IdxReader.readImages(in, imageName);
        } catch (IOException e) {
            throw new IdxFormatException(imageName, "cannot be read (" + e + ")", e);
        }
        try (InputStream in = resource(labelName)) {
            labelBytes = IdxReader.readLabels(in, labelName);
        } catch (IOException e) {
            throw new IdxFormatException(labelName, "cannot be read (" + e + ")", e);
        }
        if (labelBytes.length != pixels.count()) {
            throw new IdxFormatException(labelName, labelBytes.length + " labels for " + pixels.count() + " images");
        }
        return new LabelledImages(pixels.pixels(), labelBytes, pixels.rows(), pixels.columns());
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DatasetLoader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the studio's bundled data set is missing from the class path");
        }
        return in;
    }
}
