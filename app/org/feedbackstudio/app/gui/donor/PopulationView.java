package org.feedbackstudio.app.gui.donor;

import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.feedbackstudio.app.gui.CanvasPane;
import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.app.gui.StudioContext;
import org.feedbackstudio.app.gui.kit.ColourScale;
import org.feedbackstudio.app.gui.kit.Numbers;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.donor.AgentTile;
import org.feedbackstudio.donor.DonorSnapshot;
import org.feedbackstudio.donor.RuleStrategy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Donor Game's population: one tile per agent, coloured by how generous it is, grouped into the
 * survivors of earlier generations and this generation's newcomers (or by half, or in one block).
 * Click a tile for the agent's strategy, score, lineage and the last record it was shown.
 *
 * <p>Tiles are drawn on one canvas, so ten thousand agents cost one pass of rectangle fills. The view
 * draws only when a snapshot arrives (the studio asks for one about twice a second while this tab is in
 * front), when it is resized, or when the user changes what it shows.
 */
public final class PopulationView implements SimulatorView<DonorSnapshot> {
    static final String ID = "donor-population";
    private static final Color SELECTED = Color.web("#d55e00");
    private static final Color HEADING = Color.web("#2b2f36");
    private static final int LEVELS = 256;

    private final StudioContext context;
    private final BorderPane root = new BorderPane();
    private final CanvasPane grid = new CanvasPane(this::draw, 600, 400);
    private final AgentDetails details;
    private final Label generationLabel = new Label("Load a run to see its agents.");
    private final Label hoverLabel = new Label(" ");
    private final ChoiceBox<Arrangement.Grouping> grouping = new ChoiceBox<>();
    private final ChoiceBox<Arrangement.Order> order = new ChoiceBox<>();
    private final ChoiceBox<Arrangement.Colouring> colouring = new ChoiceBox<>();
    private final Label legendTitle = new Label();
    private final HBox selectionKey = new HBox(6);
    private final HBox endKey = new HBox(6);
    private final HBox newcomerKey = new HBox(6);
    private final Color[] palette = new Color[LEVELS];

    private DonorSnapshot snapshot;
    private Arrangement arrangement;
    private TileLayout layout;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private String selectedName;
    private AgentTile selectedTile;
    /** The snapshot the selected agent was last seen in (older than the one shown once it is replaced). */
    private DonorSnapshot selectedSeenIn;
    private boolean presentation;

    public PopulationView(StudioContext context) {
        this.context = context;
        for (int i = 0; i < LEVELS; i++) {
            palette[i] = ColourScale.VIRIDIS.at((double) i / (LEVELS - 1));
        }
        details = new AgentDetails(this::select, context::showAgent);
        root.setId(ID);
        root.getProperties().put(PopulationView.class, this);

        grouping.getItems().setAll(Arrangement.Grouping.values());
        grouping.setValue(Arrangement.Grouping.BIRTH);
        order.getItems().setAll(Arrangement.Order.values());
        order.setValue(Arrangement.Order.COLOUR);
        colouring.getItems().setAll(Arrangement.Colouring.values());
        colouring.setValue(Arrangement.Colouring.GENEROSITY);
        grouping.valueProperty().addListener((o, a, b) -> rearrange());
        order.valueProperty().addListener((o, a, b) -> rearrange());
        colouring.valueProperty().addListener((o, a, b) -> {
            updateLegend();
            rearrange();
            refreshDetails();
        });
        grouping.setTooltip(new Tooltip("Which agents are drawn together"));
        order.setTooltip(new Tooltip("The order of the tiles within a group"));
        colouring.setTooltip(new Tooltip(
                "Colour by the generosity its strategy states, or by the mean share it actually gave as a donor "
                        + "this generation (conditional agents give less to recipients they judge bad)"));

        generationLabel.setId("donor-generation");
        generationLabel.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        generationLabel.setMinWidth(0);
        generationLabel.setWrapText(true);
        FlowPane controls = new FlowPane(8, 4, new Label("Group"), grouping, new Label("Order"), order,
                new Label("Colour"), colouring);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, generationLabel, controls);
        top.setPadding(new Insets(6, 8, 6, 8));
        top.setStyle("-fx-background-color: #eef1f5; -fx-border-color: transparent transparent #d5d9e0 transparent;");

        Canvas canvas = grid.canvas();
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseMoved(this::hovered);
        canvas.setOnMouseExited(e -> hoverLabel.setText(" "));
        grid.setId("donor-population-grid");
        grid.setStyle("-fx-background-color: white;");
        hoverLabel.setPadding(new Insets(2, 8, 2, 8));
        hoverLabel.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(grid, hoverLabel);
        VBox.setVgrow(grid, Priority.ALWAYS);
        left.setStyle("-fx-background-color: white;");
        SplitPane split = new SplitPane(left, details.node());
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(details.node(), false);

