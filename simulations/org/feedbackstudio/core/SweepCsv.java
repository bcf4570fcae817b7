package org.feedbackstudio.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A sweep's results on disk: sweep.csv has one row per run ({@code point,replicate,seed,<varied
 * parameters>,ticks,error,<final metrics>,checksum}) appended as runs finish, so an interrupted sweep
 * resumes from it, and sorted by point then replicate when the sweep ends, so the file is the same byte
 * for byte whatever the number of threads or interruptions; summary.csv has one row per grid point with
 * the mean, standard error and 95% interval of each metric.
 *
 * <p>The last column of each row is a checksum of the rest of the row and of the experiment's
 * fingerprint ({@link ExperimentIdentity}): a row cut short, edited, or copied from another sweep does
 * not match it, and that run is done again rather than trusted.
 */
public final class SweepCsv implements AutoCloseable {
    /** The name of the last column. */
    public static final String CHECKSUM = "checksum";

    private final Sweep sweep;
    private final Path file;
    private final List<String> header;
    private final String fingerprint;
    private final BufferedWriter out;
    private final Set<String> done;
    private final int damaged;
    private final List<Sweep.Result> results = new ArrayList<>();

    private SweepCsv(Sweep sweep, Path file, List<String> header, String fingerprint, BufferedWriter out,
                     Set<String> done, int damaged) {
        this.sweep = sweep;
        this.file = file;
        this.header = header;
        this.fingerprint = fingerprint;
        this.out = out;
        this.done = done;
        this.damaged = damaged;
    }

    /** The fingerprint that binds the rows of condition {@code c}'s sweep.csv to {@code experiment}. */
    public static String fingerprint(Experiment experiment, int c) {
        return ExperimentIdentity.fingerprint(experiment.json(), "condition " + c);
    }

    /** The runs a sweep.csv holds that can be kept, and how many of its rows could not be. */
    public record Existing(List<Sweep.Result> kept, int damaged) {
    }

