package org.feedbackstudio.app.gui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterType;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Simulator;
import org.feedbackstudio.core.Statistics;
import org.feedbackstudio.core.Sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the Sweep tab does, apart from drawing: which parameter and range to offer, the sweep to run, running
 * it in the background, each metric's points (mean ± standard error per value, from the engine's
 * {@link Statistics}) and the log–log slopes. It holds the user's choices as JavaFX properties, which the
 * Sweep tab's controls bind to, but needs no JavaFX thread: {@code ui} is where results are handed over
 * (the JavaFX thread in the studio, the calling thread in tests).
 */
final class SweepViewModel {
    /** One plotted value: the parameter's value and the metric's final value over the seeds. */
    record Point(double x, double mean, double standardError) {
    }

    /** A range to offer for a parameter, as text the fields show, and whether it suits a log axis. */
    record Range(String from, String to, boolean logX) {
    }

    /** What the user asked for. */
    record Request(String parameter, String from, String to, int values, int seeds, boolean logX, boolean logY,
                   List<String> metrics) {
        Request {
            metrics = List.copyOf(metrics);
        }
    }

    /** How a running sweep reports, always on the {@code ui} executor. */
    interface Listener {
        /** Some results are in: every metric's points so far, in the order asked, and the share of runs done. */
        void progressed(Map<String, List<Point>> series, double done);

        /** The sweep ended; {@code message} says how. */
        void finished(String message);
    }

    private final Map<String, String> labels = new java.util.HashMap<>();
    private final Executor ui;
    private final Supplier<Simulator> simulator;
    private final Supplier<Scenario> scenario;
    private final AtomicBoolean cancel = new AtomicBoolean();

    // The user's choices; the Sweep tab's controls are bound to them.
    private final ObservableList<String> parameters = FXCollections.observableArrayList();
    private final StringProperty parameter = new SimpleStringProperty();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObjectProperty<Integer> values = new SimpleObjectProperty<>(6);
    private final ObjectProperty<Integer> seeds = new SimpleObjectProperty<>(4);
    private final BooleanProperty logX = new SimpleBooleanProperty(true);
    private final BooleanProperty logY = new SimpleBooleanProperty(true);
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final ObservableList<String> checked = FXCollections.observableArrayList();
    private Set<String> references = Set.of();

    // What the sweep shows.
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty(
            "Vary one parameter over a range; each point runs several seeds.");
    private final ObjectProperty<Map<String, List<Point>>> series = new SimpleObjectProperty<>(Map.of());

