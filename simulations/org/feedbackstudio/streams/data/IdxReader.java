package org.feedbackstudio.streams.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the IDX files of MNIST and Fashion-MNIST, gzipped or not (recognised by content, not by name).
 *
 * <p>An IDX file starts with a magic number 0x00 0x00 TYPE DIMS, then DIMS big-endian 32-bit sizes,
 * then the data. Images are TYPE 0x08 (unsigned byte) with 3 dimensions (count, rows, columns) and
 * labels TYPE 0x08 with 1 dimension (count). Anything else is refused with the reason.
 */
public final class IdxReader {
    static final int UNSIGNED_BYTE = 0x08;
    static final int IMAGE_MAGIC = 0x00000803;
    static final int LABEL_MAGIC = 0x00000801;
    /** The most classes a label file may use (MNIST and Fashion-MNIST have ten). */
    public static final int CLASSES = 10;
    /**
     * The most images one file may declare: MNIST has 70,000 and the largest EMNIST split about 800,000, so a
     * header declaring more is damaged or hostile, and is refused before any memory is set aside for it.
     */
    public static final int MAX_IMAGES = 1_000_000;
    /** The largest image side accepted. */
    public static final int MAX_SIDE = 1024;

    private IdxReader() {
    }

    /** An image file's content. */
    record Images(int count, int rows, int columns, byte[] pixels) {
    }

    /**
     * Reads an image file and its label file and checks that they belong together.
     *
     * @param expectedRows    required image height, or 0 to accept any
     * @param expectedColumns required image width, or 0 to accept any
     */
    public static LabelledImages read(Path imageFile, Path labelFile, int expectedRows, int expectedColumns)
            throws IdxFormatException {
        // The headers first: sizes that disagree are refused before either file's data is read.
        int[] imageHeader = header(imageFile, IMAGE_MAGIC, "an image file", 3);
        int[] labelHeader = header(labelFile, LABEL_MAGIC, "a label file", 1);
        if (expectedRows > 0 && (imageHeader[1] != expectedRows || imageHeader[2] != expectedColumns)) {
            throw new IdxFormatException(imageFile.toString(), "holds " + imageHeader[1] + "×" + imageHeader[2]
                    + " images; expected " + expectedRows + "×" + expectedColumns);
        }
        if (labelHeader[0] != imageHeader[0]) {
            throw new IdxFormatException(labelFile.toString(), "declares " + labelHeader[0] + " labels but "
                    + imageFile.getFileName() + " declares " + imageHeader[0] + " images; they must match");
        }
        Images images = readImages(imageFile);
        byte[] labels = readLabels(labelFile);
        if (expectedRows > 0 && (images.rows() != expectedRows || images.columns() != expectedColumns)) {
            throw new IdxFormatException(imageFile.toString(), "holds " + images.rows() + "×" + images.columns()
                    + " images; expected " + expectedRows + "×" + expectedColumns);
        }
        if (labels.length != images.count()) {
            throw new IdxFormatException(labelFile.toString(), "holds " + labels.length + " labels but "
                    + imageFile.getFileName() + " holds " + images.count() + " images; they must match");
        }
        return new LabelledImages(images.pixels(), labels, images.rows(), images.columns());
    }

