package org.feedbackstudio.app.gui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.feedbackstudio.core.RunBatch;
import org.feedbackstudio.core.SimEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * The event log: the events of the run, filterable by kind and text. When it holds too many lines it drops
 * the oldest lines of the most numerous kind, so the rare ones (a generation's summary, a task switch, a
 * live change) are kept to the end of the longest run. The kind filter lists the current run's kinds.
 */
final class EventLogPane {
    static final int MAX_LINES = 5_000;
    private static final String ALL_KINDS = "all kinds";

    private final ObservableList<SimEvent> lines = FXCollections.observableArrayList();
    private final FilteredList<SimEvent> filtered = new FilteredList<>(lines);
    private final ListView<SimEvent> list = new ListView<>(filtered);
    private final ComboBox<String> kinds = new ComboBox<>();
    private final TextField search = new TextField();
    private final CheckBox follow = new CheckBox("follow");
    private final Label dropped = new Label();
    private final Label placeholder = new Label(EMPTY);
    private static final String EMPTY = "Events of the run appear here.";
    /** How many lines of each kind the log holds. */
    private final java.util.Map<String, Integer> perKind = new java.util.HashMap<>();
    private final BorderPane pane = new BorderPane();
    private long droppedTotal;

    EventLogPane() {
        list.setId("event-log");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            {
                // A long event wraps onto more lines instead of running out of the log's right edge.
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(SimEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : String.format("%,d  %-10s %s", e.tick(), e.kind(), e.text()));
            }
        });
        list.setPlaceholder(placeholder);
        placeholder.setWrapText(true);
        kinds.getItems().add(ALL_KINDS);
        kinds.setValue(ALL_KINDS);
        search.setPromptText("filter text");
        follow.setSelected(true);
        kinds.valueProperty().addListener((o, a, b) -> refilter());
        search.textProperty().addListener((o, a, b) -> refilter());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label("Events");
        title.getStyleClass().add("section-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kinds.setMinWidth(120);
        follow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dropped.setMinWidth(0);
        HBox bar = new HBox(8, title, kinds, search, follow, spacer, dropped);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        pane.setTop(bar);
        pane.setCenter(list);
        pane.getStyleClass().add("event-log");
    }

    Node node() {
        return pane;
    }

    void clear() {
        lines.clear();
        perKind.clear();
        // The filter offers the kinds of this run only; the chosen one stays chosen if it comes again.
        String chosen = kinds.getValue();
        kinds.getItems().setAll(ALL_KINDS);
        if (chosen != null && !chosen.equals(ALL_KINDS)) {
            kinds.getItems().add(chosen);
        }
        kinds.setValue(chosen == null ? ALL_KINDS : chosen);
        droppedTotal = 0;
        dropped.setText("");
    }

    void batch(RunBatch batch) {
        if (batch.info() != null) {
            clear();
        }
        List<SimEvent> incoming = batch.events();
        if (!incoming.isEmpty()) {
            List<String> newKinds = new ArrayList<>();
            for (SimEvent e : incoming) {
                if (!kinds.getItems().contains(e.kind()) && !newKinds.contains(e.kind())) {
                    newKinds.add(e.kind());
                }
            }
            kinds.getItems().addAll(newKinds);
            List<SimEvent> all = new ArrayList<>(lines);
            all.addAll(incoming);
            for (SimEvent e : incoming) {
                perKind.merge(e.kind(), 1, Integer::sum);
            }
            if (all.size() > MAX_LINES) {
                lines.setAll(keepRareKinds(all));
            } else {
                lines.addAll(incoming);
            }
            if (follow.isSelected() && !filtered.isEmpty()) {
                list.scrollTo(filtered.size() - 1);
            }
        }
        if (batch.droppedEvents() > 0) {
            droppedTotal += batch.droppedEvents();
            dropped.setText(String.format("%,d not listed", droppedTotal));
            dropped.setTooltip(new javafx.scene.control.Tooltip("Too many events to list while running fast: the "
                    + "log keeps the newest. Slow the run down to see every one, or use the command line, which "
                    + "writes them all to events.jsonl."));
        }
    }

    int size() {
        return lines.size();
    }

    /** The lines of one kind the log holds (for tests). */
    List<SimEvent> lines(String kind) {
        return lines.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    /**
     * Brings the lines down to {@link #MAX_LINES} by dropping the oldest lines of whichever kind has the
     * most, again and again: a kind with few lines loses none while a more numerous one has more.
     */
    private List<SimEvent> keepRareKinds(List<SimEvent> all) {
        java.util.Map<String, Integer> quota = new java.util.HashMap<>(perKind);
        int excess = all.size() - MAX_LINES;
        while (excess > 0) {
            String biggest = null;
            for (java.util.Map.Entry<String, Integer> e : quota.entrySet()) {
                if (biggest == null || e.getValue() > quota.get(biggest)) {
                    biggest = e.getKey();
                }
            }
            int second = 0;
            for (java.util.Map.Entry<String, Integer> e : quota.entrySet()) {
                if (!e.getKey().equals(biggest)) {
                    second = Math.max(second, e.getValue());
                }
            }
            int cut = Math.min(excess, Math.max(1, quota.get(biggest) - second));
            quota.put(biggest, quota.get(biggest) - cut);
            excess -= cut;
        }
        // Keep the newest lines of each kind within its quota, in the order they happened.
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<SimEvent> kept = new ArrayList<>(MAX_LINES);
        for (int i = all.size() - 1; i >= 0; i--) {
            SimEvent e = all.get(i);
            int n = seen.merge(e.kind(), 1, Integer::sum);
            if (n <= quota.getOrDefault(e.kind(), 0)) {
                kept.add(e);
            }
        }
        java.util.Collections.reverse(kept);
        perKind.clear();
        kept.forEach(e -> perKind.merge(e.kind(), 1, Integer::sum));
        return kept;
    }

    private void refilter() {
        String kind = kinds.getValue();
        String text = search.getText() == null ? "" : search.getText().toLowerCase(java.util.Locale.ROOT);
        filtered.setPredicate(e -> (kind == null || kind.equals(ALL_KINDS) || e.kind().equals(kind))
                && (text.isEmpty() || e.text().toLowerCase(java.util.Locale.ROOT).contains(text)));
        boolean byKind = kind != null && !kind.equals(ALL_KINDS);
        placeholder.setText(!byKind && text.isEmpty() ? EMPTY
                : "No " + (byKind ? "\"" + kind + "\" " : "") + "events" + (text.isEmpty() ? "" : " with \"" + text
                + "\"") + " in this run so far.");
    }
}
