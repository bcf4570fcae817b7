package org.feedbackstudio.streams.data;

import java.util.Arrays;

/**
 * Grey-scale images (one unsigned byte per pixel, row-major) with a class label each. Immutable: the
 * arrays are copied in and never handed out.
 */
public final class LabelledImages {
    private final byte[] pixels;
    private final byte[] labels;
    private final int rows;
    private final int columns;

    public LabelledImages(byte[] pixels, byte[] labels, int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("images need at least one pixel");
        }
        if ((long) labels.length * rows * columns != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " pixels are not " + labels.length + " images of "
                    + rows + "×" + columns);
        }
        this.pixels = pixels.clone();
        this.labels = labels.clone();
        this.rows = rows;
        this.columns = columns;
    }

    public int count() {
        return labels.length;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public int pixelsPerImage() {
        return rows * columns;
    }

    /** The label of image {@code i}, 0–255. */
    public int label(int i) {
        return labels[i] & 0xFF;
    }

    /** Pixel {@code p} of image {@code i}, 0–255. */
    public int pixel(int i, int p) {
        return pixels[i * pixelsPerImage() + p] & 0xFF;
    }

    /** Copies image {@code i} into {@code out} at {@code offset}. */
    public void copyImage(int i, byte[] out, int offset) {
        System.arraycopy(pixels, i * pixelsPerImage(), out, offset, pixelsPerImage());
    }

    /** A copy of image {@code i}. */
    public byte[] image(int i) {
        return Arrays.copyOfRange(pixels, i * pixelsPerImage(), (i + 1) * pixelsPerImage());
    }

    /** Indices of the images with this label, ascending. */
    public int[] indicesOf(int label) {
        return java.util.stream.IntStream.range(0, count()).filter(i -> label(i) == label).toArray();
    }

    /** The images at these indices, in this order. */
    public LabelledImages select(int[] indices) {
        int size = pixelsPerImage();
        byte[] p = new byte[indices.length * size];
        byte[] l = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(pixels, indices[k] * size, p, k * size, size);
            l[k] = labels[indices[k]];
        }
        return new LabelledImages(p, l, rows, columns);
    }

    /** Package-private views for the IDX writer (no copies). */
    byte[] pixelArray() {
        return pixels;
    }

    byte[] labelArray() {
        return labels;
    }
}
