package org.feedbackstudio.app.gui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.Inspection;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The agent inspector: every agent of the last snapshot; select one to see its properties. */
final class InspectorPane {
    private final ListView<AgentView> agents = new ListView<>();
    private final TableView<Map.Entry<String, String>> properties = new TableView<>();
    private final Label header = new Label("Press Refresh, or run the simulation, to inspect its agents.");
    private final TextField filter = new TextField();
    private final BorderPane pane = new BorderPane();
    private List<AgentView> all = List.of();
    private String selectedId;

    InspectorPane(Runnable refresh) {
        agents.setId("inspector-agents");
        agents.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AgentView a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.label());
            }
        });
        agents.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                selectedId = b.id();
                properties.getItems().setAll(b.properties().entrySet());
            }
        });
        TableColumn<Map.Entry<String, String>, String> name = new TableColumn<>("property");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getKey()));
        name.setPrefWidth(170);
        name.setMinWidth(new javafx.scene.text.Text("property").getLayoutBounds().getWidth() * 1.7 + 24);
        org.feedbackstudio.app.gui.kit.WrappingCells.install(name);
        TableColumn<Map.Entry<String, String>, String> value = new TableColumn<>("value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue()));
        value.setPrefWidth(520);
        org.feedbackstudio.app.gui.kit.WrappingCells.install(value); // long strategy sentences wrap
        properties.getColumns().add(name);
        properties.getColumns().add(value);
        properties.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        properties.setPlaceholder(new Label("Select an agent."));
        filter.setPromptText("find agent");
        filter.textProperty().addListener((o, a, b) -> showAgents());
        Button refreshButton = new Button("Refresh");
        refreshButton.setOnAction(e -> refresh.run());
        header.setWrapText(true);
        header.setMinWidth(0);
        HBox.setHgrow(header, javafx.scene.layout.Priority.ALWAYS);
        refreshButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, header, filter, refreshButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        VBox left = new VBox(agents);
        VBox.setVgrow(agents, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(left, properties);
        split.setDividerPositions(0.3);
        pane.setTop(bar);
        pane.setCenter(split);
    }

    Node node() {
        return pane;
    }

    void show(Inspection<?> inspection) {
        all = inspection.agents();
        header.setText(headline(all.size(), inspection.tick()));
        showAgents();
    }

    /** "1 agent at tick 3", "1,000 agents at tick 3". */
    static String headline(int agents, long tick) {
        return String.format(Locale.ROOT, "%,d %s at tick %,d", agents, agents == 1 ? "agent" : "agents", tick);
    }

    /** Selects an agent by id (e.g. after a click on a tile in a simulator's view). */
    void select(String id) {
        selectedId = id;
        showAgents();
    }

    private void showAgents() {
        String text = filter.getText() == null ? "" : filter.getText().toLowerCase(Locale.ROOT);
        List<AgentView> shown = text.isEmpty() ? all
                : all.stream().filter(a -> a.label().toLowerCase(Locale.ROOT).contains(text)).toList();
        agents.getItems().setAll(shown);
        for (AgentView a : shown) {
            if (a.id().equals(selectedId)) {
                agents.getSelectionModel().select(a);
                properties.getItems().setAll(a.properties().entrySet());
                return;
            }
        }
        if (!shown.isEmpty()) {
            agents.getSelectionModel().select(0);
        } else {
            properties.getItems().clear();
        }
    }
}
