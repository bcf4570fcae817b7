package org.feedbackstudio.app.gui.donor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.feedbackstudio.app.gui.kit.Numbers;
import org.feedbackstudio.donor.AgentTile;
import org.feedbackstudio.donor.DonorSnapshot;
import org.feedbackstudio.donor.Norm;
import org.feedbackstudio.donor.RuleStrategy;
import org.feedbackstudio.donor.SeenTrace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The panel beside the population grid: one agent's name, strategy sentence, score and rank, resources,
 * lineage, and the last trace it was shown — line for line as the donor read it.
 */
final class AgentDetails {
    private static final String PLACEHOLDER = "Click a tile to see that agent's strategy, score, lineage and the "
            + "last record it was shown.";

    /** Ancestors named in the chain; the rest are counted (a lineage can be thousands long). */
    static final int ANCESTORS_SHOWN = 8;

    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Consumer<String> select;
    private final Consumer<String> openInInspector;

    /**
     * @param select          selects another agent of the population (a parent still alive)
     * @param openInInspector opens an agent in the studio's Agents tab
     */
    AgentDetails(Consumer<String> select, Consumer<String> openInInspector) {
        this.select = select;
        this.openInInspector = openInInspector;
        content.setPadding(new Insets(10, 12, 12, 12));
        content.setFillWidth(true);
        content.setStyle("-fx-background-color: white;");
        scroll.setFitToWidth(true);
        scroll.setId("donor-agent-details");
        scroll.setStyle("-fx-background-color: white;");
        scroll.setMinWidth(220);
        scroll.setPrefWidth(360);
        clear();
    }

    Node node() {
        return scroll;
    }

    void clear() {
        Label hint = wrapped(PLACEHOLDER);
        hint.setStyle("-fx-text-fill: #555;");
        content.getChildren().setAll(hint);
    }

    /**
     * Shows one agent.
     *
     * @param tile     the agent as last seen
     * @param snapshot the snapshot it was last seen in (every sentence below speaks of that moment)
     * @param present  whether it is still in the population shown (false once selection replaced it)
     * @param alive    names of the agents in the population shown, to link its parent and ancestors
     * @param colour   its tile's colour
     */
    void show(AgentTile tile, DonorSnapshot snapshot, boolean present, Set<String> alive, Color colour) {
        List<Node> nodes = new ArrayList<>();

        Label title = new Label(tile.name());
        title.setId("donor-detail-name");
        title.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        Rectangle swatch = new Rectangle(18, 18, colour);
        swatch.setStroke(Color.gray(0.3));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button("Agents tab");
        open.setOnAction(e -> openInInspector.accept(tile.name()));
        open.setTooltip(new Tooltip("Show this agent in the studio's Agents inspector"));
        HBox head = new HBox(8, swatch, title, spacer, open);
        head.setAlignment(Pos.CENTER_LEFT);
        nodes.add(head);
        nodes.add(muted(origin(tile, snapshot, present)));

        nodes.add(section("Strategy"));
        Label sentence = wrapped("“" + tile.strategy().sentence() + "”");
        sentence.setId("donor-detail-strategy");
        sentence.setStyle("-fx-font-style: italic;");
        nodes.add(sentence);
        String rule = ruleLine(tile);
        if (rule != null) {
            nodes.add(muted(rule));
        }

        nodes.add(section("Score and rank"));
        nodes.add(wrapped(scoreLine(tile, snapshot)));
        nodes.add(wrapped(resourcesLine(tile, snapshot)));

        nodes.add(section("Lineage"));
        nodes.add(lineage(tile, alive));

        nodes.add(section("Last record it was shown"));
        nodes.add(trace(tile));
        content.getChildren().setAll(nodes);
    }

    private static String origin(AgentTile t, DonorSnapshot s, boolean present) {
        StringBuilder b = new StringBuilder();
        if (t.born() == 1 && t.parent() == null) {
            b.append("Born in generation 1");
        } else {
            b.append("Born in generation ").append(t.born());
            if (t.parent() != null) {
                b.append(", copying ").append(t.parent());
            }
        }
        if (present) {
            int age = s.generation() - t.born();
            if (age > 0) {
                b.append("; has survived ").append(age).append(age == 1 ? " selection" : " selections");
            } else if (s.generation() > 1) {
                b.append("; a newcomer this generation");
            }
            b.append(". Seat ").append(t.seat() + 1).append(", half ").append(t.seat() < s.agents().size() / 2 ? "A" : "B")
                    .append('.');
        } else {
            b.append(". Replaced by a newcomer: it is no longer in the population. As last seen, in generation ")
                    .append(s.generation()).append(':');
        }
        return b.toString();
    }

