package org.feedbackstudio.app.gui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.feedbackstudio.runtime.llm.ModelSpec;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * The model panel beside the parameters: backend, base URL, model (listing what the server offers), key
 * variable, temperature and concurrency, with Test connection. Apply hands the window a new model block;
 * the window starts the run again with it. A scenario that names further models (its {@code models} map, whose
 * names roles such as a negotiation's seller or buyer choose) shows a Block choice: each block is shown, tested
 * and applied on its own.
 */
final class ModelPanel {
    private final ModelSettingsViewModel model;
    /** The block's name in the scenario's models, or null for the model block, and the new block. */
    private final BiConsumer<String, ModelSpec> apply;
    /** What the Block choice says for the scenario's single model block. */
    static final String MODEL_BLOCK = "model block";
    private final ChoiceBox<String> block = new ChoiceBox<>();
    private final Label blockLabel = new Label("Block");
    private final Map<String, ModelSpec> named = new LinkedHashMap<>();
    private ModelSpec single;
    private boolean switching;
    private final ChoiceBox<String> backend = new ChoiceBox<>();
    private final TextField baseUrl = new TextField();
    private final ComboBox<String> modelName = new ComboBox<>();
    private final TextField keyVariable = new TextField();
    private final Spinner<Double> temperature = new Spinner<>(0.0, 2.0, 0.8, 0.1);
    private final Spinner<Integer> concurrency = new Spinner<>(1, 256, 4);
    private final Label result = new Label();
    private final TitledPane pane;
    private ModelSpec shown;

    ModelPanel(Executor background, BiConsumer<String, ModelSpec> apply) {
        this.model = new ModelSettingsViewModel(background);
        this.apply = apply;
        block.setId("model-block");
        block.setTooltip(new Tooltip("Which of the scenario's models to show: its model block, or one of its named "
                + "models (roles name them, e.g. sellerModel)"));
        block.valueProperty().addListener((o, a, b) -> {
            if (!switching && b != null) {
                showBlock(b);
            }
        });
        backend.getItems().addAll("openai", "anthropic", "embedded");
        backend.setTooltip(new Tooltip("openai: any OpenAI-compatible server (Ollama, llama.cpp server, vLLM, LM Studio,"
                + " OpenAI); anthropic: the Messages API; embedded: llama.cpp in the studio on a GGUF file"));
        backend.setOnAction(e -> backendChanged());
        baseUrl.setPromptText(ModelSpec.OLLAMA_URL);
        modelName.setEditable(true);
        modelName.setMaxWidth(Double.MAX_VALUE);
        modelName.setOnShowing(e -> listModels());
        keyVariable.setPromptText("e.g. OPENAI_API_KEY (empty: no key)");
        keyVariable.setTooltip(new Tooltip("The NAME of the environment variable holding the key, never the key"));
        temperature.setEditable(true);
        concurrency.setEditable(true);
        result.setWrapText(true);
        result.setId("model-test-result");
        Button browse = new Button("GGUF…");
        browse.setOnAction(e -> chooseGguf());
        Button test = new Button("Test connection");
        test.setId("model-test");
        test.setOnAction(e -> test());
        Button applyButton = new Button("Apply");
        applyButton.setId("model-apply");
        applyButton.setOnAction(e -> applyEdits());

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        grid.addRow(row++, blockLabel, block);
        grid.addRow(row++, new Label("Backend"), backend);
        grid.addRow(row++, new Label("Base URL"), baseUrl);
        HBox modelRow = new HBox(4, modelName, browse);
        HBox.setHgrow(modelName, Priority.ALWAYS);
        grid.addRow(row++, new Label("Model"), modelRow);
        grid.addRow(row++, new Label("Key variable"), keyVariable);
        grid.addRow(row++, new Label("Temperature"), temperature);
        grid.addRow(row, new Label("Concurrency"), concurrency);
        GridPane.setHgrow(baseUrl, Priority.ALWAYS);
        GridPane.setHgrow(modelRow, Priority.ALWAYS);
        // The names keep their full width; the fields take what is left (and scroll their text).
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        grid.getColumnConstraints().setAll(names, fields);
        browse.setMinWidth(Region.USE_PREF_SIZE);
        test.setMinWidth(Region.USE_PREF_SIZE);
        applyButton.setMinWidth(Region.USE_PREF_SIZE);
        result.setWrapText(true);
        VBox box = new VBox(6, grid, new HBox(6, test, applyButton), result);
        box.setPadding(new Insets(6));
        pane = new TitledPane("Language model", box);
        pane.setId("model-panel");
        pane.setExpanded(false);
        show(null);
    }

    Node node() {
        return pane;
    }

    /** Shows a scenario's model block (null: the scenario asks no model; the fields offer Ollama's address). */
    void show(ModelSpec spec) {
        show(spec, Map.of());
    }

    /**
     * Shows a scenario's models: its model block (or null), and its named models; the Block choice appears when
     * there are named ones, and starts on the model block if there is one, else on the first name.
     */
    void show(ModelSpec spec, Map<String, ModelSpec> models) {
        single = spec;
        named.clear();
        named.putAll(models);
        switching = true;
        block.getItems().setAll(MODEL_BLOCK);
        block.getItems().addAll(models.keySet());
        String first = spec != null || models.isEmpty() ? MODEL_BLOCK : models.keySet().iterator().next();
        block.setValue(first);
        switching = false;
        block.setVisible(!models.isEmpty());
        block.setManaged(!models.isEmpty());
        blockLabel.setVisible(!models.isEmpty());
        blockLabel.setManaged(!models.isEmpty());
        showBlock(first);
    }

    /** The name of the block on show, or null for the model block. */
    String blockShown() {
        String b = block.getValue();
        return b == null || b.equals(MODEL_BLOCK) ? null : b;
    }

    private void showBlock(String name) {
        ModelSpec spec = name.equals(MODEL_BLOCK) ? single : named.get(name);
        shown = spec;
        ModelSettingsViewModel.Fields f = ModelSettingsViewModel.fieldsOf(spec);
        backend.setValue(f.backend());
        baseUrl.setText(f.baseUrl());
        modelName.setValue(f.model());
        keyVariable.setText(f.apiKeyEnv());
        temperature.getValueFactory().setValue(f.temperature());
        concurrency.getValueFactory().setValue(f.concurrency());
        result.setText(spec == null ? "This scenario asks no model. Fill these in and Apply to add one (set "
                + "agentMode to model to let it play)." : (named.isEmpty() ? "" : (blockShown() == null
                ? "The model block: " : "The model \"" + blockShown() + "\": ")) + spec.describe());
        backendChanged();
        if (spec != null) {
            pane.setExpanded(true);
        }
        if (name.equals(MODEL_BLOCK) && spec == null && !named.isEmpty()) {
            result.setText("This scenario has no model block; its named models are in the Block choice. Fill these "
                    + "in and Apply to add a model block.");
        }
    }

    private void backendChanged() {
        boolean embedded = "embedded".equals(backend.getValue());
        baseUrl.setDisable(embedded);
        keyVariable.setDisable(embedded);
    }

    private ModelSettingsViewModel.Built built() {
        commit(temperature);
        commit(concurrency);
        return ModelSettingsViewModel.build(new ModelSettingsViewModel.Fields(backend.getValue(), baseUrl.getText(),
                modelName.getEditor().getText(), keyVariable.getText(), temperature.getValue(),
                concurrency.getValue()), shown);
    }

    private static <T> void commit(Spinner<T> spinner) {
        try {
            spinner.getValueFactory().setValue(spinner.getValueFactory().getConverter()
                    .fromString(spinner.getEditor().getText()));
        } catch (RuntimeException e) {
            spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(spinner.getValue()));
        }
    }

    private void applyEdits() {
        ModelSettingsViewModel.Built b = built();
        if (b.problem() != null) {
            result.setText("Not applied: " + b.problem());
            return;
        }
        shown = b.spec();
        String name = blockShown();
        if (name == null) {
            single = b.spec();
        } else {
            named.put(name, b.spec());
        }
        result.setText("Applied: " + b.spec().describe() + ". The run starts again with it.");
        apply.accept(name, b.spec());
    }

    private void test() {
        ModelSettingsViewModel.Built b = built();
        if (b.problem() != null) {
            result.setText("Cannot test: " + b.problem());
            return;
        }
        result.setText("Asking " + b.spec().describe() + "…");
        model.test(b.spec()).thenAccept(text -> Platform.runLater(() -> result.setText(text)));
    }

    private void listModels() {
        ModelSettingsViewModel.Built b = built();
        if (b.spec() == null || "embedded".equals(backend.getValue())) {
            return;
        }
        model.models(b.spec()).thenAccept(names -> Platform.runLater(() -> {
            if (!names.isEmpty()) {
                String typed = modelName.getEditor().getText();
                modelName.getItems().setAll(names);
                modelName.getEditor().setText(typed);
            }
        }));
    }

    private void chooseGguf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a GGUF model file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GGUF models", "*.gguf"));
        File file = chooser.showOpenDialog(pane.getScene() == null ? null : pane.getScene().getWindow());
        if (file != null) {
            backend.setValue("embedded");
            modelName.getEditor().setText(file.getAbsolutePath());
            backendChanged();
        }
    }
}
