package org.feedbackstudio.app.gui.parameters;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import org.controlsfx.control.PropertySheet;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterValues;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The parameter sheet: a ControlsFX PropertySheet generated from a simulator's ParameterSpace, grouped
 * by the parameters' groups, with sliders from min/max/step, help as tooltips and reset to default.
 */
public final class ParameterSheet {
    private final PropertySheet sheet = new PropertySheet();
    private final Map<String, ParameterItem> items = new LinkedHashMap<>();
    private final BiConsumer<String, Object> onEdit;

    /**
     * @param onEdit called on the JavaFX thread with (parameter name, canonical value) when the user commits
     */
    public ParameterSheet(BiConsumer<String, Object> onEdit) {
        this.onEdit = onEdit;
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(true);
        sheet.setPropertyEditorFactory(item -> ParameterEditors.forItem((ParameterItem) item));
        sheet.setId("parameter-sheet");
    }

    public Node node() {
        return sheet;
    }

    /** Shows the parameters of a simulator with these values. */
    public void show(ParameterValues values) {
        items.clear();
        // Groups in the order the simulator lists its parameters, not alphabetically.
        java.util.List<String> groups = values.space().all().stream().map(Parameter::group).distinct().toList();
        sheet.setCategoryComparator(java.util.Comparator.comparingInt(groups::indexOf));
        ObservableList<PropertySheet.Item> list = FXCollections.observableArrayList();
        for (Parameter<?> p : values.space().all()) {
            ParameterItem item = new ParameterItem(p, values.get(p.name()), onEdit);
            items.put(p.name(), item);
            list.add(item);
        }
        sheet.getItems().setAll(list);
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
}