        root.setTop(top);
        root.setCenter(split);
        root.setBottom(legend());
        updateLegend();
    }

    // ---------------------------------------------------------------- SimulatorView

    @Override
    public String title() {
        return "Population";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void runStarted(RunInfo info) {
        snapshot = null;
        arrangement = null;
        indexByName.clear();
        selectedName = null;
        selectedTile = null;
        selectedSeenIn = null;
        details.clear();
        generationLabel.setText("A new run: step or play it to see its agents.");
        grid.redraw();
    }

    @Override
    public boolean wantsInspections() {
        return true;
    }

    @Override
    public void inspected(Inspection<DonorSnapshot> inspection) {
        DonorSnapshot s = inspection.detail();
        snapshot = s;
        indexByName.clear();
        List<AgentTile> agents = s.agents();
        for (int i = 0; i < agents.size(); i++) {
            indexByName.put(agents.get(i).name(), i);
        }
        generationLabel.setText(headline(s));
        rearrange();
        refreshDetails();
        updateLegend();
    }

    @Override
    public void setPresentation(boolean on) {
        presentation = on;
        grid.redraw();
    }

    // ---------------------------------------------------------------- selection

    /** Selects an agent by name (also the hook tests use instead of a click). */
    void select(String name) {
        selectedName = name;
        selectedTile = null;
        selectedSeenIn = null;
        refreshDetails();
        updateLegend();
        grid.redraw();
    }

    private void refreshDetails() {
        if (selectedName == null || snapshot == null) {
            details.clear();
            return;
        }
        Integer i = indexByName.get(selectedName);
        boolean present = i != null;
        if (present) {
            selectedTile = snapshot.agents().get(i);
            selectedSeenIn = snapshot;
        }
        if (selectedTile == null) {
            details.clear();
            return;
        }
        details.show(selectedTile, selectedSeenIn, present, indexByName.keySet(),
                colour(colouring.getValue().value(selectedTile)));
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        AgentTile tile = tileAt(e.getX(), e.getY());
        if (tile == null) {
            return;
        }
        if (e.getClickCount() >= 2) {
            context.showAgent(tile.name());
        } else {
            select(tile.name());
            context.status("Agent " + tile.name() + " selected: its strategy, score, lineage and last record are "
                    + "beside the grid (double-click opens it in the Agents tab).");
        }
    }

    private void hovered(MouseEvent e) {
        AgentTile t = tileAt(e.getX(), e.getY());
        hoverLabel.setText(t == null ? " " : hoverText(t));
    }

    private AgentTile tileAt(double x, double y) {
        if (layout == null || arrangement == null) {
            return null;
        }
        int p = layout.positionAt(x, y);
        return p < 0 || p >= arrangement.size() ? null : snapshot.agents().get(arrangement.agentAt(p));
    }

    private static String hoverText(AgentTile t) {
        StringBuilder b = new StringBuilder(t.name()).append(" · generosity ").append(Numbers.percent(t.strategy().generosity()));
        if (t.strategy() instanceof RuleStrategy r) {
            b.append(" (").append(r.norm().id().replace('-', ' ')).append(')');
        }
        b.append(" · gave ").append(Numbers.percent(t.meanDonation())).append(" on average · resources ")
                .append(Numbers.number(t.resources()));
        if (t.rank() > 0) {
            b.append(" · rank ").append(t.rank());
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- drawing

    private void rearrange() {
        arrangement = snapshot == null ? null
                : Arrangement.of(snapshot, grouping.getValue(), order.getValue(), colouring.getValue());
        grid.redraw();
    }

    private static String headline(DonorSnapshot s) {
        StringBuilder b = new StringBuilder("Generation ").append(s.generation()).append(" of ").append(s.generations());
        if (s.generationEnded()) {
            b.append(" ended: ").append(s.survivorsPerGeneration()).append(" of ").append(s.agents().size())
                    .append(" survive");
        } else if (s.game() == 0) {
            b.append(" · before the first round");
        } else {
            b.append(" · game ").append(s.game()).append(", round ").append(s.round()).append(" of ").append(s.rounds());
        }
        double sum = 0;
        int n = 0;
        for (AgentTile t : s.agents()) {
            double g = t.strategy().generosity();
            if (!Double.isNaN(g)) {
                sum += g;
                n++;
            }
        }
        b.append(" · ").append(String.format(Locale.ROOT, "%,d", s.agents().size()))
                .append(s.agents().size() == 1 ? " agent" : " agents");
        if (n > 0) {
            b.append(" · mean generosity ").append(Numbers.percent(sum / n));
        }
        return b.toString();
    }

    private double scale() {
        return presentation ? 1.5 : 1.0;
    }

    private void draw() {
        Canvas canvas = grid.canvas();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (arrangement == null || snapshot == null) {
            layout = null;
            g.setFill(Color.gray(0.35));
            g.setFont(Font.font(14 * scale()));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Step or play the run to see its agents.", w / 2, h / 2);
            return;
        }
        double fontSize = 13 * scale();
        Font headingFont = Font.font(null, FontWeight.BOLD, fontSize);
        double headingHeight = Math.ceil(fontSize * 1.7);
        layout = TileLayout.compute(arrangement.counts(), w, h, headingHeight, 8, (int) (80 * scale()));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(headingFont);
        g.setFill(HEADING);
        for (int gr = 0; gr < arrangement.headings().size(); gr++) {
            g.fillText(arrangement.headings().get(gr), 8, layout.headingTop(gr) + headingHeight * 0.45);
        }

        List<AgentTile> agents = snapshot.agents();
        Arrangement.Colouring by = colouring.getValue();
        int s = layout.size();
        boolean ended = snapshot.generationEnded();
        boolean markNewcomers = snapshot.generation() > 1 && s >= 8;
        Set<String> relatives = relatives();
        Font tileFont = Font.font(null, FontWeight.BOLD, 11 * scale());
        Font tileSmall = Font.font(11 * scale());
        boolean labels = s >= textWidth(agents.isEmpty() ? "" : longestName(agents), tileFont) + 6
                && s >= 30 * scale();
        int selectedPosition = -1;
        for (int p = 0; p < arrangement.size(); p++) {
            AgentTile t = agents.get(arrangement.agentAt(p));
            double x = layout.x(p);
            double y = layout.y(p);
            Color fill = colour(by.value(t));
            g.setFill(fill);
            g.fillRect(x, y, s, s);
            Color ink = ColourScale.textOn(fill);
            double inset = 0;
            if (ended && t.survives() && s >= 8) {
                // A black frame with a thin white line inside, so that it shows on dark and light tiles alike.
                double lw = Math.max(2, Math.round(s / 16.0));
                g.setStroke(Color.BLACK);
                g.setLineWidth(lw);
                g.strokeRect(x + lw / 2, y + lw / 2, s - lw, s - lw);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1);
                g.strokeRect(x + lw + 0.5, y + lw + 0.5, s - 2 * lw - 1, s - 2 * lw - 1);
                inset = lw + 1;
            }
            if (markNewcomers && t.born() == snapshot.generation()) {
                double c = Math.max(5, s * 0.28);
                g.setFill(ink);
                g.fillPolygon(new double[] {x + inset, x + inset + c, x + inset},
                        new double[] {y + inset, y + inset, y + inset + c}, 3);
            }
            if (labels) {
                g.setFill(ink);
                g.setTextAlign(TextAlignment.CENTER);
                boolean two = s >= 48 * scale();
                g.setFont(tileFont);
                g.fillText(t.name(), x + s / 2.0, y + s / 2.0 - (two ? 7 * scale() : 0));
                if (two) {
                    g.setFont(tileSmall);
                    g.fillText(Numbers.percent(by.value(t)), x + s / 2.0, y + s / 2.0 + 8 * scale());
                }
            }
            if (relatives.contains(t.name())) {
                double r = Math.max(1.5, Math.min(5 * scale(), s * 0.08));
                g.setFill(SELECTED);
                g.fillOval(x + s - 2 * r - 2, y + s - 2 * r - 2, 2 * r, 2 * r);
            }
            if (t.name().equals(selectedName)) {
                selectedPosition = p;
            }
        }
        if (selectedPosition >= 0) {
            double x = layout.x(selectedPosition);
            double y = layout.y(selectedPosition);
            double lw = Math.max(2, Math.min(4, s / 6.0));
            g.setStroke(Color.WHITE);
            g.setLineWidth(lw + 2);
            g.strokeRect(x - lw, y - lw, s + 2 * lw, s + 2 * lw);
            g.setStroke(SELECTED);
            g.setLineWidth(lw);
            g.strokeRect(x - lw, y - lw, s + 2 * lw, s + 2 * lw);
        }
        if (!layout.fits()) {
            g.setFill(Color.web("#b03a00"));
            g.setFont(headingFont);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText("Not all agents fit: enlarge the window", w - 8, h - headingHeight / 2);
        }
    }

    private Color colour(double value) {
        if (Double.isNaN(value)) {
            return ColourScale.UNKNOWN;
        }
        int level = (int) Math.round(Math.max(0, Math.min(1, value)) * (LEVELS - 1));
        return palette[level];
    }

    /** Ancestors and descendants of the selected agent that are in the population shown. */
    private Set<String> relatives() {
        Set<String> out = new HashSet<>();
        if (selectedName == null || snapshot == null) {
            return out;
        }
        if (selectedTile != null) {
            out.addAll(selectedTile.lineage());
        }
        for (AgentTile t : snapshot.agents()) {
            if (t.lineage().contains(selectedName)) {
                out.add(t.name());
            }
        }
        out.remove(selectedName);
        return out;
    }

    private static String longestName(List<AgentTile> agents) {
        String longest = "";
        for (AgentTile t : agents) {
            if (t.name().length() > longest.length()) {
                longest = t.name();
            }
        }
        return longest;
    }

    private static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    // ---------------------------------------------------------------- legend

    private Node legend() {
        Rectangle bar = new Rectangle(180, 14);
        bar.setFill(ColourScale.VIRIDIS.gradient(false));
        bar.setStroke(Color.gray(0.5));
        Label nothing = new Label("gives nothing");
        Label everything = new Label("gives everything");
        HBox scaleRow = new HBox(6, nothing, bar, everything);
        scaleRow.setAlignment(Pos.CENTER_LEFT);
        Rectangle unknown = new Rectangle(14, 14, ColourScale.UNKNOWN);
        unknown.setStroke(Color.gray(0.5));
        HBox unknownKey = new HBox(6, unknown, new Label("not known"));
        unknownKey.setAlignment(Pos.CENTER_LEFT);

        Polygon corner = new Polygon(0, 0, 12, 0, 0, 12);
        corner.setFill(Color.BLACK);
        Rectangle cornerTile = new Rectangle(16, 16, ColourScale.VIRIDIS.at(0.7));
        StackPane newcomerSwatch = new StackPane(cornerTile, corner);
        StackPane.setAlignment(corner, Pos.TOP_LEFT);
        newcomerKey.getChildren().setAll(newcomerSwatch, new Label("newcomer this generation"));
        newcomerKey.setAlignment(Pos.CENTER_LEFT);

        Rectangle survivor = new Rectangle(16, 16, ColourScale.VIRIDIS.at(0.6));
        survivor.setStroke(Color.BLACK);
        survivor.setStrokeWidth(2);
        endKey.getChildren().setAll(survivor, new Label("survives selection"));
        endKey.setAlignment(Pos.CENTER_LEFT);

        Rectangle selected = new Rectangle(14, 14, Color.TRANSPARENT);
        selected.setStroke(SELECTED);
        selected.setStrokeWidth(3);
        Circle dot = new Circle(5, SELECTED);
        selectionKey.getChildren().setAll(selected, new Label("selected"), dot, new Label("its ancestors and descendants"));
        selectionKey.setAlignment(Pos.CENTER_LEFT);

        legendTitle.setStyle("-fx-font-weight: bold;");
        FlowPane legend = new FlowPane(18, 6, legendTitle, scaleRow, unknownKey, newcomerKey, endKey, selectionKey);
        legend.setId("donor-population-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(6, 8, 6, 8));
        legend.setStyle("-fx-background-color: #f7f8fa; -fx-border-color: #d5d9e0 transparent transparent transparent;");
        return legend;
    }

    private void updateLegend() {
        legendTitle.setText(colouring.getValue() == Arrangement.Colouring.GENEROSITY
                ? "Colour: generosity of the strategy" : "Colour: mean share given this generation");
        boolean ended = snapshot != null && snapshot.generationEnded();
        show(endKey, ended);
        show(newcomerKey, snapshot != null && snapshot.generation() > 1);
        show(selectionKey, selectedName != null);
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    // ---------------------------------------------------------------- for tests

    /** The view of a node made by {@link #node()}, or null. */
    static PopulationView of(Node node) {
        return node == null ? null : (PopulationView) node.getProperties().get(PopulationView.class);
    }

    /** Tiles drawn by the last redraw (0 before the first snapshot). */
    int tilesDrawn() {
        return layout == null || arrangement == null ? 0 : Math.min(layout.positions(), arrangement.size());
    }

    /** The tick of the snapshot shown, or -1. */
    long shownTick() {
        return snapshot == null ? -1 : snapshot.tick();
    }

    /** Centre of an agent's tile, in the canvas's coordinates, or null when it is not drawn. */
    Point2D tileCentre(String name) {
        if (layout == null || arrangement == null) {
            return null;
        }
        for (int p = 0; p < arrangement.size(); p++) {
            if (snapshot.agents().get(arrangement.agentAt(p)).name().equals(name)) {
                return new Point2D(layout.x(p) + layout.size() / 2.0, layout.y(p) + layout.size() / 2.0);
            }
        }
        return null;
    }

    Canvas canvas() {
        return grid.canvas();
    }

    String selected() {
        return selectedName;
    }

    int tileSize() {
        return layout == null ? 0 : layout.size();
    }

    boolean allTilesFit() {
        return layout != null && layout.fits();
    }

    List<String> headings() {
        return arrangement == null ? List.of() : arrangement.headings();
    }

    void arrange(Arrangement.Grouping g, Arrangement.Order o) {
        grouping.setValue(g);
        order.setValue(o);
    }
}
