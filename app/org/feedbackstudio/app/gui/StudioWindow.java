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
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    /** Readable speeds, 1, 2 and 5 per decade from 1 to 10⁷ ticks per second; one step past them is "max". */
    static final double[] SPEEDS = speedLadder();

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
    private final Button resetButton = new Button("Reset", Icons.reset());
    private final ToggleButton catalogButton = new ToggleButton("Presets", Icons.list());
    private final Slider speed = new Slider(0, SPEEDS.length, SPEEDS.length);
    private final Label speedLabel = new Label();
    private final TextField seedField = new TextField();
    private final ToggleButton presentationButton = new ToggleButton("Presentation");
    private final Label sheetTitle = new Label();
    private SplitPane horizontal;
    private SplitPane vertical;
    private BorderPane rightPane;
    private FittingBar toolbarFit;
    /** Whether the window was last wide enough for the catalog beside the charts. */
    private Boolean wide;
    /** The banner's text about edits waiting for a reset, which follows the run's state while shown. */
    private String pendingText = "";
    /** The values the run came from (a preset, a file), which the sheet compares with; null = the defaults. */
    private ParameterValues reference;
    private String referenceName = "the defaults";

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
        MenuItem catalog = item("Simulators and presets", "F9",
                () -> catalogButton.setSelected(!catalogButton.isSelected()));
        Menu view = new Menu("View", null, presentation, catalog,
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

    private HBox toolBar() {
        playButton.setId("play");
        pauseButton.setId("pause");
        stepButton.setId("step");
        resetButton.setId("reset");
        playButton.setOnAction(e -> play());
        pauseButton.setOnAction(e -> session.pause());
        stepButton.setOnAction(e -> step());
        resetButton.setOnAction(e -> reset());
        playButton.setTooltip(new Tooltip("Run (Ctrl+Enter)"));
        pauseButton.setTooltip(new Tooltip("Pause (Ctrl+Enter)"));
        stepButton.setTooltip(new Tooltip("Advance one tick (Ctrl+→)"));
        resetButton.setTooltip(new Tooltip("Start again with the parameters and seed shown (Ctrl+R)"));
        catalogButton.setId("show-catalog");
        catalogButton.setTooltip(new Tooltip("Show or hide the simulators and their presets (F9)"));
        catalogButton.selectedProperty().addListener((o, a, on) -> showCatalog(on));
        speed.setId("speed");
        speed.setPrefWidth(150);
        speed.setMinWidth(110);
        speed.setTooltip(new Tooltip("Ticks per second in steps of 1, 2, 5, 10, 20, 50 …; far right = as fast as "
                + "possible. A preset starts at the speed it is meant to be watched at."));
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setBlockIncrement(1);
        speed.setSnapToTicks(true);
        speed.valueProperty().addListener((o, a, b) -> applySpeed());
        speedLabel.setId("speed-value");
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        applySpeed();
        seedField.setId("seed");
        seedField.setPrefColumnCount(10);
        seedField.setMinWidth(Region.USE_PREF_SIZE);
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
        open.setId("open");
        open.setTooltip(new Tooltip("Open a scenario file (Ctrl+O)"));
        open.setOnAction(e -> openScenario());
        Button save = new Button("Save…");
        save.setId("save");
        save.setTooltip(new Tooltip("Save the scenario shown (Ctrl+S)"));
        save.setOnAction(e -> saveScenario());
        Button export = new Button("Export CSV…");
        export.setId("export");
        export.setTooltip(new Tooltip("Export the run's data as CSV (Ctrl+E); charts export from their ⋮ menu"));
        export.setOnAction(e -> exportCsv());
        presentationButton.setId("presentation");
        presentationButton.setTooltip(new Tooltip("Large text and thick lines for a projector (F11)"));
        presentationButton.selectedProperty().addListener((o, a, on) -> setPresentation(on));
        Label speedWord = new Label("Speed");
        Label seedWord = new Label("Seed");
        Separator afterCatalog = new Separator(Orientation.VERTICAL);
        Separator afterRun = new Separator(Orientation.VERTICAL);
        Separator afterSpeed = new Separator(Orientation.VERTICAL);
        Separator afterSeed = new Separator(Orientation.VERTICAL);
        Separator afterFiles = new Separator(Orientation.VERTICAL);
        HBox bar = new HBox(6, catalogButton, afterCatalog, playButton, pauseButton, stepButton, resetButton,
                afterRun, speedWord, speed, speedLabel, afterSpeed, seedWord, seedField, dice, afterSeed,
                open, save, export, afterFiles, presentationButton);
        bar.getStyleClass().addAll("tool-bar", "studio-tool-bar");
        bar.setId("tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(Region.USE_PREF_SIZE); // never elided: the bar sheds whole items instead
            }
        }
        // As the window narrows: first what the menus also offer, then words beside icons; the run controls,
        // the speed, Export and Presentation always stay.
        toolbarFit = new FittingBar(bar, List.of(
                on -> shown(!on, open, save),
                on -> shown(!on, dice),
                on -> shown(!on, speedWord, seedWord),
                on -> iconsOnly(on, playButton, pauseButton, stepButton, resetButton, catalogButton),
                on -> shown(!on, seedField, afterSeed)));
        return bar;
    }

    private static void shown(boolean shown, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    private static void iconsOnly(boolean on, javafx.scene.control.Labeled... controls) {
        for (javafx.scene.control.Labeled c : controls) {
            c.setContentDisplay(on ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                    : javafx.scene.control.ContentDisplay.LEFT);
        }
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
        sheetTitle.setText("Parameters");
        sheetTitle.getStyleClass().add("section-title");
        sheetTitle.setMinWidth(Region.USE_PREF_SIZE);
        Button defaults = new Button("All to defaults");
        defaults.setId("all-to-defaults");
        defaults.setMinWidth(Region.USE_PREF_SIZE);
        defaults.setTooltip(new Tooltip("Every parameter back to its default value"));
        defaults.setOnAction(e -> parametersToDefaults());
        javafx.scene.layout.FlowPane sheetBar = new javafx.scene.layout.FlowPane(8, 4, sheetTitle, defaults);
        sheetBar.setAlignment(Pos.CENTER_LEFT);
        sheetBar.setPadding(new Insets(6, 8, 4, 8));
        rightPane = new BorderPane(sheet.node());
        rightPane.setTop(sheetBar);
        rightPane.setBottom(modelPanel.node());
        rightPane.setMinWidth(240);
        rightPane.setId("side-parameters");
        horizontal = new SplitPane(vertical, rightPane);
        SplitPane.setResizableWithParent(catalogPane.node(), false);
        SplitPane.setResizableWithParent(rightPane, false);
        // The side panels yield to the charts as the window narrows: the catalog folds away (Presets brings
        // it back) and the sheet takes less room; their widths follow the window and the text size.
        root.widthProperty().addListener((o, a, w) -> windowResized(w.doubleValue()));
        return horizontal;
    }

    // ---------------------------------------------------------------- choosing and loading

    /** Loads a simulator's preset (null = its defaults) as a click in the catalog does. */
    void choose(Simulator chosen, Preset preset) {
        Scenario scenario = preset != null ? preset.scenario() : Scenario.defaults(chosen, DEFAULT_SEED);
        load(scenario);
        if (preset != null) {
            setSpeed(preset.speed()); // the speed the preset is meant to be watched at
        }
        setReference(preset != null ? scenario.parameters() : null, preset != null ? "the preset" : "the defaults");
        status.message(preset != null ? "Preset: " + preset.title() : chosen.title() + " with its defaults");
    }

    /**
     * Loads a scenario: the sheet, charts and views follow it, and a new run is created paused. The sheet
     * marks what differs from this scenario's values until another is chosen (a reset keeps the mark).
     */
    public void load(Scenario newScenario) {
        restart(newScenario);
        setReference(newScenario.parameters(), "the scenario");
    }

    private void setReference(ParameterValues values, String name) {
        reference = values;
        referenceName = name;
        sheet.setReference(values, name);
    }

    /** Starts a scenario again, as Reset does: the sheet keeps what it compares with. */
    private void restart(Scenario newScenario) {
        boolean newSimulator = model.load(newScenario);
        Simulator simulator = model.simulator();
        ParameterValues edited = model.edited();
        seedField.setText(Long.toString(model.seed()));
        sheet.setProblem(null, null);
        banner.hide();
        log.clear(); // the previous run's events go at once, not when the new run reports
        resetButton.getStyleClass().remove("attention");
        if (newSimulator) {
            reference = null;
            referenceName = "the defaults";
            sheet.setReference(null, referenceName);
            sheet.show(edited);
            Tooltip.install(sheetTitle, new Tooltip("Parameters of " + simulator.title()));
            status.setTickName(simulator.tickName());
            showInfo();
            installViews();
            model.sweep().useSimulator(simulator, simulator.charts(edited), simulator.metrics(edited));
            catalogPane.showSimulator(simulator.id());
        } else {
            sheet.setValues(edited);
            model.sweep().useMetrics(simulator.charts(edited), simulator.metrics(edited));
        }
        sheet.setReference(reference, referenceName);
        sheet.setPending(java.util.Set.of());
        charts.useSpecs(simulator.charts(edited));
        charts.setRunDescription(() -> model.runDescription(reference));
        lastInspectedTick = -1;
        modelPanel.show(newScenario.model(), newScenario.models());
        status.model(newScenario.hasModels() ? ModelUsage.NONE : null);
        status.loading(simulator.title(), registeredViews.stream().filter(r -> r.simulatorId().equals(simulator.id()))
                .map(SimulatorViews::loading).filter(java.util.Objects::nonNull).findFirst().orElse(null));
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
            restart(next.withModel(spec));
        } else {
            java.util.Map<String, ModelSpec> models = new java.util.LinkedHashMap<>(next.models());
            models.put(name, spec);
            restart(next.withModels(models));
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

    void step() {
        if (model.problem() == null) {
            session.step();
        }
    }

    /** Starts again with the parameters and seed shown. */
    public void reset() {
        if (parametersBlocked()) {
            return;
        }
        restart(model.nextRun());
        status.message("Reset with seed " + model.seed());
    }

    private static double[] speedLadder() {
        List<Double> steps = new ArrayList<>();
        for (double decade = 1; decade <= 1e7; decade *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                if (m * decade <= 1e7) {
                    steps.add(m * decade);
                }
            }
        }
        return steps.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The slider position of a speed: the nearest step on a log scale; 0 (as fast as possible) is the last. */
    static int speedPosition(double ticksPerSecond) {
        if (ticksPerSecond <= 0) {
            return SPEEDS.length;
        }
        int best = 0;
        for (int i = 1; i < SPEEDS.length; i++) {
            if (Math.abs(Math.log(SPEEDS[i] / ticksPerSecond)) < Math.abs(Math.log(SPEEDS[best] / ticksPerSecond))) {
                best = i;
            }
        }
        return best;
    }

    private void applySpeed() {
        int position = (int) Math.round(speed.getValue());
        if (position != speed.getValue()) {
            speed.setValue(position); // a drag lands on a step
            return;
        }
        double ticksPerSecond = speed();
        session.setSpeed(ticksPerSecond);
        speedLabel.setText(ticksPerSecond == 0 ? "max" : StatusBar.rate(ticksPerSecond) + "/s");
    }

    /** The speed in force, in ticks per second; 0 = as fast as possible. */
    double speed() {
        int position = (int) Math.round(speed.getValue());
        return position >= SPEEDS.length ? 0 : SPEEDS[position];
    }

    /** Sets the speed (0 = as fast as possible) to the nearest step of the slider. */
    void setSpeed(double ticksPerSecond) {
        speed.setValue(speedPosition(ticksPerSecond));
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
        sheet.setPending(new java.util.HashSet<>(model.pendingReset()));
        if (!resetButton.getStyleClass().contains("attention")) {
            resetButton.getStyleClass().add("attention");
        }
        pendingText = model.pendingMessage();
        banner.show(Banner.Kind.INFO, pendingText, null,
                "Reset now", (Runnable) this::reset, model.canPause() || model.canPlay() && model.tick() > 0
                        ? "Keep running" : "Later", (Runnable) () -> { });
    }

    // ---------------------------------------------------------------- batches from the run

    private void onBatch(RunBatch batch) {
        String ended = model.batch(batch);
        if (banner.isShowing() && banner.message().equals(pendingText) && !model.pendingReset().isEmpty()) {
            pendingText = model.pendingMessage(); // a run that finished meanwhile no longer "goes on"
            banner.retext(pendingText);
        }
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
                    restart(scenario);
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

    /**
     * Opens what the command line named: a preset as {@code preset:ID/NAME} (its file name without .json),
     * chosen as in the catalog, or a scenario file. Something unknown says so in the banner.
     */
    public void open(String reference) {
        if (reference.startsWith("preset:")) {
            String ref = reference.substring("preset:".length());
            int slash = ref.indexOf('/');
            String id = slash < 0 ? ref : ref.substring(0, slash);
            String name = slash < 0 ? "" : ref.substring(slash + 1);
            try {
                for (Preset p : Presets.of(model.catalog(), id)) {
                    String file = p.resource().substring(p.resource().lastIndexOf('/') + 1);
                    if (file.equals(name + ".json")) {
                        catalogPane.selectPreset(p);
                        return;
                    }
                }
            } catch (ScenarioException e) {
                showError("The presets of " + id + " could not be read", e);
                return;
            }
            banner.show(Banner.Kind.WARNING, "There is no preset " + reference + ". The presets are listed on the "
                    + "left; the command line's presets command lists their names.", null);
            return;
        }
        openScenario(Path.of(reference));
    }

    /** Opens a scenario file; a bad file changes nothing and says what is wrong and where. */
    public boolean openScenario(Path file) {
        try {
            Scenario opened = model.read(file);
            load(opened);
            setReference(opened.parameters(), "the file");
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
            List<org.feedbackstudio.core.SimEvent> changes = session.liveChanges();
            if (changes.isEmpty()) {
                status.message("Exported " + session.frames().size() + " rows to " + file);
            } else {
                // Values changed during the run are kept beside the data, so the run can be reconstructed.
                Path beside = Exporter.changesBeside(file);
                Exporter.events(changes, beside);
                status.message("Exported " + session.frames().size() + " rows to " + file + " and its "
                        + changes.size() + (changes.size() == 1 ? " live change to " : " live changes to ")
                        + beside.getFileName());
            }
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
            String subtitle = model.exportSubtitle();
            if (format.equals("svg")) {
                Exporter.svg(chart.chart(), title, subtitle, file);
            } else {
                Exporter.png(chart.chart(), title, subtitle, file);
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

    /** Switches presentation mode as the Presentation button and F11 do. */
    void presentation(boolean on) {
        presentationButton.setSelected(on);
    }

    private void setPresentation(boolean on) {
        if (on) {
            root.getStyleClass().add("presentation");
        } else {
            root.getStyleClass().remove("presentation");
        }
        // Give the charts the room: fold the catalog away (Presets brings it back); the event log keeps a
        // few readable lines.
        catalogButton.setSelected(!on && Boolean.TRUE.equals(wide));
        charts.setPresentation(on);
        views.views().forEach(v -> v.setPresentation(on));
        javafx.application.Platform.runLater(this::fitToWindow);
        fitToWindow();
    }

    private static final double WIDE_WINDOW = 1200;

    private void windowResized(double width) {
        boolean nowWide = width >= WIDE_WINDOW;
        if (wide == null || wide != nowWide) {
            wide = nowWide;
            catalogButton.setSelected(nowWide && !presentationButton.isSelected());
        }
        fitToWindow();
    }

    private void showCatalog(boolean on) {
        javafx.scene.Node catalog = catalogPane.node();
        if (on && !horizontal.getItems().contains(catalog)) {
            horizontal.getItems().add(0, catalog);
        } else if (!on) {
            horizontal.getItems().remove(catalog);
        }
        fitToWindow();
        javafx.application.Platform.runLater(this::fitToWindow); // again once the split has laid the catalog out
    }

    /** Side panel widths from the window's width and the text size; the tool bar sheds what does not fit. */
    private void fitToWindow() {
        double width = root.getWidth();
        if (width <= 0) {
            return;
        }
        boolean big = presentationButton.isSelected();
        double rightWidth = clamp(width * (big ? 0.3 : 0.23), big ? 340 : 260, big ? 440 : 360);
        rightPane.setPrefWidth(rightWidth);
        boolean catalogShown = horizontal.getItems().contains(catalogPane.node());
        if (catalogShown) {
            double catalogWidth = clamp(width * 0.2, 220, big ? 380 : 320);
            horizontal.setDividerPositions(catalogWidth / width, 1 - rightWidth / width);
        } else {
            horizontal.setDividerPositions(1 - rightWidth / width);
        }
        ((Region) log.node()).setMinHeight(big ? 150 : 90);
        vertical.setDividerPositions(big ? 0.74 : 0.78);
        root.applyCss();
        toolbarFit.refit();
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
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

    EventLogPane eventLog() {
        return log;
    }

    CatalogPane catalog() {
        return catalogPane;
    }

    @Override
    public void close() {
        inspectionTimer.stop();
        model.sweep().cancel();
        session.close();
    }
}
