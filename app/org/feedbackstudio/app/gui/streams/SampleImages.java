package org.feedbackstudio.app.gui.streams;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.feedbackstudio.streams.SampleImage;

/**
 * Training images as the learner sees them, turned into pictures: each grey value in [0, 1] becomes an
 * opaque grey pixel (0 black, 1 white, as Fashion-MNIST stores them), enlarged by whole pixels so that
 * the 28 × 28 grid stays sharp instead of being smoothed.
 */
final class SampleImages {
    private SampleImages() {
    }

    /** The 8-bit grey of a value in [0, 1], clamped; NaN counts as black. */
    static int grey(float value) {
        if (!(value > 0)) {
            return 0;
        }
        return value >= 1 ? 255 : Math.round(value * 255f);
    }

    /**
     * The image's ARGB pixels, row-major, {@code side·scale} wide and high: every source pixel becomes a
     * {@code scale × scale} block.
     */
    static int[] argb(float[] pixels, int side, int scale) {
        if (pixels.length != side * side) {
            throw new IllegalArgumentException(pixels.length + " pixels for a " + side + "×" + side + " image");
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1: " + scale);
        }
        int width = side * scale;
        int[] out = new int[width * width];
        for (int y = 0; y < width; y++) {
            int row = y / scale * side;
            for (int x = 0; x < width; x++) {
                int g = grey(pixels[row + x / scale]);
                out[y * width + x] = 0xFF000000 | g << 16 | g << 8 | g;
            }
        }
        return out;
    }

    /** The picture of a sample, enlarged {@code scale} times. */
    static WritableImage image(SampleImage sample, int scale) {
        int width = sample.side() * scale;
        WritableImage image = new WritableImage(width, width);
        image.getPixelWriter().setPixels(0, 0, width, width, PixelFormat.getIntArgbInstance(),
                argb(sample.pixels(), sample.side(), scale), 0, width);
        return image;
    }

    /** The caption of a task's row: "task 3: rotated 90°". */
    static String caption(int task, String name) {
        return "task " + task + ": " + name;
    }
}
