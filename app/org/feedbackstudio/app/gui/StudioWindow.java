package org.feedbackstudio.app.gui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.feedbackstudio.app.gui.charts.ChartClick;
import org.feedbackstudio.app.gui.charts.LiveChart;
import org.feedbackstudio.app.gui.parameters.ParameterSheet;
import org.feedbackstudio.runtime.llm.ModelSpec;
import org.feedbackstudio.runtime.llm.ModelUnavailableException;
import org.feedbackstudio.runtime.llm.ModelUsage;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.RunBatch;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioReader;
import org.feedbackstudio.core.Simulator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The studio's main window: the catalog on the left, charts and the simulator's views in the centre, the
 * parameter sheet on the right, run controls on top, the event log and status bar below. It lays these
 * out and shows what its {@link StudioViewModel} decides (which edits apply when, whether the run may
 * start); the Sweep tab has its own {@link SweepViewModel}. All methods run on the JavaFX thread;
 * simulation work happens on the {@link RunSession}'s worker.
 */
public final class StudioWindow implements StudioContext, AutoCloseable {
    static final long DEFAULT_SEED = 1;
    private static final double MAX_SPEED_POSITION = 7.25; // slider positions above 7 mean "as fast as possible"

    private final Supplier<Window> owner;
    private final RunSession session = new RunSession();
    /** The studio's own randomness (new seeds), apart from every simulation's. */
    private final Random guiRandom = new Random();

