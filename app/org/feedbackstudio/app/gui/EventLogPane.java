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

/** The event log: the latest events of the run, filterable by kind and text. Keeps the newest lines only. */
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
    private final BorderPane pane = new BorderPane();
    private long droppedTotal;

    EventLogPane() {
        list.setId("event-log");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SimEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : String.format("%,d  %-10s %s", e.tick(), e.kind(), e.text()));
            }
        });
        list.setPlaceholder(new Label("Events of the run appear here."));
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
            List<SimEvent> tail = incoming.size() > MAX_LINES ? incoming.subList(incoming.size() - MAX_LINES,
                    incoming.size()) : incoming;
            int overflow = lines.size() + tail.size() - MAX_LINES;
            if (overflow > 0) {
                lines.remove(0, Math.min(overflow, lines.size()));
            }
            lines.addAll(tail);
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

    private void refilter() {
        String kind = kinds.getValue();
        String text = search.getText() == null ? "" : search.getText().toLowerCase(java.util.Locale.ROOT);
        filtered.setPredicate(e -> (kind == null || kind.equals(ALL_KINDS) || e.kind().equals(kind))
                && (text.isEmpty() || e.text().toLowerCase(java.util.Locale.ROOT).contains(text)));
    }
}
