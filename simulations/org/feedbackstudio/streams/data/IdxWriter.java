package org.feedbackstudio.streams.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes images and labels as IDX files (see {@link IdxReader}), gzipped when the name ends in
 * ".gz". Java's gzip header carries no time stamp, so the same data always gives the same bytes.
 */
public final class IdxWriter {
    private IdxWriter() {
    }

    /** Writes {@code data} as the image file {@code images} and the label file {@code labels}. */
    public static void write(LabelledImages data, Path images, Path labels) throws IOException {
        try (DataOutputStream out = open(images)) {
            out.writeInt(IdxReader.IMAGE_MAGIC);
            out.writeInt(data.count());
            out.writeInt(data.rows());
            out.writeInt(data.columns());
            out.write(data.pixelArray());
        }
        try (DataOutputStream out = open(labels)) {
            out.writeInt(IdxReader.LABEL_MAGIC);
            out.writeInt(data.count());
            out.write(data.labelArray());
        }
    }

    private static DataOutputStream open(Path file) throws IOException {
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            raw = new GZIPOutputStream(raw, 1 << 16);
        }
        return new DataOutputStream(raw);
    }
}