    private static String ruleLine(AgentTile t) {
        if (!(t.strategy() instanceof RuleStrategy r)) {
            return Double.isNaN(t.strategy().generosity()) ? "A written strategy: its generosity is not stated." : null;
        }
        StringBuilder b = new StringBuilder("Norm: ").append(r.norm().id().replace('-', ' '))
                .append(" · gives ").append(Numbers.percent(r.generosity()));
        if (r.norm() != Norm.UNCONDITIONAL) {
            b.append(" · a donation of ").append(Numbers.percent(r.threshold())).append(" or more counts as cooperative");
        }
        if (r.norm() == Norm.STANDING) {
            b.append(" · reads ").append(r.depth()).append(r.depth() == 1 ? " entry" : " entries");
        }
        if (r.punishShare() > 0 && r.norm() != Norm.UNCONDITIONAL) {
            b.append(" · punishes with ").append(Numbers.percent(r.punishShare()));
        }
        return b.toString();
    }

    private static String scoreLine(AgentTile t, DonorSnapshot s) {
        int n = s.agents().size();
        if (t.rank() == 0 || Double.isNaN(t.score())) {
            return "Score: known when generation " + s.generation() + " ends (the mean of its final resources "
                    + "in the two games).";
        }
        double gameTwo = 2 * t.score() - t.gameOneFinal();
        StringBuilder b = new StringBuilder("Score ").append(Numbers.number(t.score()))
                .append(" (games: ").append(Numbers.number(t.gameOneFinal())).append(" and ")
                .append(Numbers.number(gameTwo)).append(')');
        if (t.selectionScore() != t.score()) {
            b.append("; selection score ").append(Numbers.number(t.selectionScore())).append(" (2 × game 2)");
        }
        b.append(". Rank ").append(t.rank()).append(" of ").append(n).append(": ")
                .append(s.generation() >= s.generations()
                        // the last generation has no next one: say where it stood, not what would follow
                        ? (t.survives() ? "among the best, who would survive." : "not among the best.")
                        : t.survives() ? "survives into the next generation." : "replaced by a newcomer.");
        return b.toString();
    }

    private static String resourcesLine(AgentTile t, DonorSnapshot s) {
        StringBuilder b = new StringBuilder("Resources ").append(Numbers.number(t.resources())).append(" units");
        if (s.game() > 0) {
            b.append(" after round ").append(s.round()).append(" of game ").append(s.game());
        }
        b.append(". ");
        if (t.donations() == 0) {
            b.append("It has not been a donor yet this generation.");
        } else {
            b.append("As a donor it gave ").append(Numbers.percent(t.meanDonation())).append(" of its resources on "
                    + "average, over ").append(t.donations()).append(t.donations() == 1 ? " donation." : " donations.");
        }
        return b.toString();
    }

    private Node lineage(AgentTile t, Set<String> alive) {
        if (t.parent() == null) {
            return muted("No parent: " + (t.born() == 1 ? "a first-generation agent." : "its strategy was not copied."));
        }
        FlowPane chain = new FlowPane(2, 2);
        chain.getChildren().add(new Label(t.name()));
        List<String> shown = t.lineage().subList(0, Math.min(ANCESTORS_SHOWN, t.lineage().size()));
        for (String ancestor : shown) {
            chain.getChildren().add(new Label(" ← "));
            if (alive.contains(ancestor)) {
                Hyperlink link = new Hyperlink(ancestor);
                link.setPadding(Insets.EMPTY);
                link.setOnAction(e -> select.accept(ancestor));
                link.setTooltip(new Tooltip(ancestor + " is still in the population: show it"));
                chain.getChildren().add(link);
            } else {
                chain.getChildren().add(new Label(ancestor));
            }
        }
        int more = t.lineageLength() - shown.size();
        if (more > 0) {
            chain.getChildren().add(new Label(" ← … " + more + " more"));
        }
        VBox box = new VBox(4, wrapped("Parent " + t.parent() + (alive.contains(t.parent())
                ? " (still in the population)" : "") + "; " + t.lineageLength()
                + (t.lineageLength() == 1 ? " ancestor:" : " ancestors:")), chain);
        return box;
    }

    private Node trace(AgentTile t) {
        SeenTrace seen = t.lastTrace();
        if (seen == null) {
            return muted("It has not been a donor yet this generation, so it has been shown nothing.");
        }
        Label intro = muted("Before giving to " + seen.recipient() + " in round " + seen.round() + " of game "
                + seen.game() + ", it read:");
        VBox lines = new VBox(4);
        lines.setId("donor-detail-trace");
        for (String line : seen.lines()) {
            lines.getChildren().add(wrapped(line));
        }
        lines.setPadding(new Insets(8));
        lines.setStyle("-fx-background-color: #f3f5f8; -fx-border-color: #cfd6df; -fx-border-radius: 3; "
                + "-fx-background-radius: 3;");
        return new VBox(4, intro, lines);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em; -fx-padding: 4 0 0 0;");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.setStyle("-fx-text-fill: #444;");
        return l;
    }
}