    /**
     * @param ui        where results are handed over (the JavaFX thread in the studio)
     * @param simulator the simulator shown
     * @param scenario  the scenario shown, whose values the sweep starts from
     */
    SweepViewModel(Executor ui, Supplier<Simulator> simulator, Supplier<Scenario> scenario) {
        this.ui = ui;
        this.simulator = simulator;
        this.scenario = scenario;
        parameter.addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                suggestRange();
            }
        });
    }

    ObservableList<String> parameters() {
        return parameters;
    }

    StringProperty parameter() {
        return parameter;
    }

    StringProperty from() {
        return from;
    }

    StringProperty to() {
        return to;
    }

    ObjectProperty<Integer> values() {
        return values;
    }

    ObjectProperty<Integer> seeds() {
        return seeds;
    }

    BooleanProperty logX() {
        return logX;
    }

    BooleanProperty logY() {
        return logY;
    }

    /** The metrics on offer. */
    ObservableList<String> metrics() {
        return metrics;
    }

    /** The metrics to plot. */
    ObservableList<String> checked() {
        return checked;
    }

    Set<String> references() {
        return references;
    }

    BooleanProperty running() {
        return running;
    }

    DoubleProperty progress() {
        return progress;
    }

    StringProperty message() {
        return message;
    }

    /** A metric's words for a legend ("regret of batched EXP3"), not its name in files (regret.batched-exp3). */
    String label(String metric) {
        return labels.getOrDefault(metric, metric);
    }

    /** Each plotted metric's points, in the order asked. */
    ObjectProperty<Map<String, List<Point>>> series() {
        return series;
    }

    /** A newly chosen simulator: its numeric parameters, the natural one to vary, its metrics. */
    void useSimulator(Simulator s, List<ChartSpec> charts, List<MetricSpec> metricSpecs) {
        cancel.set(true);
        parameters.setAll(sweepable(s));
        offerMetrics(charts, metricSpecs);
        parameter.set(null);
        parameter.set(defaultParameter(s));
        series.set(Map.of());
    }

    /**
     * Follows a change of the metrics on offer within one simulator (another preset, another lineup of
     * learners): the list is replaced and the first chart's metrics checked; the varied parameter and its
     * range stay.
     */
    void useMetrics(List<ChartSpec> charts, List<MetricSpec> metricSpecs) {
        if (!metricSpecs.stream().map(MetricSpec::name).toList().equals(metrics)) {
            offerMetrics(charts, metricSpecs);
        }
    }

    private void offerMetrics(List<ChartSpec> charts, List<MetricSpec> metricSpecs) {
        labels.clear();
        metricSpecs.forEach(m -> labels.put(m.name(), m.label()));
        checked.clear();
        metrics.setAll(metricSpecs.stream().map(MetricSpec::name).toList());
        references = references(charts);
        checked.setAll(defaultMetrics(charts));
    }

    /** Offers a decade either side of the varied parameter's current value. */
    void suggestRange() {
        Parameter<?> p = chosenParameter();
        if (p == null) {
            return;
        }
        Range range = suggestRange(p, scenario.get().parameters().get(p.name()));
        from.set(range.from());
        to.set(range.to());
        logX.set(range.logX());
    }

    Parameter<?> chosenParameter() {
        String name = parameter.get();
        return name == null ? null : simulator.get().parameters().find(name).orElse(null);
    }

    void cancel() {
        cancel.set(true);
    }

    /** Runs the sweep chosen, in the background; progress and points arrive on the {@code ui} executor. */
    void run() {
        Parameter<?> p = chosenParameter();
        if (p == null || running.get()) {
            return;
        }
        Simulator s = simulator.get();
        Scenario base = scenario.get();
        Request request = new Request(p.name(), from.get(), to.get(), values.get(), seeds.get(), logX.get(),
                logY.get(), List.copyOf(checked));
        series.set(Map.of());
        progress.set(0);
        String refused = start(s, base, request, new Listener() {
            @Override
            public void progressed(Map<String, List<Point>> points, double done) {
                series.set(points);
                progress.set(done);
            }

            @Override
            public void finished(String outcome) {
                running.set(false);
                message.set(outcome);
            }
        });
        if (refused != null) {
            message.set(refused);
        }
    }

    /**
     * Starts a sweep of {@code base} in the background.
     *
     * @return null when started, else what is wrong with the request (nothing is started)
     */
    String start(Simulator simulator, Scenario base, Request request, Listener listener) {
        if (request.metrics().isEmpty()) {
            return "Choose at least one metric to plot.";
        }
        Sweep sweep;
        try {
            String spec = (request.logX() ? "log:" : "lin:") + request.from().strip() + ":" + request.to().strip()
                    + ":" + request.values();
            Sweep.Axis axis = Sweep.parseAxis(simulator, request.parameter() + "=" + spec);
            sweep = new Sweep(simulator, base, List.of(axis), request.seeds());
        } catch (ScenarioException e) {
            return "Cannot sweep: " + e.getMessage();
        }
        int total = sweep.points().size();
        cancel.set(false);
        running.set(true);
        message.set(String.format(Locale.ROOT, "Running %d runs on %d threads…", total, threads()));
        Set<String> dashed = references;
        List<Sweep.Result> results = new ArrayList<>();
        Thread worker = new Thread(() -> {
            String outcome;
            try {
                sweep.run(threads(), Set.of(), r -> {
                    List<Sweep.Result> sofar;
                    synchronized (results) {
                        results.add(r);
                        sofar = List.copyOf(results);
                    }
                    Map<String, List<Point>> points = series(sweep, sofar, request.metrics());
                    ui.execute(() -> listener.progressed(points, (double) sofar.size() / total));
                }, cancel);
                outcome = cancel.get() ? "Cancelled." : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = "Interrupted.";
            } catch (RuntimeException e) {
                outcome = "The sweep failed: " + e.getMessage();
            }
            List<Sweep.Result> all;
            synchronized (results) {
                all = List.copyOf(results);
            }
            String done = outcome != null ? outcome : doneMessage(all,
                    slopes(series(sweep, all, request.metrics()), dashed, request.logX() && request.logY()));
            ui.execute(() -> listener.finished(done));
        }, "studio-sweep");
        worker.setDaemon(true);
        worker.start();
        return null;
    }

    /** The numeric parameters, which a sweep can vary. */
    static List<String> sweepable(Simulator s) {
        return s.parameters().all().stream()
                .filter(p -> p.type() == ParameterType.INTEGER || p.type() == ParameterType.REAL)
                .map(Parameter::name).toList();
    }

    /** A parameter on a log scale (a horizon, a population) is the natural one to sweep on log axes. */
    static String defaultParameter(Simulator s) {
        List<String> numeric = sweepable(s);
        return s.parameters().all().stream().filter(p -> p.logScale() && numeric.contains(p.name()))
                .map(Parameter::name).findFirst().orElse(numeric.isEmpty() ? null : numeric.get(0));
    }

    /** The metrics checked at first: the first chart's. */
    static List<String> defaultMetrics(List<ChartSpec> charts) {
        return charts.isEmpty() ? List.of() : List.copyOf(charts.get(0).metrics());
    }

    /** Metrics the simulator's charts draw as references (a theoretical rate): dashed in the sweep too. */
    static Set<String> references(List<ChartSpec> charts) {
        return charts.stream().flatMap(c -> c.referenceMetrics().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** A decade either side of the current value, within the parameter's bounds. */
    static Range suggestRange(Parameter<?> p, Object current) {
        double v = ((Number) current).doubleValue();
        double low = Math.max(p.min(), p.logScale() || v > 0 ? v / 10 : p.min());
        double high = Math.min(p.max(), p.logScale() || v > 0 ? v * 10 : p.max());
        if (low <= 0 || high <= low) {
            low = p.min();
            high = p.max();
        }
        boolean whole = p.type() == ParameterType.INTEGER;
        return new Range(p.format(whole ? (Object) Math.round(low) : (Object) low),
                p.format(whole ? (Object) Math.round(high) : (Object) high), low > 0);
    }

    private static String doneMessage(List<Sweep.Result> results, String slopes) {
        long failed = results.stream().filter(r -> r.error() != null).count();
        String firstError = results.stream().filter(r -> r.error() != null).map(Sweep.Result::error).findFirst()
                .orElse("");
        return String.format(Locale.ROOT, "Done: %d runs%s. %s", results.size(),
                failed > 0 ? ", " + failed + " failed (" + firstError + ")" : "", slopes);
    }

    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** Each metric's points: per value of the varied parameter, the mean and standard error over its seeds. */
    static Map<String, List<Point>> series(Sweep sweep, List<Sweep.Result> results, List<String> metrics) {
        String axis = sweep.axes().get(0).parameter();
        Map<Integer, List<Sweep.Result>> byPoint = new TreeMap<>();
        for (Sweep.Result r : results) {
            if (r.error() == null) {
                byPoint.computeIfAbsent(r.point().index(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<Point>> series = new LinkedHashMap<>();
        for (String metric : metrics) {
            List<Point> points = new ArrayList<>();
            for (List<Sweep.Result> group : byPoint.values()) {
                double x = ((Number) group.get(0).point().settings().get(axis)).doubleValue();
                Statistics.Summary stats = Sweep.summarize(group, metric);
                if (!Double.isNaN(stats.mean())) {
                    points.add(new Point(x, stats.mean(),
                            Double.isNaN(stats.standardError()) ? 0 : stats.standardError()));
                }
            }
            series.put(metric, List.copyOf(points));
        }
        return series;
    }

    /** The log–log slope of every series, and of its upper half where that differs: the exponents of power laws. */
    static String slopes(Map<String, List<Point>> series, Set<String> references, boolean logLog) {
        if (!logLog) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Point>> e : new TreeMap<>(series).entrySet()) {
            double slope = roundedZero(slope(e.getValue()));
            if (!Double.isNaN(slope)) {
                String part = String.format(Locale.ROOT, "%s slope %.2f", e.getKey(), slope);
                // A power law that sets in part-way (past a phase transition) shows in the upper half.
                double upper = roundedZero(upperHalfSlope(e.getValue()));
                if (!Double.isNaN(upper) && Math.abs(upper - slope) > 0.1) {
                    part += String.format(Locale.ROOT, " (upper half %.2f)", upper);
                }
                parts.add(references.contains(e.getKey()) ? part + " [reference]" : part);
            }
        }
        return parts.isEmpty() ? "" : "Log–log slopes: " + String.join("; ", parts) + ".";
    }

    /** A slope that would print as −0.00 prints as 0.00. */
    private static double roundedZero(double slope) {
        return Math.abs(slope) < 0.005 ? 0 : slope;
    }

    static double slope(List<Point> points) {
        return slope(points, Double.NEGATIVE_INFINITY);
    }

    /**
     * The slope over the points in the upper half of the x range on a log scale (x at least the geometric
     * mean of the smallest and largest x), when there are at least three of them; else NaN.
     */
    static double upperHalfSlope(List<Point> points) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        int positive = 0;
        for (Point p : points) {
            if (p.x() > 0 && p.mean() > 0) {
                low = Math.min(low, p.x());
                high = Math.max(high, p.x());
                positive++;
            }
        }
        if (positive < 4) {
            return Double.NaN;
        }
        double middle = Math.sqrt(low * high);
        long upper = points.stream().filter(p -> p.x() >= middle && p.mean() > 0).count();
        return upper >= 3 ? slope(points, middle) : Double.NaN;
    }

    private static double slope(List<Point> points, double fromX) {
        double[] x = points.stream().mapToDouble(Point::x).toArray();
        double[] y = points.stream().mapToDouble(Point::mean).toArray();
        return Statistics.logLogSlope(x, y, fromX).slope();
    }
}
