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

/**
 * A sweep's results on disk: sweep.csv has one row per run ({@code point,replicate,seed,<varied
 * parameters>,ticks,error,<final metrics>}) written as runs finish, so an interrupted sweep resumes from
 * it; summary.csv has one row per grid point with the mean, standard error and 95% interval of each
 * metric.
 */
public final class SweepCsv implements AutoCloseable {
    private final Sweep sweep;
    private final List<String> header;
    private final BufferedWriter out;
    private final Set<String> done;
    private final List<Sweep.Result> results = new ArrayList<>();

    private SweepCsv(Sweep sweep, List<String> header, BufferedWriter out, Set<String> done) {
        this.sweep = sweep;
        this.header = header;
        this.out = out;
        this.done = done;
    }

    /**
     * Opens dir/sweep.csv, reading the runs already there when it was written by the same sweep.
     *
     * @throws ScenarioException when an existing sweep.csv belongs to a different sweep
     */
    public static SweepCsv open(Sweep sweep, Path dir) throws IOException, ScenarioException {
        Files.createDirectories(dir);
        Path file = dir.resolve("sweep.csv");
        List<String> header = header(sweep);
        Set<String> done = new HashSet<>();
        List<Sweep.Result> previous = new ArrayList<>();
        if (Files.exists(file) && Files.size(file) > 0) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.get(0).equals(String.join(",", header))) {
                throw new ScenarioException(file.toString(), null, "holds a different sweep (its columns are "
                        + lines.get(0) + "); choose another --out folder to start a new sweep");
            }
            Map<String, Sweep.Point> byKey = new LinkedHashMap<>();
            sweep.points().forEach(p -> byKey.put(p.key(), p));
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = splitCsv(line);
                if (cells.size() != header.size()) {
                    continue; // a row cut short by an interruption: run it again
                }
                String key = cells.get(0) + "/" + cells.get(1);
                Sweep.Point p = byKey.get(key);
                if (p == null || !cells.get(header.indexOf("error")).isEmpty()) {
                    continue;
                }
                Map<String, Double> finals = new LinkedHashMap<>();
                int first = header.indexOf("error") + 1;
                for (int i = first; i < header.size(); i++) {
                    finals.put(header.get(i), cells.get(i).isEmpty() ? Double.NaN : Double.parseDouble(cells.get(i)));
                }
                done.add(key);
                previous.add(new Sweep.Result(p, Long.parseLong(cells.get(header.indexOf("ticks"))), finals, null));
            }
            // Rewrite without the failed or cut rows, which will run again.
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(String.join(",", header));
                w.write('\n');
                for (Sweep.Result r : previous) {
                    w.write(row(sweep, header, r));
                }
            }
        } else {
            Files.writeString(file, String.join(",", header) + "\n", StandardCharsets.UTF_8);
        }
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        SweepCsv csv = new SweepCsv(sweep, header, out, done);
        csv.results.addAll(previous);
        return csv;
    }

    /** Keys (point/replicate) of runs already done. */
    public Set<String> done() {
        return Set.copyOf(done);
    }

    /** Appends one run's row and flushes, so an interruption loses at most the runs in flight. */
    public synchronized void add(Sweep.Result result) throws IOException {
        out.write(row(sweep, header, result));
        out.flush();
        results.add(result);
    }

    public synchronized List<Sweep.Result> results() {
        return List.copyOf(results);
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
                fits.put(m + "\n" + a, SweepSlopes.along(sweep, results, a, m));
            }
        }
        sb.append('\n');
        Map<Integer, List<Sweep.Result>> byPoint = new java.util.TreeMap<>();
        for (Sweep.Result r : results) {
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
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
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
        return h;
    }

    private static String row(Sweep sweep, List<String> header, Sweep.Result r) {
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
        for (int i = first; i < header.size(); i++) {
            sb.append(',');
            Double v = r.finals().get(header.get(i));
            if (v != null) {
                MetricsCsvWriter.appendNumber(sb, v);
            }
        }
        sb.append('\n');
        return sb.toString();
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