    /** The sizes an IDX file's header declares (checked against the bounds), read without reading its data. */
    private static int[] header(Path file, int magic, String kind, int dims) throws IdxFormatException {
        String name = file.toString();
        try (InputStream raw = open(file)) {
            DataInputStream in = new DataInputStream(maybeGunzip(raw));
            readMagic(in, name, magic, kind, dims);
            int[] sizes = new int[dims];
            for (int i = 0; i < dims; i++) {
                sizes[i] = in.readInt();
            }
            checkSizes(name, sizes);
            return sizes;
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    /** Counts within 0..MAX_IMAGES and image sides within 1..MAX_SIDE. */
    private static void checkSizes(String name, int[] sizes) throws IdxFormatException {
        if (sizes[0] < 0 || sizes[0] > MAX_IMAGES) {
            throw new IdxFormatException(name, String.format(Locale.ROOT, "declares %,d %s; at most %,d are "
                    + "accepted (the file is damaged, or not MNIST-like data)", Integer.toUnsignedLong(sizes[0]),
                    sizes.length == 1 ? "labels" : "images", MAX_IMAGES));
        }
        for (int i = 1; i < sizes.length; i++) {
            if (sizes[i] < 1 || sizes[i] > MAX_SIDE) {
                throw new IdxFormatException(name, String.format(Locale.ROOT, "declares images of %d×%d pixels; "
                        + "each side must be 1 to %d", sizes[1], sizes[2], MAX_SIDE));
            }
        }
    }

    /** Reads an image file (magic 0x00000803). */
    public static Images readImages(Path file) throws IdxFormatException {
        try (InputStream in = open(file)) {
            return readImages(in, file.toString());
        } catch (IOException e) {
            throw failure(file.toString(), e);
        }
    }

    /** Reads a label file (magic 0x00000801); every label must lie in 0..9. */
    public static byte[] readLabels(Path file) throws IdxFormatException {
        try (InputStream in = open(file)) {
            return readLabels(in, file.toString());
        } catch (IOException e) {
            throw failure(file.toString(), e);
        }
    }

    /** Reads images from a stream (gzipped or not); {@code name} names the source in messages. */
    public static Images readImages(InputStream raw, String name) throws IdxFormatException {
        try {
            DataInputStream in = new DataInputStream(maybeGunzip(raw));
            int magic = readMagic(in, name, IMAGE_MAGIC, "an image file", 3);
            int count = in.readInt();
            int rows = in.readInt();
            int columns = in.readInt();
            checkSizes(name, new int[] {count, rows, columns});
            if (count < 0 || rows < 1 || columns < 1) {
                throw new IdxFormatException(name, String.format(Locale.ROOT,
                        "declares %d images of %d×%d pixels (magic 0x%08X); sizes must be positive", count, rows,
                        columns, magic));
            }
            long bytes = (long) count * rows * columns;
            if (bytes > Integer.MAX_VALUE - 8) {
                throw new IdxFormatException(name, "declares " + count + " images of " + rows + "×" + columns
                        + ", more than the studio can hold in memory");
            }
            byte[] pixels = readExactly(in, (int) bytes, name, "pixels");
            expectEnd(in, name);
            return new Images(count, rows, columns, pixels);
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    /** Reads labels from a stream (gzipped or not). */
    public static byte[] readLabels(InputStream raw, String name) throws IdxFormatException {
        try {
            DataInputStream in = new DataInputStream(maybeGunzip(raw));
            readMagic(in, name, LABEL_MAGIC, "a label file", 1);
            int count = in.readInt();
            if (count < 0) {
                throw new IdxFormatException(name, "declares " + count + " labels; the count must not be negative");
            }
            checkSizes(name, new int[] {count});
            byte[] labels = readExactly(in, count, name, "labels");
            expectEnd(in, name);
            for (int i = 0; i < labels.length; i++) {
                int label = labels[i] & 0xFF;
                if (label >= CLASSES) {
                    throw new IdxFormatException(name, "label " + label + " at position " + i + " is outside 0–"
                            + (CLASSES - 1) + "; expected the ten classes of MNIST or Fashion-MNIST");
                }
            }
            return labels;
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        return Files.newInputStream(file);
    }

    private static InputStream maybeGunzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    private static int readMagic(DataInputStream in, String name, int expected, String kind, int dims)
            throws IOException, IdxFormatException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            throw new IdxFormatException(name, "ends before its 4-byte magic number (empty, truncated, or not an "
                    + "IDX file)");
        }
        if (magic == expected) {
            return magic;
        }
        String found = String.format(Locale.ROOT, "magic number 0x%08X", magic);
        String wanted = String.format(Locale.ROOT, "0x%08X for %s (unsigned bytes, %d dimension%s)", expected,
                kind, dims, dims == 1 ? "" : "s");
        if ((magic >>> 16) != 0) {
            throw new IdxFormatException(name, "is not an IDX file (" + found + "; expected " + wanted + ")");
        }
        int type = (magic >>> 8) & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new IdxFormatException(name, String.format(Locale.ROOT,
                    "holds data of type 0x%02X (%s); expected %s", type, found, wanted));
        }
        throw new IdxFormatException(name, "has " + (magic & 0xFF) + " dimensions (" + found + "); expected "
                + wanted + (dims == 3 && (magic & 0xFF) == 1 ? " — is this the label file?"
                : dims == 1 && (magic & 0xFF) == 3 ? " — is this the image file?" : ""));
    }

    private static byte[] readExactly(InputStream in, int n, String name, String what)
            throws IOException, IdxFormatException {
        byte[] data = in.readNBytes(n);
        if (data.length < n) {
            throw new IdxFormatException(name, "ends after " + data.length + " of " + n + " bytes of " + what
                    + " (the file is truncated or damaged)");
        }
        return data;
    }

    private static void expectEnd(InputStream in, String name) throws IOException, IdxFormatException {
        long extra = 0;
        while (in.read() != -1) {
            extra++;
            if (extra > 1_000_000) {
                break;
            }
        }
        if (extra > 0) {
            throw new IdxFormatException(name, "has " + (extra > 1_000_000 ? "more than 1000000" : extra)
                    + " bytes after the data its header declares (damaged, or not an IDX file)");
        }
    }

    private static IdxFormatException failure(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new IdxFormatException(name, "does not exist", e);
        }
        if (e instanceof EOFException) {
            return new IdxFormatException(name, "ends before its header is complete, or its gzip data is "
                    + "truncated (" + e.getMessage() + ")", e);
        }
        if (e instanceof ZipException) {
            return new IdxFormatException(name, "is not valid gzip data (" + e.getMessage() + ")", e);
        }
        return new IdxFormatException(name, "cannot be read (" + org.feedbackstudio.core.Outputs.reason(e) + ")", e);
    }
}
