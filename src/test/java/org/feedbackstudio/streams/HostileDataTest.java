package org.feedbackstudio.streams;

import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.streams.data.DatasetLoader;
import org.feedbackstudio.streams.data.IdxFormatException;
import org.feedbackstudio.streams.data.IdxReader;
import org.feedbackstudio.streams.data.IdxWriter;
import org.feedbackstudio.streams.data.LabelledImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data folders made to hurt: sizes declared far beyond what the files hold, files that disagree, data of
 * one class. Each is refused with the file and the reason, before memory is set aside for what a header
 * claims.
 */
class HostileDataTest {
    @TempDir
    Path dir;

    /** A gzipped IDX file: the header, then {@code zeros} zero bytes (which compress to almost nothing). */
    private static void gzip(Path file, int magic, int[] dims, long zeros) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ByteBuffer h = ByteBuffer.allocate(4 + 4 * dims.length);
            h.putInt(magic);
            for (int d : dims) {
                h.putInt(d);
            }
            out.write(h.array());
            byte[] block = new byte[1 << 16];
            for (long left = zeros; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    @Test
    void aHeaderDeclaringMillionsOfImagesIsRefusedFromTheHeader() throws IOException {
        Path images = dir.resolve("train-images-idx3-ubyte.gz");
        Path labels = dir.resolve("train-labels-idx1-ubyte.gz");
        // The file declared 2,739,137 images; only the header is written here, so reading the data
        // would fail with "truncated" — the refusal must come from the declared size itself.
        gzip(images, 0x803, new int[] {2_739_137, 28, 28}, 0);
        gzip(labels, 0x801, new int[] {2_739_137}, 0);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, 28, 28));
        assertTrue(e.getMessage().contains("declares 2,739,137 images; at most 1,000,000"), e.getMessage());
        assertTrue(e.getMessage().startsWith(images.toString()), e.getMessage());
    }

    @Test
    void sizesThatDisagreeAreRefusedBeforeTheImagesAreRead() throws IOException {
        Path images = dir.resolve("images.gz");
        Path labels = dir.resolve("labels.gz");
        // An image file declaring 500,000 images (392 MB) but holding none, and a label file declaring 10: were
        // the images read first, the error would be that they are truncated; the headers are compared first.
        gzip(images, 0x803, new int[] {500_000, 28, 28}, 0);
        gzip(labels, 0x801, new int[] {10}, 10);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, 28, 28));
        assertTrue(e.getMessage().contains("declares 10 labels but images.gz declares 500000 images"), e.getMessage());
        IdxFormatException sides = assertThrows(IdxFormatException.class, () -> {
            gzip(images, 0x803, new int[] {10, 100_000, 100_000}, 0);
            IdxReader.read(images, labels, 0, 0);
        });
        assertTrue(sides.getMessage().contains("each side must be 1 to 1024"), sides.getMessage());
    }

    @Test
    void dataOfOneClassIsRefusedAgainstTheDataFolderParameter() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("one-class"));
        LabelledImages train = images(40, 3);
        LabelledImages test = images(10, 3);
        IdxWriter.write(train, folder.resolve("train-images-idx3-ubyte"), folder.resolve("train-labels-idx1-ubyte"));
        IdxWriter.write(test, folder.resolve("t10k-images-idx3-ubyte"), folder.resolve("t10k-labels-idx1-ubyte"));
        ContinualStreamsSimulator sim = new ContinualStreamsSimulator();
        Scenario scenario = Scenario.defaults(sim, 1).withParameter("dataFolder", folder.toString())
                .withParameter("stream", "split");
        ScenarioException e = assertThrows(ScenarioException.class, () -> sim.start(scenario, EventSink.NONE));
        assertEquals("parameters.dataFolder", e.field());
        assertTrue(e.getMessage().contains("only class 3"), e.getMessage());
        assertTrue(e.getMessage().contains("needs images of classes 2k-2 and 2k-1"), e.getMessage());
    }

    @Test
    void aFolderWithoutTheFilesNamesWhatWasExpectedAndNotWhatItHolds() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("private"));
        Files.writeString(folder.resolve("secret-notes.txt"), "not for an error message");
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.fromFolder(folder));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret-notes"), e.getMessage());
    }

    private static LabelledImages images(int n, int label) {
        byte[] labels = new byte[n];
        java.util.Arrays.fill(labels, (byte) label);
        byte[] pixels = new byte[n * 784];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 31);
        }
        return new LabelledImages(pixels, labels, 28, 28);
    }
}
