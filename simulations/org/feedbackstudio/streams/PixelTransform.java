package org.feedbackstudio.streams;

import org.feedbackstudio.streams.data.LabelledImages;

import java.util.Arrays;

/**
 * What a task does to every image before the learner sees it: nothing, a fixed pixel permutation
 * (permuted stream) or a rotation (rotated stream). Pixels come out as floats in [0, 1].
 */
public sealed interface PixelTransform permits PixelTransform.Identity, PixelTransform.Permutation,
        PixelTransform.Rotation {

    /** Writes image {@code index} of {@code images}, transformed, into {@code out} from {@code offset}. */
    void apply(LabelledImages images, int index, float[] out, int offset);

    /** A few words for task names and the inspector. */
    String describe();

    float SCALE = 1f / 255f;

    /** The image as it is. */
    record Identity() implements PixelTransform {
        @Override
        public void apply(LabelledImages images, int index, float[] out, int offset) {
            int n = images.pixelsPerImage();
            for (int p = 0; p < n; p++) {
                out[offset + p] = images.pixel(index, p) * SCALE;
            }
        }

        @Override
        public String describe() {
            return "original images";
        }
    }

    /**
     * Output pixel p takes input pixel {@code source[p]}; the same permutation for every image of a task.
     */
    final class Permutation implements PixelTransform {
        private final int[] source;

        public Permutation(int[] source) {
            int[] sorted = source.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) {
                if (sorted[i] != i) {
                    throw new IllegalArgumentException("not a permutation of 0.." + (source.length - 1));
                }
            }
            this.source = source.clone();
        }

        /** A uniformly random permutation of {@code n} pixels (Fisher–Yates). */
        public static Permutation random(int n, java.util.SplittableRandom random) {
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
            return new Permutation(p);
        }

        public int source(int p) {
            return source[p];
        }

        @Override
        public void apply(LabelledImages images, int index, float[] out, int offset) {
            if (images.pixelsPerImage() != source.length) {
                throw new IllegalArgumentException("permutation of " + source.length + " pixels applied to images of "
                        + images.pixelsPerImage());
            }
            for (int p = 0; p < source.length; p++) {
                out[offset + p] = images.pixel(index, source[p]) * SCALE;
            }
        }

        @Override
        public String describe() {
            return "pixels permuted";
        }
    }

    /**
     * Counter-clockwise rotation by {@code degrees} about the image centre with bilinear interpolation;
     * pixels that come from outside the image are black. The four source pixels and weights of every
     * output pixel are computed once per task.
     */
    final class Rotation implements PixelTransform {
        private final double degrees;
        private final int side;
        private final int[] sources;   // 4 per output pixel, -1 when outside the image
        private final float[] weights; // 4 per output pixel

        public Rotation(double degrees, int side) {
            this.degrees = degrees;
            this.side = side;
            int n = side * side;
            this.sources = new int[4 * n];
            this.weights = new float[4 * n];
            double theta = Math.toRadians(degrees);
            double cos = Math.cos(theta);
            double sin = Math.sin(theta);
            double centre = (side - 1) / 2.0;
            for (int row = 0; row < side; row++) {
                for (int col = 0; col < side; col++) {
                    // Rows grow downwards, so a counter-clockwise turn on screen maps output (x, y) back to
                    // the source point (x cos θ − y sin θ, x sin θ + y cos θ) around the centre.
                    double x = col - centre;
                    double y = row - centre;
                    double sx = x * cos - y * sin + centre;
                    double sy = x * sin + y * cos + centre;
                    fill(row * side + col, sx, sy);
                }
            }
        }

        private void fill(int p, double sx, double sy) {
            int c0 = (int) Math.floor(sx);
            int r0 = (int) Math.floor(sy);
            double dx = sx - c0;
            double dy = sy - r0;
            int k = 4 * p;
            set(k, r0, c0, (1 - dx) * (1 - dy));
            set(k + 1, r0, c0 + 1, dx * (1 - dy));
            set(k + 2, r0 + 1, c0, (1 - dx) * dy);
            set(k + 3, r0 + 1, c0 + 1, dx * dy);
        }

        private void set(int k, int row, int col, double weight) {
            boolean inside = row >= 0 && row < side && col >= 0 && col < side;
            sources[k] = inside ? row * side + col : -1;
            weights[k] = inside ? (float) weight : 0f;
        }

        public double degrees() {
            return degrees;
        }

        @Override
        public void apply(LabelledImages images, int index, float[] out, int offset) {
            if (images.rows() != side || images.columns() != side) {
                throw new IllegalArgumentException("rotation for " + side + "×" + side + " images");
            }
            int n = side * side;
            for (int p = 0; p < n; p++) {
                float v = 0f;
                for (int k = 4 * p; k < 4 * p + 4; k++) {
                    int s = sources[k];
                    if (s >= 0) {
                        v += weights[k] * images.pixel(index, s);
                    }
                }
                out[offset + p] = v * SCALE;
            }
        }

        @Override
        public String describe() {
            return "rotated " + formatDegrees(degrees);
        }
    }

    static String formatDegrees(double degrees) {
        return (degrees == Math.rint(degrees) ? Long.toString((long) degrees) : Double.toString(degrees)) + "°";
    }
}