    private final BorderPane root = new BorderPane();
    private final CatalogPane catalogPane;
    private final ParameterSheet sheet = new ParameterSheet(this::parameterEdited);
    private final List<Consumer<ChartClick>> chartClickListeners = new ArrayList<>();
    private final ChartsPane charts = new ChartsPane(click -> chartClickListeners.forEach(l -> l.accept(click)),
            chart -> chart.addMenuItems(List.of(
                    item("Export as PNG…", null, () -> exportChart(chart, "png")),
                    item("Export as SVG…", null, () -> exportChart(chart, "svg")))));
    private final EventLogPane log = new EventLogPane();
    private final InspectorPane inspector = new InspectorPane(this::refreshInspection);
    private final StatusBar status = new StatusBar();
    private final java.util.concurrent.ExecutorService modelChecks = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(r, "model-check");
                t.setDaemon(true);
                return t;
            });
    private final ModelPanel modelPanel = new ModelPanel(modelChecks, this::modelApplied);
    private final Banner banner = new Banner();
    private final TabPane tabs = new TabPane();
    private final Tab chartsTab = new Tab("Charts");
    private final Tab agentsTab = new Tab("Agents");
    private final Tab infoTab = new Tab("Info");
    private final Tab sweepTab = new Tab("Sweep");
    private final SweepPane sweepPane;
    private final SweepResultsPane sweepResults;
    private final Button playButton = new Button("Play", Icons.play());
    private final Button pauseButton = new Button("Pause", Icons.pause());
    private final Button stepButton = new Button("Step", Icons.step());
    private final Button resetButton = new Button("⟲ Reset");
    private final Slider speed = new Slider(0, MAX_SPEED_POSITION, MAX_SPEED_POSITION);
    private final Label speedLabel = new Label();
    private final TextField seedField = new TextField();
    private final ToggleButton presentationButton = new ToggleButton("Presentation");
    private final Label sheetTitle = new Label();
    private SplitPane horizontal;
    private SplitPane vertical;
    private double[] normalDividers;

    /** Every simulator's studio views on the class path; the chosen simulator's are installed. */
    private final List<SimulatorViews<?>> registeredViews = SimulatorViews.registered();
    private InstalledViews<?> views = InstalledViews.none();
    private final StudioViewModel model;
    private long lastInspectedTick = -1;
    private boolean inspecting;
    private final Timeline inspectionTimer;

    public StudioWindow(Catalog catalog, Supplier<Window> owner) {
        this.owner = owner;
        this.model = new StudioViewModel(catalog, javafx.application.Platform::runLater);
        this.sweepPane = new SweepPane(model.sweep());
        this.sweepResults = new SweepResultsPane(new SweepResultsViewModel(catalog), owner, this::load);
        this.catalogPane = new CatalogPane(catalog, this::choose, (message, e) -> showError(message, e));
        session.addListener(this::onBatch);
        root.getStyleClass().add("studio");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(centre());
        root.setBottom(status.node());
        inspectionTimer = new Timeline(new KeyFrame(Duration.millis(500), e -> maybeInspect()));
        inspectionTimer.setCycleCount(Timeline.INDEFINITE);
        inspectionTimer.play();
        if (!catalog.all().isEmpty()) {
            catalogPane.select(null);
        }
    }

    public Parent root() {
        return root;
    }

    // ---------------------------------------------------------------- layout

    private MenuBar menuBar() {
        MenuItem open = item("Open scenario…", "Shortcut+O", this::openScenario);
        MenuItem save = item("Save scenario…", "Shortcut+S", this::saveScenario);
        MenuItem csv = item("Export data as CSV…", "Shortcut+E", this::exportCsv);
        Menu charts = new Menu("Export chart");
        charts.setOnShowing(e -> fillChartExports(charts));
        charts.getItems().add(new MenuItem("(no chart)"));
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            Window w = owner.get();
            if (w != null) {
                w.hide();
            }
        });
        Menu file = new Menu("File", null, open, save, new SeparatorMenuItem(), csv, charts,
                new SeparatorMenuItem(), quit);
        Menu run = new Menu("Run", null,
                item("Play / pause", "Shortcut+ENTER", this::togglePlay),
                item("Step", "Shortcut+RIGHT", this::step),
                item("Reset", "Shortcut+R", this::reset),
                item("New seed", "Shortcut+N", this::newSeed),
                item("Parameters to defaults", null, this::parametersToDefaults));
        MenuItem presentation = item("Presentation mode", "F11",
                () -> presentationButton.setSelected(!presentationButton.isSelected()));
        Menu view = new Menu("View", null, presentation,
                item("Info page", "F1", () -> tabs.getSelectionModel().select(infoTab)));
        MenuBar bar = new MenuBar(file, run, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        playButton.setId("play");
        pauseButton.setId("pause");
        stepButton.setId("step");
        resetButton.setId("reset");
        playButton.setOnAction(e -> play());
        pauseButton.setOnAction(e -> session.pause());
        stepButton.setOnAction(e -> step());
        resetButton.setOnAction(e -> reset());
        playButton.setTooltip(new Tooltip("Run (Ctrl+Enter)"));
        stepButton.setTooltip(new Tooltip("Advance one tick (Ctrl+→)"));
        resetButton.setTooltip(new Tooltip("Start again with the parameters and seed shown (Ctrl+R)"));
        speed.setId("speed");
        speed.setPrefWidth(150);
        speed.setTooltip(new Tooltip("Ticks per second, on a log scale; far right = as fast as possible"));
        speed.valueProperty().addListener((o, a, b) -> applySpeed());
        speedLabel.setMinWidth(80);
        applySpeed();
        seedField.setId("seed");
        seedField.setPrefColumnCount(10);
        seedField.setTooltip(new Tooltip("Root seed: the same seed and parameters give the same run"));
        seedField.setOnAction(e -> seedEdited());
        seedField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                seedEdited();
            }
        });
        Button dice = new Button("New seed");
        dice.setId("new-seed");
        dice.setTooltip(new Tooltip("Draw a new seed (Ctrl+N)"));
        dice.setOnAction(e -> newSeed());
        Button open = new Button("Open…");
        open.setOnAction(e -> openScenario());
        Button save = new Button("Save…");
        save.setOnAction(e -> saveScenario());
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> exportCsv());
        presentationButton.setId("presentation");
        presentationButton.setTooltip(new Tooltip("Large text and thick lines for a projector (F11)"));
        presentationButton.selectedProperty().addListener((o, a, on) -> setPresentation(on));
        return new ToolBar(playButton, pauseButton, stepButton, resetButton, new Separator(Orientation.VERTICAL),
                new Label("Speed"), speed, speedLabel, new Separator(Orientation.VERTICAL),
                new Label("Seed"), seedField, dice, new Separator(Orientation.VERTICAL),
                open, save, export, new Separator(Orientation.VERTICAL), presentationButton);
    }

    private Parent centre() {
        chartsTab.setContent(charts.node());
        agentsTab.setContent(inspector.node());
        // The Sweep tab: run a one-parameter sweep here, or view any sweep folder (command line, cluster).
        TabPane sweepTabs = new TabPane(new Tab("Run a sweep", sweepPane.node()),
                new Tab("Results", sweepResults.node()));
        sweepTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sweepTabs.setId("sweep-tabs");
        sweepTab.setContent(sweepTabs);
        tabs.getTabs().addAll(chartsTab, sweepTab, agentsTab, infoTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> maybeInspect());
        VBox middle = new VBox(banner.node(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        vertical = new SplitPane(middle, log.node());
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.78);
        sheetTitle.getStyleClass().add("section-title");
        Button defaults = new Button("All to defaults");
        defaults.setOnAction(e -> parametersToDefaults());
        HBox sheetBar = new HBox(8, sheetTitle, defaults);
        sheetBar.setAlignment(Pos.CENTER_LEFT);
        sheetBar.setPadding(new Insets(6, 8, 4, 8));
        BorderPane right = new BorderPane(sheet.node());
        right.setTop(sheetBar);
        right.setBottom(modelPanel.node());
        right.setMinWidth(260);
        right.setPrefWidth(340);
        horizontal = new SplitPane(catalogPane.node(), vertical, right);
        horizontal.setDividerPositions(0.2, 0.77);
        SplitPane.setResizableWithParent(catalogPane.node(), false);
        SplitPane.setResizableWithParent(right, false);
        return horizontal;
    }

    // ---------------------------------------------------------------- choosing and loading

    private void choose(Simulator chosen, Preset preset) {
        load(preset != null ? preset.scenario() : Scenario.defaults(chosen, DEFAULT_SEED));
        status.message(preset != null ? "Preset: " + preset.title() : chosen.title() + " with its defaults");
    }

    /** Loads a scenario: the sheet, charts and views follow it, and a new run is created paused. */
    public void load(Scenario newScenario) {
        boolean newSimulator = model.load(newScenario);
        Simulator simulator = model.simulator();
        ParameterValues edited = model.edited();
        seedField.setText(Long.toString(model.seed()));
        sheet.setProblem(null, null);
        banner.hide();
        resetButton.getStyleClass().remove("attention");
        if (newSimulator) {
            sheet.show(edited);
            sheetTitle.setText("Parameters: " + simulator.id());
            status.setTickName(simulator.tickName());
            showInfo();
            installViews();
            model.sweep().useSimulator(simulator, simulator.charts(edited), simulator.metrics(edited));
            catalogPane.showSimulator(simulator.id());
        } else {
            sheet.setValues(edited);
            model.sweep().useMetrics(simulator.charts(edited), simulator.metrics(edited));
        }
        charts.useSpecs(simulator.charts(edited));
        lastInspectedTick = -1;
        modelPanel.show(newScenario.model(), newScenario.models());
        status.model(newScenario.hasModels() ? ModelUsage.NONE : null);
        session.load(simulator, newScenario);
    }

    /**
     * The model panel's Apply: the scenario shown with the new model block ({@code name} null) or the new named
     * model, started again.
     */
    private void modelApplied(String name, ModelSpec spec) {
        Scenario next = model.nextRun();
        if (next == null) {
            banner.show(Banner.Kind.WARNING, "Fix the parameters first: " + model.problem(), null);
            return;
        }
        if (name == null) {
            load(next.withModel(spec));
        } else {
            java.util.Map<String, ModelSpec> models = new java.util.LinkedHashMap<>(next.models());
            models.put(name, spec);
            load(next.withModels(models));
        }
        status.message("Model: " + spec.describe());
    }

    private void installViews() {
        tabs.getTabs().removeIf(t -> t.getUserData() instanceof SimulatorView);
        chartClickListeners.clear();
        views = InstalledViews.forSimulator(model.simulator().id(), registeredViews, this);
        int at = 1;
        for (SimulatorView<?> v : views.views()) {
            Tab tab = new Tab(v.title(), v.node());
            tab.setUserData(v);
            tabs.getTabs().add(at++, tab);
            v.setPresentation(presentationButton.isSelected());
        }
        tabs.getSelectionModel().select(chartsTab);
    }

    private void showInfo() {
        Simulator simulator = model.simulator();
        String md = Presets.readResource(simulator.infoResource());
        ScrollPane scroll = new ScrollPane(MarkdownView.render(md == null
                ? "# " + simulator.title() + "\n\n" + simulator.summary() : md));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("info-page");
        infoTab.setContent(scroll);
    }

    // ---------------------------------------------------------------- run controls

    private boolean parametersBlocked() {
        if (model.problem() != null) {
            banner.show(Banner.Kind.WARNING, "Fix the parameters first: " + model.problem(), null);
            return true;
        }
        return false;
    }

    private void play() {
        if (parametersBlocked()) {
            return;
        }
        if (model.resetBeforePlay()) {
            reset();
        }
        session.play();
    }

    private void togglePlay() {
        if (model.canPause()) {
            session.pause();
        } else {
            play();
        }
    }

    private void step() {
        if (model.problem() == null) {
            session.step();
        }
    }

    /** Starts again with the parameters and seed shown. */
    public void reset() {
        if (parametersBlocked()) {
            return;
        }
        load(model.nextRun());
        status.message("Reset with seed " + model.seed());
    }

    private void applySpeed() {
        double position = speed.getValue();
        if (position > 7.0) {
            session.setSpeed(0);
            speedLabel.setText("max");
        } else {
            double ticksPerSecond = Math.pow(10, position);
            session.setSpeed(ticksPerSecond);
            speedLabel.setText(StatusBar.rate(ticksPerSecond) + "/s");
        }
    }

    private void newSeed() {
        show(model.seedChanged(guiRandom.nextInt(1_000_000_000)));
    }

    private void seedEdited() {
        show(model.seedEdited(seedField.getText()));
    }

    private void parametersToDefaults() {
        for (Parameter<?> p : model.offDefault()) {
            sheet.item(p.name()).setValue(p.defaultValue());
        }
    }

    /** A value committed in the parameter sheet. */
    private void parameterEdited(String name, Object value) {
        boolean hadProblem = model.problem() != null;
        StudioViewModel.Edit edit = model.parameterEdited(name, value);
        if (!(edit instanceof StudioViewModel.Refused)) {
            sheet.setProblem(null, null);
            if (hadProblem) {
                banner.hide();
            }
            Simulator simulator = model.simulator();
            charts.useSpecs(simulator.charts(model.edited()));
            model.sweep().useMetrics(simulator.charts(model.edited()), simulator.metrics(model.edited()));
        }
        show(edit);
    }

    /** Shows what an edit of a parameter or of the seed leads to. */
    private void show(StudioViewModel.Edit edit) {
        seedField.setText(Long.toString(model.seed()));
        if (edit instanceof StudioViewModel.Refused r) {
            if (r.parameter() != null) {
                sheet.setProblem(r.parameter(), r.problem());
            }
            banner.show(Banner.Kind.WARNING, r.message(), null);
        } else if (edit instanceof StudioViewModel.RestartNow) {
            reset();
        } else if (edit instanceof StudioViewModel.ApplyLive live) {
            RunSession.onFx(session.applyLive(live.name(), live.value()), applied -> {
                if (applied) {
                    status.message(model.liveApplied(live.name(), live.value()));
                } else {
                    show(model.liveRefused(live.name()));
                }
            }, error -> showError("Could not apply " + live.name(), error));
        } else if (edit instanceof StudioViewModel.ResetPending pending) {
            offerReset(pending);
        }
    }

    private void offerReset(StudioViewModel.ResetPending pending) {
        if (!resetButton.getStyleClass().contains("attention")) {
            resetButton.getStyleClass().add("attention");
        }
        banner.show(Banner.Kind.INFO, pending.message(model.pendingReset()), null,
                "Reset now", (Runnable) this::reset, "Keep running", (Runnable) () -> { });
    }

    // ---------------------------------------------------------------- batches from the run

    private void onBatch(RunBatch batch) {
        String ended = model.batch(batch);
        status.batch(batch);
        if (model.scenarioShown() != null && model.scenarioShown().hasModels()) {
            status.model(session.modelUsage());
        }
        charts.batch(batch);
        log.batch(batch);
        for (SimulatorView<?> v : views.views()) {
            if (batch.info() != null) {
                v.runStarted(batch.info());
            }
            v.batch(batch);
        }
        playButton.setDisable(!model.canPlay());
        pauseButton.setDisable(!model.canPause());
        stepButton.setDisable(!model.canPlay());
        if (batch.state() == RunState.FAILED && batch.failure() instanceof ModelUnavailableException unavailable) {
            offerRetry(batch, unavailable);
        } else if (batch.state() == RunState.FAILED && batch.failure() != null) {
            showError(model.failure(batch), batch.failure());
        } else if (ended != null) {
            status.message(ended);
        }
        if (batch.state() != RunState.RUNNING) {
            maybeInspect();
        }
    }

    /**
     * A model that stopped answering pauses the run with the reason. Everything answered so far is in the
     * cache, so Retry starts the run again and replays up to here with no call, then goes on.
     */
    private void offerRetry(RunBatch batch, ModelUnavailableException e) {
        Scenario scenario = model.scenarioShown();
        banner.show(Banner.Kind.WARNING, "Paused at " + model.simulator().tickName() + " " + (batch.tick() + 1)
                + ": " + e.getMessage() + ". The answers received so far are kept; Retry picks up from here.", null,
                "Retry", (Runnable) () -> {
                    load(scenario);
                    session.play();
                }, "Dismiss", (Runnable) () -> { });
        status.message("The model stopped answering at " + model.simulator().tickName() + " " + (batch.tick() + 1));
    }

    // ---------------------------------------------------------------- inspection

    private void maybeInspect() {
        if (inspecting || session.lastBatch() == null) {
            return;
        }
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        boolean wanted = selected == agentsTab
                || selected != null && selected.getUserData() instanceof SimulatorView<?> v && v.wantsInspections();
        long tick = session.lastBatch().tick();
        if (wanted && tick != lastInspectedTick) {
            refreshInspection();
        }
    }

    private void refreshInspection() {
        inspecting = true;
        RunSession.onFx(session.inspect(), inspection -> {
            inspecting = false;
            lastInspectedTick = inspection.tick();
            inspector.show(inspection);
            views.inspected(inspection);
        }, error -> inspecting = false);
    }

    @Override
    public <D> CompletableFuture<Inspection<D>> inspect(Class<D> detailType) {
        CompletableFuture<Inspection<D>> result = new CompletableFuture<>();
        RunSession.onFx(session.inspect(), inspection -> {
            try {
                result.complete(inspection.as(detailType));
            } catch (ClassCastException e) {
                result.completeExceptionally(e);
            }
        }, result::completeExceptionally);
        return result;
    }

    @Override
    public void status(String message) {
        status.message(message);
    }

    @Override
    public void showAgent(String agentId) {
        inspector.select(agentId);
        tabs.getSelectionModel().select(agentsTab);
        refreshInspection();
    }

    @Override
    public void onChartClick(Consumer<ChartClick> listener) {
        chartClickListeners.add(listener);
    }

    @Override
    public void reveal(SimulatorView<?> view) {
        for (Tab t : tabs.getTabs()) {
            if (t.getUserData() == view) {
                tabs.getSelectionModel().select(t);
            }
        }
    }

    // ---------------------------------------------------------------- files

    private void openScenario() {
        FileChooser chooser = jsonChooser("Open scenario");
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            openScenario(file.toPath());
        }
    }

    /** Opens a scenario file; a bad file changes nothing and says what is wrong and where. */
    public boolean openScenario(Path file) {
        try {
            Scenario opened = model.read(file);
            load(opened);
            status.message("Opened " + file.getFileName());
            return true;
        } catch (ScenarioException e) {
            banner.show(Banner.Kind.ERROR, "Could not open the scenario. " + e.getMessage()
                    + " Nothing was changed.", null);
            return false;
        }
    }

    private void saveScenario() {
        if (model.problem() != null) {
            banner.show(Banner.Kind.WARNING, "Fix the parameters before saving: " + model.problem(), null);
            return;
        }
        FileChooser chooser = jsonChooser("Save scenario");
        chooser.setInitialFileName(model.simulator().id() + ".json");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            saveScenario(file.toPath());
        }
    }

    /** Saves the scenario shown (parameters and seed as on screen). */
    public void saveScenario(Path file) {
        try {
            Exporter.scenario(model.scenarioShown(), file);
            status.message("Saved " + file);
        } catch (IOException e) {
            showError("Could not save " + file + ": " + e.getMessage(), e);
        }
    }

    private void exportCsv() {
        if (session.info() == null || session.frames().isEmpty()) {
            banner.show(Banner.Kind.INFO, "Nothing to export yet: run the simulation first.", null);
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export data as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName(model.simulator().id() + "-metrics.csv");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            exportCsv(file.toPath());
        }
    }

    /** Writes the current run's frames as CSV, the same columns as the command line's metrics.csv. */
    public void exportCsv(Path file) {
        try {
            Exporter.csv(session.info(), session.frames(), file);
            status.message("Exported " + session.frames().size() + " rows to " + file);
        } catch (IOException e) {
            showError("Could not export to " + file + ": " + e.getMessage(), e);
        }
    }

    private void fillChartExports(Menu menu) {
        menu.getItems().clear();
        for (LiveChart chart : charts.charts()) {
            String title = chart.spec().title();
            menu.getItems().add(item(title + " as PNG…", null, () -> exportChart(chart, "png")));
            menu.getItems().add(item(title + " as SVG…", null, () -> exportChart(chart, "svg")));
        }
    }

    private void exportChart(LiveChart chart, String format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export chart as " + format.toUpperCase(Locale.ROOT));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(Locale.ROOT),
                "*." + format));
        chooser.setInitialFileName(model.simulator().id() + "-" + chart.spec().title().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-") + "." + format);
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            exportChart(chart.spec().title(), format, file.toPath());
        }
    }

    /** Writes one chart (by title) as "png" or "svg". */
    public void exportChart(String chartTitle, String format, Path file) {
        LiveChart chart = charts.chart(chartTitle);
        if (chart == null) {
            return;
        }
        String title = model.simulator().title() + ": " + chartTitle;
        try {
            if (format.equals("svg")) {
                Exporter.svg(chart.chart(), title, file);
            } else {
                Exporter.png(chart.chart(), title, file);
            }
            status.message("Exported " + file);
        } catch (IOException e) {
            showError("Could not export " + file + ": " + e.getMessage(), e);
        }
    }

    private static FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (JSON)", "*.json"));
        return chooser;
    }

    // ---------------------------------------------------------------- misc

    private void setPresentation(boolean on) {
        if (on) {
            root.getStyleClass().add("presentation");
            // Give the charts the room: fold the catalog away and shrink the event log.
            normalDividers = new double[] {horizontal.getDividerPositions()[0], horizontal.getDividerPositions()[1],
                vertical.getDividerPositions()[0]};
            ((javafx.scene.layout.Region) catalogPane.node()).setMinWidth(0);
            horizontal.setDividerPositions(0.0, 0.78);
            vertical.setDividerPositions(0.9);
        } else {
            root.getStyleClass().remove("presentation");
            ((javafx.scene.layout.Region) catalogPane.node()).setMinWidth(200);
            if (normalDividers != null) {
                horizontal.setDividerPositions(normalDividers[0], normalDividers[1]);
                vertical.setDividerPositions(normalDividers[2]);
            }
        }
        charts.setPresentation(on);
        views.views().forEach(v -> v.setPresentation(on));
    }

    private void showError(String message, Throwable detail) {
        banner.show(Banner.Kind.ERROR, message, detail);
        status.message(message);
    }

    /** What the window decides, for its tests. */
    /** The Sweep tab's results view (for tests and scripted screenshots). */
    SweepResultsPane sweepResults() {
        return sweepResults;
    }

    StudioViewModel viewModel() {
        return model;
    }

    @Override
    public void close() {
        inspectionTimer.stop();
        model.sweep().cancel();
        session.close();
    }
}
