package org.feedbackstudio.app.gui.negotiation;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.StudioContext;
import org.feedbackstudio.app.gui.charts.ChartClick;
import org.feedbackstudio.app.gui.charts.LiveChart;
import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.RunBatch;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.negotiation.GameRecord;
import org.feedbackstudio.negotiation.NegotiationConfig;
import org.feedbackstudio.negotiation.NegotiationDetail;
import org.feedbackstudio.negotiation.NegotiationSimulator;
import org.feedbackstudio.negotiation.RoundGames;
import org.feedbackstudio.negotiation.RoundSummary;
import org.feedbackstudio.negotiation.Tactic;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The negotiation's games: the price/deal-rate chart and a round's games on the left, and on the right
 * the game opened — its transcript, the critic's feedback that went into it, and both sides' concession
 * curves. A click on a round, here or on the Charts tab, opens a typical game of that round; any game of
 * the list opens on selection. Games are replayed from the run's snapshot off the JavaFX thread.
 */
public final class GamesView implements SimulatorView<NegotiationDetail> {
    private static final String HINT = "Run the simulation, then click a round on the price chart (here or on the"
            + " Charts tab) to read a typical game of that round, or pick any game from the list.";

    private final StudioContext context;
    private final BorderPane root = new BorderPane();
    private final BorderPane chartHolder = new BorderPane();
    private LiveChart priceChart;
    private final ChoiceBox<Integer> roundChoice = new ChoiceBox<>();
    private final ChoiceBox<String> filterChoice = new ChoiceBox<>(
            FXCollections.observableArrayList("All games", "Deals", "No deal"));
    private final Label roundFacts = new Label();
    private final ObservableList<GameRow> rows = FXCollections.observableArrayList();
    private final FilteredList<GameRow> filtered = new FilteredList<>(rows);
    private final TableView<GameRow> table = new TableView<>();
    private final TableColumn<GameRow, String> styleColumn = new TableColumn<>("Style");
    private final Label headline = new Label("No game open");
    private final Button previousRound = new Button("◀ Round");
    private final Button nextRound = new Button("Round ▶");
    private final TranscriptPane transcript = new TranscriptPane();
    private final FeedbackPane feedback = new FeedbackPane();
    private final ConcessionChart concession = new ConcessionChart();

    private RunInfo info;
    private NegotiationConfig config;
    private boolean criticOn;
    private NegotiationDetail detail;
    private RunState state = RunState.LOADING;
    /** The round whose games the list shows, 0 for none. */
    private int listedRound;
    /** What is open, or null. */
    private GameRecord shown;
    /** Whether the user chose what to look at; until then the view follows the latest round. */
    private boolean userChose;
    /** Bumped by every request and every new run, so a late replay never replaces a newer choice. */
    private long request;
    private boolean updating;
    private boolean presentation;
    /** The layout's parts that {@link #arrange} turns between side by side and stacked. */
    private SplitPane allSplit;
    private SplitPane leftSplit;
    private ScrollPane gamesScroll;
    private boolean stacked;
    private boolean shownInPresentation;

    public GamesView(StudioContext context) {
        this.context = context;
        context.onChartClick(this::chartClicked);
        root.setId("negotiation-games");
        root.setCenter(layout());
        showHint(HINT);
    }

    // ---------------------------------------------------------------- layout

    private Node layout() {
        roundChoice.setId("negotiation-round");
        roundChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer r) {
                if (r == null) {
                    return "";
                }
                // In a cross-play a tick is a pairing: say which models met.
                if (config != null && config.roles().isCrossPlay() && r <= config.roles().pairings()) {
                    return "Pairing " + r + ": " + config.roles().pairingSeller(r - 1) + " × "
                            + config.roles().pairingBuyer(r - 1);
                }
                return "Round " + r;
            }

