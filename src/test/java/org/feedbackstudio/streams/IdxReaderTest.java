package org.feedbackstudio.streams;

import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.streams.data.BundledSubset;
import org.feedbackstudio.streams.data.Dataset;
import org.feedbackstudio.streams.data.DatasetLoader;
import org.feedbackstudio.streams.data.IdxFormatException;
import org.feedbackstudio.streams.data.IdxReader;
import org.feedbackstudio.streams.data.IdxWriter;
import org.feedbackstudio.streams.data.LabelledImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdxReaderTest {
    @TempDir
    Path dir;

    /** n 28×28 images whose pixel p of image i is (i + p) mod 256, labels i mod 10. */
    private static LabelledImages sample(int n) {
        byte[] pixels = new byte[n * 784];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i % 10);
            for (int p = 0; p < 784; p++) {
                pixels[i * 784 + p] = (byte) (i + p);
            }
        }
        return new LabelledImages(pixels, labels, 28, 28);
    }

    private static byte[] header(int magic, int... dims) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length);
        b.putInt(magic);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] data) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, data);
        return p;
    }

    private void writeFolder(Path folder, LabelledImages train, LabelledImages test, boolean gz) throws IOException {
        Files.createDirectories(folder);
        String ext = gz ? ".gz" : "";
        IdxWriter.write(train, folder.resolve("train-images-idx3-ubyte" + ext),
                folder.resolve("train-labels-idx1-ubyte" + ext));
        IdxWriter.write(test, folder.resolve("t10k-images-idx3-ubyte" + ext),
                folder.resolve("t10k-labels-idx1-ubyte" + ext));
    }

    private static void assertSame(LabelledImages a, LabelledImages b) {
        assertEquals(a.count(), b.count());
        for (int i = 0; i < a.count(); i++) {
            assertEquals(a.label(i), b.label(i));
            assertArrayEquals(a.image(i), b.image(i));
        }
    }

    @Test
    void readsWhatTheWriterWroteGzippedOrNot() throws Exception {
        LabelledImages data = sample(7);
        for (boolean gz : new boolean[] {true, false}) {
            Path images = dir.resolve("i" + gz + (gz ? ".gz" : ""));
            Path labels = dir.resolve("l" + gz + (gz ? ".gz" : ""));
            IdxWriter.write(data, images, labels);
            assertSame(data, IdxReader.read(images, labels, 28, 28));
        }
        // A gzipped file is recognised by its content whatever its name.
        Path images = dir.resolve("images.gz");
        Path labels = dir.resolve("labels.gz");
        IdxWriter.write(data, images, labels);
        Path renamed = Files.move(images, dir.resolve("images-without-extension"));
        assertSame(data, IdxReader.read(renamed, labels, 28, 28));
    }

    @Test
    void readsTheRawByteLayoutOfTheFormat() throws Exception {
        byte[] pixels = new byte[2 * 2 * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (250 + i);
        }
        Path images = write("tiny-images", concat(header(0x00000803, 2, 2, 3), pixels));
        Path labels = write("tiny-labels", concat(header(0x00000801, 2), new byte[] {9, 4}));
        LabelledImages read = IdxReader.read(images, labels, 0, 0);
        assertEquals(2, read.count());
        assertEquals(2, read.rows());
        assertEquals(3, read.columns());
        assertEquals(250, read.pixel(0, 0));
        assertEquals((250 + 11) & 0xFF, read.pixel(1, 5));
        assertEquals(4, read.label(1));
    }

    @Test
    void swappedFilesAreNamedAsSuch() throws Exception {
        LabelledImages data = sample(3);
        Path images = dir.resolve("img");
        Path labels = dir.resolve("lab");
        IdxWriter.write(data, images, labels);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(labels, images, 28, 28));
        assertTrue(e.getMessage().contains("lab"), e.getMessage());
        assertTrue(e.getMessage().contains("0x00000801"), e.getMessage());
        assertTrue(e.getMessage().contains("0x00000803"), e.getMessage());
        assertTrue(e.getMessage().contains("label file"), e.getMessage());
    }

    @Test
    void aFileThatIsNotIdxSaysSo() throws Exception {
        Path junk = write("notes.txt", "hello, world: not an IDX file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(junk));
        assertTrue(e.getMessage().contains("is not an IDX file"), e.getMessage());
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        Path empty = write("empty", new byte[0]);
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(empty)).getMessage()
                .contains("ends before its 4-byte magic number"));
    }

    @Test
    void otherDataTypesAreRefused() throws Exception {
        Path floats = write("floats", concat(header(0x00000D03, 1, 28, 28), new byte[784 * 4]));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(floats));
        assertTrue(e.getMessage().contains("type 0x0D"), e.getMessage());
    }

    @Test
    void truncatedDataIsReportedWithHowMuchWasThere() throws Exception {
        Path cut = write("cut", concat(header(0x00000803, 2, 28, 28), new byte[784 + 100]));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(cut));
        assertTrue(e.getMessage().contains("ends after 884 of 1568 bytes"), e.getMessage());
        Path shortHeader = write("short-header", new byte[] {0, 0, 8, 3, 0, 0});
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.readImages(shortHeader)).getMessage()
                .contains("header"));
    }

    @Test
    void aTruncatedGzipFileIsReported() throws Exception {
        byte[] pixels = new byte[20 * 784];
        new SplittableRandom(1).nextBytes(pixels); // incompressible, so half the file is half the data
        byte[] whole = gzip(concat(header(0x00000803, 20, 28, 28), pixels));
        Path cut = write("cut.gz", Arrays.copyOf(whole, whole.length / 2));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(cut));
        assertTrue(e.getMessage().contains("cut.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        byte[] damaged = whole.clone();
        for (int i = 12; i < damaged.length - 8; i++) {
            damaged[i] = (byte) 0xFF;
        }
        Path bad = write("bad.gz", damaged);
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.readImages(bad)).getMessage()
                .contains("gzip"));
    }

    @Test
    void trailingBytesAreReported() throws Exception {
        Path extra = write("extra", concat(header(0x00000801, 2), new byte[] {1, 2, 3, 4}));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(extra));
        assertTrue(e.getMessage().contains("2 bytes after"), e.getMessage());
    }

    @Test
    void countsAndLabelsMustFit() throws Exception {
        LabelledImages data = sample(5);
        Path images = dir.resolve("img");
        Path labels = dir.resolve("lab");
        IdxWriter.write(data, images, labels);
        Path fewer = write("fewer", concat(header(0x00000801, 4), new byte[] {0, 1, 2, 3}));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(images, fewer, 28, 28));
        assertTrue(e.getMessage().contains("4 labels") && e.getMessage().contains("5 images"), e.getMessage());
        Path outOfRange = write("range", concat(header(0x00000801, 2), new byte[] {3, 12}));
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(outOfRange)).getMessage()
                .contains("label 12 at position 1"));
        Path small = write("small", concat(header(0x00000803, 1, 8, 8), new byte[64]));
        Path one = write("one", concat(header(0x00000801, 1), new byte[] {0}));
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.read(small, one, 28, 28)).getMessage()
                .contains("8×8 images; expected 28×28"));
    }

    @Test
    void aFolderIsReadByTheUsualFileNames() throws Exception {
        Path folder = dir.resolve("my-fashion-set");
        writeFolder(folder, sample(30), sample(10), true);
        Dataset d = DatasetLoader.fromFolder(folder);
        assertEquals(30, d.train().count());
        assertEquals(10, d.test().count());
        assertEquals(Dataset.FASHION_CLASSES, d.classNames(), "a folder named after Fashion-MNIST");
        Path plain = dir.resolve("digits");
        writeFolder(plain, sample(12), sample(10), false);
        assertEquals(Dataset.NUMBERED_CLASSES, DatasetLoader.fromFolder(plain).classNames());
    }

    @Test
    void aWrongFolderGetsAClearError() throws Exception {
        IdxFormatException missing = assertThrows(IdxFormatException.class,
                () -> DatasetLoader.fromFolder(dir.resolve("nowhere")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        Path folder = Files.createDirectories(dir.resolve("half"));
        IdxWriter.write(sample(3), folder.resolve("train-images-idx3-ubyte"), folder.resolve("train-labels-idx1-ubyte"));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.fromFolder(folder));
        assertTrue(e.getMessage().contains("t10k-images-idx3-ubyte"), e.getMessage());
        assertFalse(e.getMessage().contains("found"), "names what was expected, not what else the folder holds: "
                + e.getMessage());
    }

    @Test
    void theSimulatorReportsBadDataAgainstTheDataFolderParameter() throws Exception {
        Path folder = dir.resolve("broken");
        writeFolder(folder, sample(30), sample(10), true);
        Files.write(folder.resolve("t10k-labels-idx1-ubyte.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
        ContinualStreamsSimulator sim = new ContinualStreamsSimulator();
        Scenario scenario = Scenario.defaults(sim, 1).withParameter("dataFolder", folder.toString());
        ScenarioException e = assertThrows(ScenarioException.class, () -> sim.start(scenario, EventSink.NONE));
        assertEquals("parameters.dataFolder", e.field());
        assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte.gz"), e.getMessage());
    }

    @Test
    void readsDebiansFashionMnistPackageWhenInstalled() throws Exception {
        Path debian = Path.of("/usr/share/datasets/fashion-mnist");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(debian), "dataset-fashion-mnist not installed");
        Dataset d = DatasetLoader.fromFolder(debian);
        assertEquals(60_000, d.train().count());
        assertEquals(10_000, d.test().count());
        assertEquals(6_000, d.train().indicesOf(9).length);
        assertEquals(Dataset.FASHION_CLASSES, d.classNames());
    }

    @Test
    void theBundledSubsetIsClassBalanced() throws Exception {
        Dataset d = DatasetLoader.bundled();
        assertEquals(10 * BundledSubset.TRAIN_PER_CLASS, d.train().count());
        assertEquals(10 * BundledSubset.TEST_PER_CLASS, d.test().count());
        for (int c = 0; c < 10; c++) {
            assertEquals(BundledSubset.TRAIN_PER_CLASS, d.train().indicesOf(c).length);
            assertEquals(BundledSubset.TEST_PER_CLASS, d.test().indicesOf(c).length);
        }
        assertEquals(28, d.train().rows());
    }

    @Test
    void theSubsetSelectionIsBalancedOrderedAndSeeded() {
        LabelledImages data = sample(200); // 20 per class
        int[] a = BundledSubset.select(data, 5, new SplittableRandom(9));
        int[] b = BundledSubset.select(data, 5, new SplittableRandom(9));
        int[] c = BundledSubset.select(data, 5, new SplittableRandom(10));
        assertArrayEquals(a, b);
        assertTrue(!Arrays.equals(a, c));
        assertEquals(50, a.length);
        int[] perClass = new int[10];
        for (int i = 0; i < a.length; i++) {
            perClass[data.label(a[i])]++;
            if (i > 0) {
                assertTrue(a[i] > a[i - 1], "ascending and distinct");
            }
        }
        for (int n : perClass) {
            assertEquals(5, n);
        }
        assertThrows(IllegalArgumentException.class, () -> BundledSubset.select(data, 21, new SplittableRandom(1)));
    }
}
