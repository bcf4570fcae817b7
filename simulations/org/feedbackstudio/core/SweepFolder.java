package org.feedbackstudio.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sweep or experiment folder read back for viewing — written by the command line, the studio or a
 * Spark cluster: experiment.json says what was run, each condition's sweep.csv holds the runs done so far,
 * series/ the kept series. Nothing is written. Rows are read by their column names, so a row cut short
 * or damaged is left out rather than misread.
 */
public final class SweepFolder {
    private final Path dir;
    private final Experiment experiment;
    private final List<List<Sweep.Result>> results;

    private SweepFolder(Path dir, Experiment experiment, List<List<Sweep.Result>> results) {
        this.dir = dir;
        this.experiment = experiment;
        this.results = results;
    }

    /**
     * Reads a folder.
     *
     * @throws ScenarioException when it holds no sweep, or one this studio cannot read (the message says why)
     */
    public static SweepFolder open(Catalog catalog, Path dir) throws ScenarioException {
        Path file = dir.resolve("experiment.json");
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(dir.toString(), null, "holds no experiment.json, so it is not a folder a sweep "
                    + "wrote; choose the folder given to sweep --out");
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), null, "cannot be read: " + e.getMessage());
        }
        Experiment experiment = new ExperimentReader(catalog).read(json, file.toString(), dir);
        ExperimentRunner layout = new ExperimentRunner(experiment, dir);
        List<List<Sweep.Result>> results = new ArrayList<>();
        for (int c = 0; c < experiment.sweeps().size(); c++) {
            results.add(readRows(experiment.sweeps().get(c), layout.conditionFolder(c).resolve("sweep.csv"),
                    SweepCsv.fingerprint(experiment, c)));
        }
        return new SweepFolder(dir, experiment, results);
    }

    public Path dir() {
        return dir;
    }

    public Experiment experiment() {
        return experiment;
    }

    /** The runs of condition {@code c} found in its sweep.csv, in point-then-replicate order. */
    public List<Sweep.Result> results(int c) {
        return results.get(c);
    }

    /** Runs found over all conditions. */
    public int runsDone() {
        return results.stream().mapToInt(List::size).sum();
    }

    /** The series file of a run, when the experiment kept series and the run wrote one. */
    public Path seriesFile(RunTask task) {
        Path f = new ExperimentRunner(experiment, dir).seriesFile(task);
        return Files.isRegularFile(f) ? f : null;
    }

    /** Reads a series file (tick, then one column per metric; empty cells are NaN). */
    public static RunRecord.Series readSeries(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = splitCsv(lines.get(0));
        List<String> metrics = header.subList(1, header.size());
        long[] ticks = new long[lines.size() - 1];
        double[][] rows = new double[ticks.length][];
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = splitCsv(line);
            if (cells.size() != header.size()) {
                continue;
            }
            ticks[n] = Long.parseLong(cells.get(0));
            double[] row = new double[metrics.size()];
            for (int i = 0; i < row.length; i++) {
                String cell = cells.get(i + 1);
                row[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            }
            rows[n++] = row;
        }
        return new RunRecord.Series(metrics, Arrays.copyOf(ticks, n), Arrays.copyOf(rows, n));
    }

    /**
     * The mean of {@code metric} on the grid of two varied parameters, the others held at {@code fixed}
     * (a value for each other varied parameter): {@code cells[j][i]} is at the i-th value of {@code x} and
     * the j-th of {@code y}; NaN where no run is done or the metric is undefined.
     */
    public double[][] heatMap(int condition, String metric, String x, String y, Map<String, Object> fixed) {
        List<Object> xs = axis(x).values();
        List<Object> ys = axis(y).values();
        double[][] cells = new double[ys.size()][xs.size()];
        for (double[] row : cells) {
            Arrays.fill(row, Double.NaN);
        }
        for (Map.Entry<Integer, List<Sweep.Result>> e : byPoint(condition).entrySet()) {
            Map<String, Object> s = e.getValue().get(0).point().settings();
            if (!matches(s, fixed, x, y)) {
                continue;
            }
            cells[ys.indexOf(s.get(y))][xs.indexOf(s.get(x))] = Sweep.summarize(e.getValue(), metric).mean();
        }
        return cells;
    }

    /** One value of a varied parameter and a summary there (a mean or a paired difference). */
    public record Along(Object value, Statistics.Summary summary) {
    }

    /**
     * Condition {@code c} minus the reference (the first), paired by seed, along parameter {@code x} with the
     * other varied parameters at {@code fixed}; along nothing (one point) when {@code x} is null.
     */
    public List<Along> difference(int c, String metric, String x, Map<String, Object> fixed) {
        int replicates = experiment.replicates();
        int points = experiment.sweeps().get(0).points().size() / replicates;
        List<Statistics.Summary> paired = ConditionComparison.paired(results(0), results(c), points, replicates, metric);
        return along(x, fixed, index -> paired.get(index));
    }

    /** The mean (with its spread) of {@code metric} in condition {@code c} along {@code x}. */
    public List<Along> means(int c, String metric, String x, Map<String, Object> fixed) {
        Map<Integer, List<Sweep.Result>> byPoint = byPoint(c);
        return along(x, fixed, index -> byPoint.containsKey(index) ? Sweep.summarize(byPoint.get(index), metric)
                : Statistics.summarize());
    }

    private List<Along> along(String x, Map<String, Object> fixed, java.util.function.IntFunction<Statistics.Summary> at) {
        List<Along> out = new ArrayList<>();
        for (Sweep.Point p : experiment.sweeps().get(0).points()) {
            if (p.replicate() != 0 || !matches(p.settings(), fixed, x, null)) {
                continue;
            }
            out.add(new Along(x == null ? null : p.settings().get(x), at.apply(p.index())));
        }
        return out;
    }

    private static boolean matches(Map<String, Object> settings, Map<String, Object> fixed, String x, String y) {
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            if (!e.getKey().equals(x) && !e.getKey().equals(y) && fixed.containsKey(e.getKey())
                    && !Objects.equals(fixed.get(e.getKey()), e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private Sweep.Axis axis(String name) {
        return experiment.axes().stream().filter(a -> a.parameter().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is not varied in this sweep"));
    }

    private Map<Integer, List<Sweep.Result>> byPoint(int condition) {
        Map<Integer, List<Sweep.Result>> out = new LinkedHashMap<>();
        for (Sweep.Result r : results(condition)) {
            if (r.error() == null) {
                out.computeIfAbsent(r.point().index(), k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /**
     * sweep.csv's rows, by column name; rows that do not parse, do not match their checksum (when the file
     * has one), or repeat a run, are left out.
     */
    private static List<Sweep.Result> readRows(Sweep sweep, Path csv, String fingerprint) throws ScenarioException {
        List<String> lines;
        try {
            // Decoded leniently: a damaged byte spoils its row (left out), not the whole file.
            lines = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8).lines().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new ScenarioException(csv.toString(), null, "cannot be read: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = splitCsv(lines.get(0));
        int point = header.indexOf("point");
        int replicate = header.indexOf("replicate");
        int ticks = header.indexOf("ticks");
        int error = header.indexOf("error");
        if (point < 0 || replicate < 0 || error < 0) {
            throw new ScenarioException(csv.toString(), null, "has no point, replicate and error columns; it was not "
                    + "written by a sweep");
        }
        boolean checked = header.get(header.size() - 1).equals(SweepCsv.CHECKSUM);
        Map<String, Sweep.Point> byKey = new HashMap<>();
        sweep.points().forEach(p -> byKey.put(p.key(), p));
        Map<String, Sweep.Result> found = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = splitCsv(line);
            if (cells.size() != header.size() || (checked && !SweepCsv.intact(line, fingerprint))) {
                continue;
            }
            Sweep.Point p = byKey.get(cells.get(point) + "/" + cells.get(replicate));
            if (p == null || found.containsKey(p.key())) {
                continue;
            }
            try {
                Map<String, Double> values = new LinkedHashMap<>();
                for (String m : sweep.metricNames()) {
                    int i = header.indexOf(m);
                    String cell = i < 0 ? "" : cells.get(i);
                    values.put(m, cell.isEmpty() ? Double.NaN : Double.parseDouble(cell));
                }
                String err = cells.get(error);
                long t = ticks < 0 || cells.get(ticks).isEmpty() ? 0 : Long.parseLong(cells.get(ticks));
                found.put(p.key(), new Sweep.Result(p, t, err.isEmpty() ? values : Map.of(), err.isEmpty() ? null : err));
            } catch (NumberFormatException damaged) {
                // a damaged row: the run counts as not done
            }
        }
        List<Sweep.Result> out = new ArrayList<>(found.values());
        out.sort(Sweep.POINT_THEN_REPLICATE);
        return out;
    }

    static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
