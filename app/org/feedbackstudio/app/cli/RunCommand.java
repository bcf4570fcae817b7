package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.EventsJsonlWriter;
import org.feedbackstudio.core.HeadlessRun;
import org.feedbackstudio.core.MetricFrame;
import org.feedbackstudio.core.MetricsCsvWriter;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.core.RunObserver;
import org.feedbackstudio.core.RunOutcome;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioReader;
import org.feedbackstudio.core.ScenarioWriter;
import org.feedbackstudio.core.Simulator;
import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code run}: runs a scenario to its stop condition and writes DIR/scenario.json (complete, seed
 * included), DIR/metrics.csv and DIR/events.jsonl, and DIR/model-calls.jsonl when the scenario has a model. A run that cannot start writes nothing; a run that
 * fails midway keeps what it wrote and says at which tick it stopped.
 */
@Command(name = "run", description = "Run a scenario headless and write scenario.json, metrics.csv and events.jsonl "
        + "(and model-calls.jsonl when it has a model).")
final class RunCommand implements Callable<Integer> {
    /** The event kind of one call to a language model, written to model-calls.jsonl. */
    static final String MODEL_CALL = "model-call";
    /**
     * The event kind of a row of a table the run reports beside its metrics (a cross-play's tournament): data
     * {@code table} (its name) and {@code row} (column to value); written to DIR/TABLE.csv.
     */
    static final String TABLE_ROW = "table-row";
    private static final java.util.regex.Pattern TABLE_NAME = java.util.regex.Pattern.compile("[a-z][a-zA-Z0-9-]{0,40}");
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "a scenario JSON file, or preset:REF (see `presets`)")
    String source;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a parameter (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "root seed (overrides the scenario's)")
    Long seed;

    @Option(names = "--every", paramLabel = "N",
            description = "one metrics row every N ticks (the last tick always); default: at most ~10,000 rows")
    Long every;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: runs/<simulator>-<time>)")
    Path out;

    @Option(names = "--events", paramLabel = "KINDS",
            description = "event kinds to write: all (default), none, or a comma-separated list")
    String events = "all";

    @Option(names = "--max-events", paramLabel = "N",
            description = "write at most N events (default ${DEFAULT-VALUE}; 0 = all)")
    long maxEvents = 1_000_000;

    @Option(names = "--max-events-size", paramLabel = "SIZE",
            description = "write at most SIZE of events: 100MB (default), 500KB, 2GB; 0 = no limit")
    String maxEventsSize = "100MB";

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--model-cache", paramLabel = "DIR",
            description = "the folder of the language-model answer cache (default: $XDG_CACHE_HOME/feedback-studio/"
                    + "answers, or ~/.cache/feedback-studio/answers)")
    Path modelCache;

    RunCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (every != null && every < 1) {
            throw new ScenarioException("--every", null, "expected a whole number of ticks >= 1, got " + every);
        }
        Scenario scenario = ScenarioSource.load(catalog, source);
        scenario = new ScenarioReader(catalog).override(scenario, sets);
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        Simulator simulator = catalog.require(scenario.simulator());
        Set<String> kinds = eventKinds(events);
        if (kinds != null && !simulator.eventKinds().isEmpty()) {
            for (String k : kinds) {
                if (!simulator.eventKinds().contains(k)) {
                    throw new ScenarioException("--events " + events, null, "\"" + k + "\" is not an event kind of "
                            + simulator.id() + "; its kinds: " + String.join(", ", simulator.eventKinds())
                            + " (or all, none)");
                }
            }
        }
        if (maxEvents < 0) {
            throw new ScenarioException("--max-events", null, "expected a whole number >= 0, got " + maxEvents);
        }
        long maxEventBytes = size("--max-events-size", maxEventsSize);
        OutputFolder folder = OutputFolder.check(out != null ? out : defaultOutput(simulator.id()));
        Path dir = out != null ? out : folder.path();

        // Writers are created only once the simulation exists, so a run that cannot start leaves nothing.
        LateWriters writers = new LateWriters(folder.path(), kinds, maxEvents, maxEventBytes,
                scenario.hasModels());
        FinalFrame last = new FinalFrame();
        Progress progress = new Progress(stderr, quiet);
        ModelEnvironment models = ModelEnvironment.system();
        if (modelCache != null) {
            models = models.withCacheDir(modelCache);
        }
        HeadlessRun run = new HeadlessRun(simulator, scenario, every == null ? 0 : every,
                List.of(writers, last, progress), models);
        HeadlessRun.Started started;
        try {
            started = run.start();
        } catch (ScenarioException e) {
            // Raised as the run starts (a data folder, a rule between parameters): say in which scenario.
            throw e.source() == null ? e.from(source) : e;
        } catch (ModelUnavailableException e) {
            stderr.println("error: the run stopped at " + simulator.tickName() + " 1, before it began: "
                    + e.getMessage() + "; nothing was written");
            stderr.println("note: every answer received so far is cached in " + models.cacheDir()
                    + "; run the same scenario again to resume from there");
            return Cli.RUN_FAILED;
        } catch (RuntimeException e) {
            throw new ScenarioException(source, null, "the run cannot start: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        try {
            folder.create();
            writers.open(scenario);
        } catch (IOException | ScenarioException e) {
            started.simulation().close();
            writers.closeQuietly();
            folder.discard();
            if (e instanceof ScenarioException se) {
                throw se;
            }
            throw new ScenarioException("--out " + dir, null, "cannot write there: "
                    + org.feedbackstudio.core.Outputs.reason((IOException) e));
        }
        long t0 = System.nanoTime();
        RunOutcome outcome;
        try {
            outcome = started.run();
        } finally {
            writers.close();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (outcome.failure() != null) {
            stderr.println("error: the run stopped at " + simulator.tickName() + " " + (outcome.tick() + 1)
                    + " of " + last.totalTicks + ": " + describe(outcome.failure()) + "; the "
                    + outcome.tick() + " completed " + simulator.tickName() + "s are kept in " + dir);
            if (outcome.failure() instanceof ModelUnavailableException) {
                stderr.println("note: every answer received so far is cached in " + models.cacheDir()
                        + "; run " + dir.resolve("scenario.json") + " again to resume from there ("
                        + models.account().snapshot().summary() + ")");
            } else {
                stderr.println("note: a run cannot be resumed midway; run " + dir.resolve("scenario.json")
                        + " again to repeat it from the start (same seed, same numbers)");
            }
            noteEvents(stderr, writers);
            return Cli.RUN_FAILED;
        }
        if (!quiet) {
            stdout.printf(Locale.ROOT, "%s: %d %ss in %.2f s, seed %d -> %s%n", simulator.id(), outcome.tick(),
                    simulator.tickName(), seconds, scenario.seed(), dir);
            last.print(stdout);
            if (scenario.hasModels()) {
                stdout.println("model: " + models.account().snapshot().summary());
            }
        }
        noteEvents(stderr, writers);
        return Cli.OK;
    }

    /** What events.jsonl left out, by kind, and how to get it. */
    private void noteEvents(PrintWriter stderr, LateWriters writers) {
        EventsJsonlWriter w = writers.events();
        if (w == null || w.skipped() == 0) {
            return;
        }
        StringBuilder kinds = new StringBuilder();
        w.skippedByKind().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%,d", e.getValue())));
        if (w.stoppedBySize()) {
            stderr.printf(Locale.ROOT, "note: events.jsonl stopped at %s (the first %,d events); %,d more were not "
                    + "written (%s); --max-events-size 0 writes them all, --events KINDS picks kinds%n",
                    maxEventsSize, w.written(), w.skipped(), kinds);
        } else {
            stderr.printf(Locale.ROOT, "note: events.jsonl holds the first %,d events; %,d more were not written "
                    + "(%s); --max-events 0 writes all, --events KINDS picks kinds%n", w.written(), w.skipped(), kinds);
        }
    }

    /** "100MB", "500 KB", "2G", "1048576" → bytes (decimal units); 0 = no limit. */
    static long size(String option, String text) throws ScenarioException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,15})\\s*([kmgt]?)b?",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(text.strip());
        if (!m.matches()) {
            throw new ScenarioException(option + " " + text, null, "expected a size such as 100MB, 500KB or 2GB "
                    + "(0 = no limit)");
        }
        long n = Long.parseLong(m.group(1));
        int power = "KMGT".indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
        for (int i = 0; i < power; i++) {
            if (n > Long.MAX_VALUE / 1000) {
                throw new ScenarioException(option + " " + text, null, "too large; 0 means no limit");
            }
            n *= 1000;
        }
        return n;
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static Set<String> eventKinds(String spec) throws ScenarioException {
        String s = spec.strip();
        if (s.equals("all")) {
            return null;
        }
        if (s.equals("none")) {
            return Set.of();
        }
        Set<String> kinds = new LinkedHashSet<>(Arrays.asList(s.split("\\s*,\\s*", -1)));
        for (String k : kinds) {
            if (!k.matches("[a-z][a-z0-9-]*")) {
                throw new ScenarioException("--events " + spec, null, (k.isEmpty() ? "an empty kind" : "\"" + k
                        + "\" is not an event kind") + "; expected all, none, or kinds separated by commas, "
                        + "e.g. --events donation,generation");
            }
        }
        return kinds;
    }

    private static Path defaultOutput(String id) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir = Path.of("runs", id + "-" + stamp);
        for (int i = 2; Files.exists(dir); i++) {
            dir = Path.of("runs", id + "-" + stamp + "-" + i);
        }
        return dir;
    }

    /**
     * The CSV and JSONL writers, created after the simulation has started. Each file is written under its
     * name plus ".partial" and takes its own name when the run ends (completed or failed with the reason
     * printed), so a file named metrics.csv is a finished run's; a run killed midway leaves
     * metrics.csv.partial and the other .partial files, holding whole rows and lines up to the last second.
     */
    private static final class LateWriters implements RunObserver {
        static final String PARTIAL = ".partial";

        private final Path dir;
        private final Set<String> kinds;
        private final long maxEvents;
        private final long maxEventBytes;
        private final boolean modelCalls;
        private final List<String> names = new ArrayList<>();
        private MetricsCsvWriter csv;
        private EventsJsonlWriter jsonl;
        private EventsJsonlWriter calls;
        private final java.util.Map<String, TableCsv> tables = new java.util.LinkedHashMap<>();
        private java.util.concurrent.ScheduledExecutorService flusher;

        /**
         * @param modelCalls whether to write model-calls.jsonl (one line per call to a language model)
         */
        LateWriters(Path dir, Set<String> kinds, long maxEvents, long maxEventBytes, boolean modelCalls) {
            this.dir = dir;
            this.kinds = kinds;
            this.maxEvents = maxEvents;
            this.maxEventBytes = maxEventBytes;
            this.modelCalls = modelCalls;
        }

        EventsJsonlWriter events() {
            return jsonl;
        }

        void open(Scenario scenario) throws IOException {
            Files.createDirectories(dir);
            ScenarioWriter.write(scenario, dir.resolve("scenario.json"));
            csv = MetricsCsvWriter.create(partial("metrics.csv"));
            jsonl = EventsJsonlWriter.create(partial("events.jsonl"), kinds, maxEvents, maxEventBytes);
            if (modelCalls) {
                calls = EventsJsonlWriter.create(partial("model-calls.jsonl"), Set.of(MODEL_CALL), 0, 0);
            }
            // At least every second what has gathered goes to the files, whatever the pace of the run.
            flusher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "output-flusher");
                t.setDaemon(true);
                return t;
            });
            flusher.scheduleAtFixedRate(this::flushQuietly, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        }

        private Path partial(String name) {
            names.add(name);
            return dir.resolve(name + PARTIAL);
        }

        private void flushQuietly() {
            for (org.feedbackstudio.core.WholeRecords w : new org.feedbackstudio.core.WholeRecords[] {csv, jsonl, calls}) {
                if (w != null) {
                    try {
                        w.flush();
                    } catch (RuntimeException e) {
                        // reported when the run writes or closes the file
                    }
                }
            }
        }

        @Override
        public void started(RunInfo info) {
            csv.started(info);
        }

        @Override
        public void frame(MetricFrame frame) {
            csv.frame(frame);
        }

        @Override
        public boolean wantsEvents(String kind) {
            return toEvents(kind) || (calls != null && kind.equals(MODEL_CALL)) || kind.equals(TABLE_ROW);
        }

        /** Model calls and table rows have files of their own; events.jsonl takes them only when asked by name. */
        private boolean toEvents(String kind) {
            return kinds == null ? !kind.equals(MODEL_CALL) && !kind.equals(TABLE_ROW) : kinds.contains(kind);
        }

        @Override
        public void event(org.feedbackstudio.core.SimEvent event) {
            if (calls != null && event.kind().equals(MODEL_CALL)) {
                calls.event(event);
            }
            if (event.kind().equals(TABLE_ROW)) {
                tableRow(event);
            }
            if (toEvents(event.kind())) {
                jsonl.event(event);
            }
        }

        /** A row of a table the run reports: written to DIR/TABLE.csv, whose columns are the first row's. */
        private void tableRow(org.feedbackstudio.core.SimEvent event) {
            Object name = event.data().get("table");
            Object row = event.data().get("row");
            if (!(name instanceof String table) || !TABLE_NAME.matcher(table).matches()
                    || !(row instanceof java.util.Map<?, ?> values)) {
                return;
            }
            try {
                TableCsv t = tables.get(table);
                if (t == null) {
                    t = new TableCsv(partial(table + ".csv"), values.keySet().stream().map(String::valueOf).toList());
                    tables.put(table, t);
                }
                t.row(values);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + table + ".csv in " + dir + ": "
                        + e.getMessage(), e);
            }
        }

        @Override
        public void finished(RunOutcome outcome) {
            csv.finished(outcome);
            jsonl.finished(outcome);
            if (calls != null) {
                calls.finished(outcome);
            }
        }

        /** Closes the files without giving them their names: a refusal, whose folder is removed. */
        void closeQuietly() {
            try {
                closeFiles();
            } catch (IOException ignored) {
                // already refusing; the first error is the one reported
            }
        }

        /** Closes the files and gives each its own name. */
        void close() throws IOException {
            closeFiles();
            for (String name : names) {
                Path from = dir.resolve(name + PARTIAL);
                if (Files.exists(from)) {
                    Files.move(from, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }

        private void closeFiles() throws IOException {
            if (flusher != null) {
                flusher.shutdownNow();
            }
            IOException first = null;
            List<AutoCloseable> files = new ArrayList<>(java.util.Arrays.asList(csv, jsonl, calls));
            files.addAll(tables.values());
            for (AutoCloseable c : files) {
                if (c != null) {
                    try {
                        c.close();
                    } catch (IOException e) {
                        first = first == null ? e : first;
                    } catch (Exception e) {
                        first = first == null ? new IOException(e.getMessage(), e) : first;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** A table written a row at a time, each flushed, so that a run stopped midway keeps its rows. */
    private static final class TableCsv implements AutoCloseable {
        private final java.io.BufferedWriter out;
        private final List<String> columns;

        TableCsv(Path file, List<String> columns) throws IOException {
            this.out = Files.newBufferedWriter(file);
            this.columns = List.copyOf(columns);
            out.write(String.join(",", columns.stream().map(TableCsv::cell).toList()));
            out.newLine();
            out.flush();
        }

        void row(java.util.Map<?, ?> values) throws IOException {
            List<String> cells = new ArrayList<>(columns.size());
            for (String c : columns) {
                Object v = values.get(c);
                cells.add(v == null ? "" : cell(String.valueOf(v)));
            }
            out.write(String.join(",", cells));
            out.newLine();
            out.flush();
        }

        private static String cell(String s) {
            return s.contains(",") || s.contains("\"") || s.contains("\n")
                    ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Keeps the last frame for the summary. */
    private static final class FinalFrame implements RunObserver {
        private RunInfo info;
        private MetricFrame frame;
        long totalTicks;

        @Override
        public void started(RunInfo runInfo) {
            info = runInfo;
            totalTicks = runInfo.totalTicks();
        }

        @Override
        public void frame(MetricFrame f) {
            frame = f;
        }

        void print(PrintWriter out) {
            if (frame == null) {
                return;
            }
            List<String> names = info.metricNames();
            int width = names.stream().mapToInt(String::length).max().orElse(0);
            for (int i = 0; i < names.size(); i++) {
                double v = frame.values()[i];
                StringBuilder value = new StringBuilder();
                MetricsCsvWriter.appendNumber(value, Double.isNaN(v) ? v : Math.round(v * 1e4) / 1e4);
                out.println(String.format("  %-" + width + "s  %s", names.get(i),
                        value.length() == 0 ? "-" : value));
            }
        }
    }

    /** A progress line on stderr every few seconds for long runs. */
    private static final class Progress implements RunObserver {
        private final PrintWriter err;
        private final boolean quiet;
        private long total;
        private long lastPrint = System.nanoTime();

        Progress(PrintWriter err, boolean quiet) {
            this.err = err;
            this.quiet = quiet;
        }

        @Override
        public void started(RunInfo info) {
            total = info.totalTicks();
        }

        @Override
        public void frame(MetricFrame frame) {
            long now = System.nanoTime();
            if (!quiet && now - lastPrint > 5_000_000_000L) {
                err.printf(Locale.ROOT, "  ... %d of %d (%.0f%%)%n", frame.tick(), total, 100.0 * frame.tick() / total);
                err.flush();
                lastPrint = now;
            }
        }
    }
}
