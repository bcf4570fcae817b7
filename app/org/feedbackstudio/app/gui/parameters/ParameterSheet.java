package org.feedbackstudio.app.gui.parameters;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The parameter sheet, built from a simulator's ParameterSpace: grouped by the parameters' groups, each
 * parameter's name on a line of its own above its editor (a slider with a text field for numbers, a choice
 * box, a check box), so no name is ever cut however narrow the sheet. Each name carries whether it applies
 * live or on reset, whether its value differs from the preset (or file) the run came from, and whether an
 * edit waits for a reset. Help is the tooltip; ↺ resets one parameter to its default.
 */
public final class ParameterSheet {
    private final VBox rows = new VBox(4);
    private final TextField search = new TextField();
    private final BorderPane pane = new BorderPane();
    private final Map<String, ParameterItem> items = new LinkedHashMap<>();
    private final Map<String, Row> rowsByName = new LinkedHashMap<>();
    private final List<Label> groupTitles = new ArrayList<>();
    private final BiConsumer<String, Object> onEdit;
    private ParameterValues reference;
    private String referenceName = "the defaults";
    private Set<String> pending = Set.of();

    /** One parameter's row and its marks. */
    private record Row(String group, VBox node, Label differs, Label waiting) {
    }

    /**
     * @param onEdit called on the JavaFX thread with (parameter name, canonical value) when the user commits
     */
    public ParameterSheet(BiConsumer<String, Object> onEdit) {
        this.onEdit = onEdit;
        search.setPromptText("find a parameter");
        search.textProperty().addListener((o, a, b) -> filter());
        search.getStyleClass().add("parameter-search");
        BorderPane.setMargin(search, new Insets(0, 8, 4, 8));
        rows.setPadding(new Insets(2, 8, 8, 8));
        rows.getStyleClass().add("parameter-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("parameter-scroll");
        pane.setTop(search);
        pane.setCenter(scroll);
        pane.setId("parameter-sheet");
        pane.getStyleClass().add("parameter-sheet");
        pane.getProperties().put(ParameterSheet.class, this);
        pane.setMinWidth(0);
    }

    public Node node() {
        return pane;
    }

    /** The sheet a node of the studio shows (the node with id "parameter-sheet"), or null. */
    public static ParameterSheet of(Node node) {
        return node == null ? null : (ParameterSheet) node.getProperties().get(ParameterSheet.class);
    }

    /** Shows the parameters of a simulator with these values. */
    public void show(ParameterValues values) {
        items.clear();
        rowsByName.clear();
        groupTitles.clear();
        rows.getChildren().clear();
        String group = null;
        for (Parameter<?> p : groupedInOrder(values)) {
            if (!p.group().equals(group)) {
                group = p.group();
                Label title = new Label(group);
                title.getStyleClass().add("parameter-group");
                title.setWrapText(true);
                title.setUserData(group);
                groupTitles.add(title);
                rows.getChildren().add(title);
            }
            ParameterItem item = new ParameterItem(p, values.get(p.name()), onEdit);
            items.put(p.name(), item);
            Row row = row(item);
            rowsByName.put(p.name(), row);
            rows.getChildren().add(row.node());
            item.valueProperty().addListener((o, a, b) -> markDifferences());
        }
        markDifferences();
        filter();
    }

    /** Groups in the order the simulator first lists them; within a group, the simulator's order. */
    private static List<Parameter<?>> groupedInOrder(ParameterValues values) {
        List<String> groups = values.space().all().stream().map(Parameter::group).distinct().toList();
        List<Parameter<?>> ordered = new ArrayList<>();
        for (String g : groups) {
            values.space().all().stream().filter(p -> p.group().equals(g)).forEach(ordered::add);
        }
        return ordered;
    }

    private Row row(ParameterItem item) {
        Parameter<?> p = item.parameter();
        Label name = new Label(p.name());
        name.getStyleClass().add("parameter-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane header = new FlowPane(6, 2, name);
        if (!p.unit().isEmpty() && !Parameter.FOLDER_UNIT.equals(p.unit())) {
            Label unit = new Label(p.unit());
            unit.getStyleClass().add("parameter-unit");
            unit.setMinWidth(Region.USE_PREF_SIZE);
            header.getChildren().add(unit);
        }
        Label when = new Label(p.live() ? "live" : "on reset");
        when.getStyleClass().addAll("parameter-badge", p.live() ? "badge-live" : "badge-reset");
        when.setMinWidth(Region.USE_PREF_SIZE);
        when.setTooltip(new Tooltip(p.live() ? "Applies at once, also while the run goes on."
                : "Applies when the run starts again (Reset)."));
        Label differs = new Label();
        differs.getStyleClass().addAll("parameter-badge", "badge-differs");
        differs.setMinWidth(Region.USE_PREF_SIZE);
        Label waiting = new Label("waits for reset");
        waiting.getStyleClass().addAll("parameter-badge", "badge-waiting");
        waiting.setMinWidth(Region.USE_PREF_SIZE);
        waiting.setTooltip(new Tooltip("The run goes on with the value it started with; Reset starts it again "
                + "with this one."));
        show(differs, false);
        show(waiting, false);
        header.getChildren().addAll(when, differs, waiting);
        Node editor = ParameterEditors.forItem(item);
        VBox box = new VBox(2, header, editor);
        box.getStyleClass().add("parameter-row");
        box.setId("param-row-" + p.name());
        return new Row(p.group(), box, differs, waiting);
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    /** Updates the shown values (after a preset or a file was loaded) without rebuilding. */
    public void setValues(ParameterValues values) {
        for (Map.Entry<String, Object> e : values.asMap().entrySet()) {
            ParameterItem item = items.get(e.getKey());
            if (item != null) {
                item.valueProperty().set(e.getValue());
            }
        }
    }

    /**
     * The values the run came from (a preset, a file, the defaults) and how to name them ("the preset",
     * "the file", "the defaults"); a parameter whose value differs is marked.
     */
    public void setReference(ParameterValues values, String name) {
        reference = values;
        referenceName = name;
        markDifferences();
    }

    /** Parameters whose edits wait for a reset (the run goes on with the values it started with). */
    public void setPending(Set<String> names) {
        pending = Set.copyOf(names);
        rowsByName.forEach((name, row) -> show(row.waiting(), pending.contains(name)));
    }

    /** Names of the parameters marked as differing from the reference, in the sheet's order. */
    public List<String> differing() {
        List<String> out = new ArrayList<>();
        rowsByName.forEach((name, row) -> {
            if (row.differs().isVisible()) {
                out.add(name);
            }
        });
        return out;
    }

    private void markDifferences() {
        rowsByName.forEach((name, row) -> {
            ParameterItem item = items.get(name);
            boolean known = reference != null && reference.space().find(name).isPresent();
            Object base = known ? reference.get(name) : item.parameter().defaultValue();
            boolean differs = base != null && !base.equals(item.getValue());
            String what = reference == null ? "the defaults" : referenceName;
            row.differs().setText(reference == null ? "≠ default" : "≠ " + shortName(referenceName));
            row.differs().setTooltip(new Tooltip(differs ? "Changed: " + what + " had "
                    + item.parameter().format(base) + "." : ""));
            show(row.differs(), differs);
        });
    }

    /** "the preset" → "preset", "the file" → "file". */
    private static String shortName(String name) {
        return name.startsWith("the ") ? name.substring(4) : name;
    }

    private void filter() {
        String text = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        Map<String, Boolean> groupShown = new LinkedHashMap<>();
        rowsByName.forEach((name, row) -> {
            boolean shown = text.isEmpty() || name.toLowerCase(Locale.ROOT).contains(text);
            show(row.node(), shown);
            groupShown.merge(row.group(), shown, Boolean::logicalOr);
        });
        for (Label title : groupTitles) {
            show(title, groupShown.getOrDefault((String) title.getUserData(), false));
        }
    }

    /** Marks one parameter as having a problem (null clears all marks). */
    public void setProblem(String parameterName, String problem) {
        items.values().forEach(i -> i.problemProperty().set(null));
        if (parameterName != null && items.containsKey(parameterName)) {
            items.get(parameterName).problemProperty().set(problem);
        }
    }

    public ParameterItem item(String name) {
        return items.get(name);
    }

    /** Every parameter's item, in the sheet's order. */
    public List<ParameterItem> items() {
        return List.copyOf(items.values());
    }
}