            @Override
            public Integer fromString(String s) {
                String number = s.replaceFirst("^(Round|Pairing) ", "");
                int colon = number.indexOf(':');
                return Integer.valueOf((colon < 0 ? number : number.substring(0, colon)).strip());
            }
        });
        roundChoice.setTooltip(new Tooltip("The round whose games are listed"));
        roundChoice.valueProperty().addListener((o, a, r) -> {
            if (!updating && r != null) {
                userChose = true;
                openRound(r, true);
            }
        });
        filterChoice.getSelectionModel().select(0);
        filterChoice.setTooltip(new Tooltip("Show all games of the round, only its deals, or only the games that broke"));
        filterChoice.valueProperty().addListener((o, a, f) -> {
            // Filtering must not open another game: the one on show stays, selected when it is still listed.
            updating = true;
            filtered.setPredicate(filter(f));
            updating = false;
            if (shown != null && shown.round() == listedRound) {
                selectRow(shown.chain());
            }
        });
        roundFacts.setStyle("-fx-text-fill: #555;");
        roundFacts.setWrapText(true);
        roundFacts.setMinHeight(Region.USE_PREF_SIZE);
        Label gamesOf = new Label("Games of");
        gamesOf.setMinWidth(Region.USE_PREF_SIZE);
        roundChoice.setMinWidth(Region.USE_PREF_SIZE);
        filterChoice.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane pick = new javafx.scene.layout.FlowPane(8, 4, gamesOf, roundChoice, filterChoice);
        pick.setAlignment(Pos.CENTER_LEFT);
        VBox listBox = new VBox(4, pick, roundFacts, table);
        listBox.setPadding(new Insets(6, 6, 6, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        buildTable();

        SplitPane left = new SplitPane(chartHolder, listBox);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.5);
        leftSplit = left;

        headline.getStyleClass().add("section-title");
        headline.setStyle("-fx-font-size: 1.15em;");
        headline.setMinWidth(0);
        headline.setWrapText(true);
        HBox.setHgrow(headline, Priority.ALWAYS);
        headline.setId("negotiation-headline");
        previousRound.setTooltip(new Tooltip("This chain's game in the round before: what led to this one"));
        nextRound.setTooltip(new Tooltip("This chain's game in the next round, after the critic's feedback on this one"));
        previousRound.setOnAction(e -> followChain(-1));
        nextRound.setOnAction(e -> followChain(+1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        previousRound.setMinWidth(Region.USE_PREF_SIZE);
        nextRound.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(6, headline, spacer, previousRound, nextRound);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(6, 8, 6, 10));
        head.getStyleClass().add("chart-bar");

        SplitPane words = new SplitPane(titled("Transcript", transcript.node()),
                titled("Critic's feedback", feedback.node()));
        words.setDividerPositions(0.57);
        SplitPane game = new SplitPane(words, concession.node());
        game.setOrientation(Orientation.VERTICAL);
        game.setDividerPositions(0.66);
        BorderPane right = new BorderPane(game);
        right.setTop(head);

        SplitPane all = new SplitPane(left, right);
        all.setDividerPositions(0.35);
        SplitPane.setResizableWithParent(left, false);
        allSplit = all;
        ScrollPane scroll = new ScrollPane(all);
        gamesScroll = scroll;
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> arrange(b.getWidth()));
        return scroll;
    }

    /**
     * Side by side when the view is wide enough; in a narrow one (a laptop in presentation mode) the price
     * chart, the list and the game are stacked at full width, and the view scrolls down.
     */
    private void arrange(double width) {
        boolean narrow = width > 0 && width < (presentation ? 1000 : 640);
        Orientation outer = narrow ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (allSplit.getOrientation() == outer && stacked == narrow && shownInPresentation == presentation) {
            return;
        }
        stacked = narrow;
        shownInPresentation = presentation;
        allSplit.setOrientation(outer);
        allSplit.setMinHeight(narrow ? (presentation ? 1500 : 1000) : 0);
        allSplit.setDividerPositions(narrow ? 0.5 : 0.35);
        leftSplit.setDividerPositions(0.5);
    }

    private static Node titled(String title, Node content) {
        Label caption = new Label(title);
        caption.getStyleClass().add("chart-caption");
        caption.setMinWidth(0);
        caption.setWrapText(true);
        HBox bar = new HBox(caption);
        bar.getStyleClass().add("chart-bar");
        bar.setPadding(new Insets(2, 4, 2, 8));
        bar.setMinWidth(0);
        BorderPane pane = new BorderPane(content);
        pane.setTop(bar);
        pane.setMinWidth(0);
        return pane;
    }

    private void buildTable() {
        table.setId("negotiation-games-table");
        table.setPlaceholder(new Label("No round played yet"));
        TableColumn<GameRow, Integer> game = new TableColumn<>("Game");
        game.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().game()));
        game.setPrefWidth(55);
        game.setMinWidth(new javafx.scene.text.Text("Game").getLayoutBounds().getWidth() * 1.7 + 24);
        styleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().style()));
        styleColumn.setPrefWidth(90);
        styleColumn.setMinWidth(85);
        TableColumn<GameRow, GameRow> result = new TableColumn<>("Result");
        result.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        result.setComparator(GameRow.BY_RESULT);
        result.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(GameRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.result());
                setWrapText(true);
                setStyle(empty || row == null || row.isDeal() ? "" : "-fx-text-fill: #8a2a00;");
            }
        });
        result.setPrefWidth(200);
        TableColumn<GameRow, Integer> turns = new TableColumn<>("Exchanges");
        turns.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().turns()));
        turns.setPrefWidth(90);
        turns.setMinWidth(new javafx.scene.text.Text("Exchanges").getLayoutBounds().getWidth() * 1.7 + 24);
        // The result comes second so a narrow list still shows the price; its width holds the longest result.
        // (wide enough for "deal at $00.00" in presentation mode's larger text; longer results wrap).
        result.setMinWidth(new javafx.scene.text.Text("deal at $00.00").getLayoutBounds().getWidth() * 1.7 + 20);
        table.getColumns().add(game);
        table.getColumns().add(result);
        table.getColumns().add(styleColumn);
        table.getColumns().add(turns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<GameRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!updating && row != null && listedRound > 0) {
                userChose = true;
                openGame(listedRound, row.chain());
            }
        });
    }

    private static Predicate<GameRow> filter(String choice) {
        if ("Deals".equals(choice)) {
            return GameRow::isDeal;
        }
        if ("No deal".equals(choice)) {
            return r -> !r.isDeal();
        }
        return r -> true;
    }

    // ---------------------------------------------------------------- SimulatorView

    @Override
    public String title() {
        return "Games";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void runStarted(RunInfo newInfo) {
        info = newInfo;
        ParameterValues values = newInfo.scenario().parameters();
        config = NegotiationConfig.from(values);
        criticOn = config.criticOn();
        request++;
        detail = null;
        listedRound = 0;
        shown = null;
        userChose = false;
        state = RunState.LOADING;
        ChartSpec spec = newInfo.simulator().charts(values).stream()
                .filter(s -> s.title().equals(NegotiationSimulator.PRICE_CHART)).findFirst().orElseThrow();
        if (priceChart == null || !priceChart.spec().equals(spec)) {
            priceChart = new LiveChart(spec);
            priceChart.setPresentation(presentation);
            priceChart.onClick(this::chartClicked);
            chartHolder.setCenter(priceChart.node());
        }
        priceChart.start(newInfo);
        styleColumn.setVisible(config.hasCohorts());
        updating = true;
        roundChoice.getItems().clear();
        updating = false;
        rows.clear();
        roundFacts.setText("");
        showHint(HINT);
    }

    @Override
    public void batch(RunBatch batch) {
        state = batch.state();
        if (priceChart != null) {
            priceChart.append(batch.frames());
        }
    }

    @Override
    public boolean wantsInspections() {
        return true;
    }

    @Override
    public void inspected(Inspection<NegotiationDetail> inspection) {
        if (info == null) {
            return;
        }
        NegotiationDetail d = inspection.detail();
        useDetail(d);
        if (!userChose && d.roundsCompleted() > 0 && listedRound != d.roundsCompleted()) {
            openRound(d.roundsCompleted(), false); // follow the latest round until the user picks one
        }
    }

    @Override
    public void setPresentation(boolean on) {
        presentation = on;
        if (priceChart != null) {
            priceChart.setPresentation(on);
        }
        concession.setPresentation(on);
        if (gamesScroll != null) {
            arrange(gamesScroll.getViewportBounds().getWidth());
        }
    }

    // ---------------------------------------------------------------- choosing a game

    private void useDetail(NegotiationDetail d) {
        if (detail != null && detail.roundsCompleted() > d.roundsCompleted()) {
            return; // an older snapshot arriving late
        }
        detail = d;
        if (roundChoice.getItems().size() != d.roundsCompleted()) {
            updating = true;
            Integer selected = roundChoice.getValue();
            List<Integer> rounds = new ArrayList<>();
            for (int r = 1; r <= d.roundsCompleted(); r++) {
                rounds.add(r);
            }
            roundChoice.getItems().setAll(rounds);
            roundChoice.setValue(selected);
            updating = false;
        }
    }

    /** A click on any of the negotiation's charts (all are over rounds) opens a typical game of that round. */
    private void chartClicked(ChartClick click) {
        long mine = ++request;
        context.inspect(NegotiationDetail.class).thenAccept(inspection -> {
            if (mine != request) {
                return;
            }
            NegotiationDetail d = inspection.detail();
            useDetail(d);
            int round = GameChoice.round(click.x(), d.roundsCompleted());
            if (round == 0) {
                context.status("No round has been played yet: run the simulation first.");
                return;
            }
            userChose = true;
            context.reveal(this);
            openRound(round, false);
        });
    }

    /** Lists a round's games and opens one: the same chain when it played, else a typical game. */
    public void openRound(int round, boolean keepChain) {
        if (detail == null || round < 1 || round > detail.roundsCompleted()) {
            return;
        }
        RoundSummary summary = detail.roundSummaries().get(round - 1);
        RoundGames games = summary.games();
        list(round, summary);
        int index = keepChain && shown != null ? games.indexOf(shown.chain()) : -1;
        if (index < 0) {
            index = GameChoice.typical(games, summary.meanPrice());
        }
        if (index >= 0) {
            openGame(round, games.chain(index));
        } else {
            request++;
            showHint("No game was played in round " + round + ": every chain had stopped at a failed deal.");
        }
    }

    /** Opens the game chain {@code chain} (0-based) played in round {@code round}. */
    public void openGame(int round, int chain) {
        if (detail == null || round < 1 || round > detail.roundsCompleted()) {
            return;
        }
        if (listedRound != round) {
            list(round, detail.roundSummaries().get(round - 1));
        }
        selectRow(chain);
        NegotiationDetail d = detail;
        long mine = ++request;
        headline.setText("Round " + round + ", game " + (chain + 1) + " …");
        // A replay plays the chain's rounds 1…round again: cheap, but simulation work, so not on this thread.
        CompletableFuture.supplyAsync(() -> d.game(round, chain)).whenComplete((game, error) -> Platform.runLater(() -> {
            if (mine != request) {
                return;
            }
            if (error != null || game.isEmpty()) {
                showHint(error != null ? "Could not replay this game: " + error.getMessage()
                        : "Chain " + (chain + 1) + " did not play in round " + round + ": it had stopped at a failed deal.");
                return;
            }
            show(game.get());
        }));
    }

    private void followChain(int step) {
        if (shown != null) {
            userChose = true;
            openGame(shown.round() + step, shown.chain());
        }
    }

    private void list(int round, RoundSummary summary) {
        updating = true;
        listedRound = round;
        roundChoice.setValue(round);
        RoundGames games = summary.games();
        List<GameRow> made = new ArrayList<>(games.size());
        for (int i = 0; i < games.size(); i++) {
            made.add(GameRow.of(games, i, style(games.chain(i))));
        }
        rows.setAll(made);
        updating = false;
        String price = Double.isNaN(summary.meanPrice()) ? "no deals"
: "mean price " + GameText.price(Math.round(summary.meanPrice() * 100) / 100.0);
        roundFacts.setText(String.format(Locale.ROOT, "%,d games · %,d deals · %s · deal rate %.2f",
                summary.gamesPlayed(), summary.deals(), price, summary.dealRate()));
        markRound(round);
    }

    private String style(int chain) {
        if (!config.hasCohorts()) {
            return "";
        }
        return Tactic.styleOf(config.startExponent(config.cohortOf(chain)));
    }

    private void selectRow(int chain) {
        updating = true;
        for (GameRow r : table.getItems()) {
            if (r.chain() == chain) {
                table.getSelectionModel().select(r);
                table.scrollTo(Math.max(0, table.getItems().indexOf(r) - 3));
                updating = false;
                return;
            }
        }
        table.getSelectionModel().clearSelection();
        updating = false;
    }

    private void show(GameRecord g) {
        shown = g;
        headline.setText(GameText.headline(g));
        transcript.show(g, detail.rules());
        feedback.show(g, criticOn);
        concession.show(ConcessionPoints.of(g, detail.rules()));
        previousRound.setText("◀ round " + (g.round() - 1));
        nextRound.setText("round " + (g.round() + 1) + " ▶");
        previousRound.setDisable(g.round() <= 1);
        nextRound.setDisable(!g.isDeal() || g.round() >= detail.roundsCompleted());
        previousRound.setVisible(g.round() > 1);
        nextRound.setVisible(g.round() < detail.rounds());
    }

    private void showHint(String message) {
        shown = null;
        headline.setText("No game open");
        transcript.clear(message);
        feedback.clear();
        concession.show(null);
        previousRound.setVisible(false);
        nextRound.setVisible(false);
    }

    /** A thin line at the listed round on the view's own price chart. */
    private void markRound(int round) {
        if (priceChart == null) {
            return;
        }
        XYPlot plot = priceChart.chart().getXYPlot();
        plot.clearDomainMarkers();
        ValueMarker m = new ValueMarker(round, new Color(0x777777),
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        m.setLabel("round " + round);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, presentation ? 16 : 11));
        // Write the label on the side of the line with more room in the range shown now (rounds played so far),
        // so it never runs past the plot's edge.
        boolean late = round >= plot.getDomainAxis().getRange().getCentralValue();
        m.setLabelAnchor(late ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(late ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        plot.addDomainMarker(m);
    }

    // ---------------------------------------------------------------- for tests

    /** The game on show, or empty. */
    Optional<GameRecord> shownGame() {
        return Optional.ofNullable(shown);
    }

    int listedRound() {
        return listedRound;
    }

    List<GameRow> listedRows() {
        return List.copyOf(rows);
    }

    TranscriptPane transcript() {
        return transcript;
    }

    FeedbackPane feedback() {
        return feedback;
    }

    ConcessionChart concession() {
        return concession;
    }

    LiveChart priceChart() {
        return priceChart;
    }

    String headlineText() {
        return headline.getText();
    }

    RunState state() {
        return state;
    }

    /** The run on show (for tests). */
    RunInfo runInfo() {
        return info;
    }

    TableView<GameRow> table() {
        return table;
    }

    ChoiceBox<String> filterChoice() {
        return filterChoice;
    }
}
