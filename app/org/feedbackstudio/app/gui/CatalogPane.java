package org.feedbackstudio.app.gui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Simulator;

import java.util.List;
import java.util.function.BiConsumer;

/** The catalog: every simulator, with its presets beneath it. Choosing an entry loads it. */
final class CatalogPane {
    /** A row of the tree: a simulator (preset null) or one of its presets. */
    record Entry(Simulator simulator, Preset preset) {
        @Override
        public String toString() {
            return preset == null ? simulator.title() : preset.title();
        }
    }

    private final TreeView<Entry> tree = new TreeView<>();
    private final Label description = new Label();
    private final BorderPane pane = new BorderPane();
    private boolean quiet;

    /**
     * @param onChoose called with the simulator and the preset (null = its defaults) the user picked
     */
    CatalogPane(Catalog catalog, BiConsumer<Simulator, Preset> onChoose, BiConsumer<String, Exception> onError) {
        TreeItem<Entry> root = new TreeItem<>();
        for (Simulator s : catalog.all()) {
            TreeItem<Entry> item = new TreeItem<>(new Entry(s, null));
            try {
                for (Preset p : Presets.of(catalog, s.id())) {
                    item.getChildren().add(new TreeItem<>(new Entry(s, p)));
                }
            } catch (ScenarioException e) {
                onError.accept("A preset of " + s.id() + " could not be read", e);
            }
            item.setExpanded(true);
            root.getChildren().add(item);
        }
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setId("catalog");
        tree.setCellFactory(v -> new TreeCell<>() {
            {
                // As wide as the list, never wider: a long title wraps instead of scrolling sideways.
                prefWidthProperty().bind(tree.widthProperty().subtract(22));
            }

            /**
             * Tall enough for the title wrapped in the room left of the disclosure arrow and the indent, which
             * the cell's own measure leaves out (a wrapped title would otherwise end in "…").
             */
            @Override
            protected double computePrefHeight(double width) {
                double base = super.computePrefHeight(width);
                if (getText() == null || getTreeItem() == null) {
                    return base;
                }
                double w = (width > 0 ? width : tree.getWidth() - 22) - 40
                        - 18 * Math.max(0, tree.getTreeItemLevel(getTreeItem()) - 1);
                javafx.scene.text.Text probe = new javafx.scene.text.Text(getText());
                probe.setFont(getFont());
                probe.setWrappingWidth(Math.max(40, w));
                return Math.max(base, probe.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset()
                        + 2);
            }

            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("catalog-simulator", "catalog-preset");
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                setText(e.toString());
                setWrapText(true); // long preset titles take two lines instead of losing their end
                getStyleClass().add(e.preset() == null ? "catalog-simulator" : "catalog-preset");
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == null || now.getValue() == null) {
                return;
            }
            Entry e = now.getValue();
            description.setText(e.preset() == null ? e.simulator().summary()
                    : e.preset().scenario().description());
            if (!quiet) {
                onChoose.accept(e.simulator(), e.preset());
            }
        });
        description.setWrapText(true);
        description.getStyleClass().add("catalog-description");
        description.setPadding(new Insets(8));
        Label title = new Label("Simulators & presets");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setPadding(new Insets(6, 8, 4, 8));
        pane.setTop(title);
        pane.setCenter(tree);
        VBox bottom = new VBox(description);
        bottom.setMinHeight(120);
        pane.setBottom(bottom);
        pane.setMinWidth(200);
        pane.setPrefWidth(300);
    }

    Node node() {
        return pane;
    }

    /**
     * Highlights a simulator's row without loading it again (after a file was opened); a preset of that
     * simulator already chosen stays highlighted, with its own description.
     */
    void showSimulator(String id) {
        TreeItem<Entry> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue() != null && selected.getValue().simulator().id().equals(id)) {
            return;
        }
        quiet = true;
        try {
            for (TreeItem<Entry> item : tree.getRoot().getChildren()) {
                if (item.getValue().simulator().id().equals(id)) {
                    tree.getSelectionModel().select(item);
                }
            }
        } finally {
            quiet = false;
        }
    }

    /** The entry highlighted now, or null (for tests). */
    Entry selected() {
        TreeItem<Entry> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** The text shown below the list (for tests). */
    String description() {
        return description.getText();
    }

    /** Selects (and so loads) a preset, as a click on its row does. */
    void selectPreset(Preset preset) {
        for (TreeItem<Entry> simulator : tree.getRoot().getChildren()) {
            for (TreeItem<Entry> item : simulator.getChildren()) {
                if (item.getValue().preset() == preset
                        || item.getValue().preset().resource().equals(preset.resource())) {
                    tree.getSelectionModel().select(item);
                    return;
                }
            }
        }
    }

    /** Selects (and so loads) the first simulator, or the one with this id. */
    void select(String id) {
        List<TreeItem<Entry>> items = tree.getRoot().getChildren();
        for (TreeItem<Entry> item : items) {
            if (id == null || item.getValue().simulator().id().equals(id)) {
                tree.getSelectionModel().select(item);
                return;
            }
        }
    }
}
