package org.feedbackstudio.streams.data;

import java.util.List;
import java.util.Objects;

/**
 * A training and a test set of 28×28 grey-scale images in ten classes.
 *
 * @param train      training images
 * @param test       test images
 * @param origin     where they came from, for the Info line ("bundled Fashion-MNIST subset", a folder)
 * @param classNames a short name per class label 0..9
 */
public record Dataset(LabelledImages train, LabelledImages test, String origin, List<String> classNames) {
    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;

    /** Fashion-MNIST's classes, by label. */
    public static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress",
            "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** Neutral names when the files do not say which data set they are. */
    public static final List<String> NUMBERED_CLASSES = List.of("class 0", "class 1", "class 2", "class 3",
            "class 4", "class 5", "class 6", "class 7", "class 8", "class 9");

    public Dataset {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        classNames = List.copyOf(classNames);
        if (classNames.size() != IdxReader.CLASSES) {
            throw new IllegalArgumentException("ten class names expected");
        }
    }
}