    /**
     * Reads dir/sweep.csv without writing anything: the successful runs whose rows are whole and match
     * their checksum are kept; failed runs and damaged rows are counted for running again.
     *
     * @throws ScenarioException when the file has another sweep's columns
     */
    public static Existing read(Sweep sweep, Path dir, String fingerprint) throws ScenarioException {
        Path file = dir.resolve("sweep.csv");
        List<Sweep.Result> previous = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return new Existing(previous, 0);
        }
        String text;
        try {
            // Decoded leniently: a damaged byte fails its row's checksum instead of the whole file.
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), null, "cannot be read (" + Outputs.reason(e)
                    + "); choose another --out folder");
        }
        if (text.isEmpty()) {
            return new Existing(previous, 0);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<String> header = header(sweep);
        if (!lines.get(0).equals(String.join(",", header))) {
            throw new ScenarioException(file.toString(), null, "holds a different sweep (its columns are "
                    + brief(lines.get(0)) + ", this sweep's are " + brief(String.join(",", header))
                    + "); choose another --out folder to start a new sweep");
        }
        Map<String, Sweep.Point> byKey = new LinkedHashMap<>();
        sweep.points().forEach(p -> byKey.put(p.key(), p));
        Set<String> seen = new HashSet<>();
        int damaged = 0;
        int errorColumn = header.indexOf("error");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = splitCsv(line);
            if (cells.size() != header.size() || !intact(line, fingerprint)) {
                damaged++; // cut short, edited, or from another sweep: run it again
                continue;
            }
            String key = cells.get(0) + "/" + cells.get(1);
            Sweep.Point p = byKey.get(key);
            if (p == null || !seen.add(key)) {
                damaged++;
                continue;
            }
            if (!cells.get(errorColumn).isEmpty()) {
                continue; // a failed run: run it again
            }
            try {
                Map<String, Double> finals = new LinkedHashMap<>();
                for (int i = errorColumn + 1; i < header.size() - 1; i++) {
                    finals.put(header.get(i), cells.get(i).isEmpty() ? Double.NaN : Double.parseDouble(cells.get(i)));
                }
                previous.add(new Sweep.Result(p, Long.parseLong(cells.get(header.indexOf("ticks"))), finals, null));
            } catch (NumberFormatException e) {
                seen.remove(key);
                damaged++;
            }
        }
        previous.sort(Sweep.POINT_THEN_REPLICATE);
        return new Existing(previous, damaged);
    }

    /**
     * Opens dir/sweep.csv, keeping the runs already there ({@link #read}) and rewriting it with just
     * those, in point-then-replicate order.
     *
     * @throws ScenarioException when an existing sweep.csv belongs to a different sweep
     */
    public static SweepCsv open(Sweep sweep, Path dir, String fingerprint) throws IOException, ScenarioException {
        Existing existing = read(sweep, dir, fingerprint);
        Files.createDirectories(dir);
        Path file = dir.resolve("sweep.csv");
        List<String> header = header(sweep);
        writeSorted(sweep, file, header, fingerprint, existing.kept());
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Set<String> done = new HashSet<>();
        existing.kept().forEach(r -> done.add(r.point().key()));
        SweepCsv csv = new SweepCsv(sweep, file, header, fingerprint, out, done, existing.damaged());
        csv.results.addAll(existing.kept());
        return csv;
    }

    /** Keys (point/replicate) of runs already done. */
    public Set<String> done() {
        return Set.copyOf(done);
    }

    /** Rows found damaged when the file was opened; their runs are done again. */
    public int damaged() {
        return damaged;
    }

    /** Appends one run's row and flushes, so an interruption loses at most the runs in flight. */
    public synchronized void add(Sweep.Result result) throws IOException {
        out.write(row(sweep, header, fingerprint, result));
        out.flush();
        results.add(result);
    }

    /** The results so far, in point-then-replicate order. */
    public synchronized List<Sweep.Result> results() {
        List<Sweep.Result> sorted = new ArrayList<>(results);
        sorted.sort(Sweep.POINT_THEN_REPLICATE);
        return sorted;
    }

    /**
     * Rewrites sweep.csv with every row in point-then-replicate order (to a temporary file, then a rename,
     * so an interruption leaves the old file whole).
     */
    public synchronized void finish() throws IOException {
        out.flush();
        writeSorted(sweep, file, header, fingerprint, results);
    }

    private static void writeSorted(Sweep sweep, Path file, List<String> header, String fingerprint,
                                    List<Sweep.Result> results) throws IOException {
        List<Sweep.Result> sorted = new ArrayList<>(results);
        sorted.sort(Sweep.POINT_THEN_REPLICATE);
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        for (Sweep.Result r : sorted) {
            sb.append(row(sweep, header, fingerprint, r));
        }
        Outputs.writeAtomically(file, sb.toString());
    }

    /**
     * Writes summary.csv: per grid point, the number of runs and each metric's mean, standard error and
     * 95% interval (Student t; see {@link Statistics}). Runs are taken in point, then replicate order
     * whatever order they finished in, so the file is the same byte for byte on any number of threads
     * and after any number of interruptions.
     */
    public synchronized void writeSummary(Path file) throws IOException {
        writeSummary(file, Set.of());
    }

    /**
     * Writes summary.csv as {@link #writeSummary(Path)} does, plus, for each axis in {@code logAxes} (varied
     * over log-spaced values), each metric's log–log slope along it and the slope's standard error
     * ({@code <metric>.slope.<axis>}, {@code <metric>.slope.<axis>.sem}; see {@link SweepSlopes}).
     */
    public synchronized void writeSummary(Path file, Set<String> logAxes) throws IOException {
        List<String> axes = sweep.axes().stream().map(Sweep.Axis::parameter).toList();
        List<String> metrics = sweep.metricNames();
        List<String> sloped = axes.stream().filter(logAxes::contains).toList();
        StringBuilder sb = new StringBuilder("point");
        axes.forEach(a -> sb.append(',').append(a));
        sb.append(",runs");
        metrics.forEach(m -> sb.append(',').append(m).append(".mean,").append(m).append(".sem,")
                .append(m).append(".ci95low,").append(m).append(".ci95high"));
        Map<String, Map<Integer, Statistics.LogLogFit>> fits = new LinkedHashMap<>();
        for (String a : sloped) {
            for (String m : metrics) {
                sb.append(',').append(m).append(".slope.").append(a).append(',').append(m).append(".slope.")
                        .append(a).append(".sem");
                fits.put(m + "\n" + a, SweepSlopes.along(sweep, results(), a, m));
            }
        }
        sb.append('\n');
        Map<Integer, List<Sweep.Result>> byPoint = new java.util.TreeMap<>();
        for (Sweep.Result r : results()) {
            if (r.error() == null) {
                byPoint.computeIfAbsent(r.point().index(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<Integer, List<Sweep.Result>> e : byPoint.entrySet()) {
            Sweep.Point p = e.getValue().get(0).point();
            sb.append(e.getKey());
            for (String a : axes) {
                sb.append(',').append(format(sweep, a, p.settings().get(a)));
            }
            sb.append(',').append(e.getValue().size());
            for (String m : metrics) {
                Statistics.Summary stats = Sweep.summarize(e.getValue(), m);
                for (double v : new double[] {stats.mean(), stats.standardError(), stats.ci95Low(), stats.ci95High()}) {
                    sb.append(',');
                    MetricsCsvWriter.appendNumber(sb, v);
                }
            }
            for (String a : sloped) {
                for (String m : metrics) {
                    Statistics.LogLogFit fit = fits.get(m + "\n" + a).get(e.getKey());
                    sb.append(',');
                    MetricsCsvWriter.appendNumber(sb, fit == null ? Double.NaN : fit.slope());
                    sb.append(',');
                    MetricsCsvWriter.appendNumber(sb, fit == null ? Double.NaN : fit.standardError());
                }
            }
            sb.append('\n');
        }
        Outputs.writeAtomically(file, sb.toString());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static List<String> header(Sweep sweep) {
        List<String> h = new ArrayList<>(List.of("point", "replicate", "seed"));
        sweep.axes().forEach(a -> h.add(a.parameter()));
        h.add("ticks");
        h.add("error");
        h.addAll(sweep.metricNames());
        h.add(CHECKSUM);
        return h;
    }

    private static String row(Sweep sweep, List<String> header, String fingerprint, Sweep.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.point().index()).append(',').append(r.point().replicate()).append(',').append(r.point().seed());
        for (Sweep.Axis a : sweep.axes()) {
            sb.append(',').append(format(sweep, a.parameter(), r.point().settings().get(a.parameter())));
        }
        sb.append(',').append(r.ticks()).append(',');
        if (r.error() != null) {
            sb.append('"').append(r.error().replace("\"", "\"\"").replace('\n', ' ')).append('"');
        }
        int first = header.indexOf("error") + 1;
        for (int i = first; i < header.size() - 1; i++) {
            sb.append(',');
            Double v = r.finals().get(header.get(i));
            if (v != null) {
                MetricsCsvWriter.appendNumber(sb, v);
            }
        }
        String check = checksum(fingerprint, sb);
        sb.append(',').append(check).append('\n');
        return sb.toString();
    }

    /** The checksum of a row's text before its last comma, bound to the experiment's fingerprint. */
    static String checksum(String fingerprint, CharSequence rowText) {
        CRC32 crc = new CRC32();
        crc.update((fingerprint + "\n" + rowText).getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    /** Whether a row's last cell is the checksum of the rest of it. */
    public static boolean intact(String line, String fingerprint) {
        int comma = line.lastIndexOf(',');
        return comma > 0 && line.substring(comma + 1).equals(checksum(fingerprint, line.substring(0, comma)));
    }

    private static String brief(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }

    private static String format(Sweep sweep, String parameter, Object value) {
        String text = sweep.simulator().parameters().find(parameter).map(p -> p.format(value))
                .orElse(String.valueOf(value));
        return text.contains(",") ? "\"" + text + "\"" : text;
    }

    static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
