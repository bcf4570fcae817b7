package org.feedbackstudio.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares two sweep folders file by file: the same files with the same contents. */
final class SparkFolders {
    private SparkFolders() {
    }

    /**
     * Every CSV under {@code a} is the same, byte for byte, as its twin under {@code b} (sweep.csv is sorted
     * by point and replicate when a sweep ends, whatever order the runs finished in), and each run is in
     * sweep.csv exactly once.
     */
    static void assertSameResults(Path a, Path b) throws IOException {
        TreeMap<String, String> left = csvs(a);
        TreeMap<String, String> right = csvs(b);
        assertEquals(left.keySet(), right.keySet(), "the same files");
        for (String name : left.keySet()) {
            assertEquals(left.get(name), right.get(name), name);
            if (name.endsWith("sweep.csv")) {
                List<String> l = sorted(left.get(name));
                assertEquals(l.size(), l.stream().map(line -> line.split(",")[0] + "/" + line.split(",")[1])
                        .distinct().count(), name + ": each run once");
            }
        }
    }

    private static TreeMap<String, String> csvs(Path root) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".csv"))::iterator) {
                out.put(root.relativize(f).toString(), Files.readString(f));
            }
        }
        return out;
    }

    static List<String> sorted(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        Collections.sort(lines);
        return lines;
    }

    static int rows(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return 0;
        }
        return (int) Files.readAllLines(csv).stream().filter(l -> !l.isBlank()).count() - 1;
    }
}
