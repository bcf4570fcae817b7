package org.feedbackstudio.app.gui.parameters;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.feedbackstudio.core.Parameter;

import java.util.Optional;
import java.util.function.BiConsumer;

/** One parameter as a row of the property sheet. Edits go to the studio, which validates and applies them. */
public final class ParameterItem implements PropertySheet.Item {
    private final Parameter<?> parameter;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty();
    private final BiConsumer<String, Object> onEdit;

    ParameterItem(Parameter<?> parameter, Object initial, BiConsumer<String, Object> onEdit) {
        this.parameter = parameter;
        this.value.set(initial);
        this.onEdit = onEdit;
    }

    public Parameter<?> parameter() {
        return parameter;
    }

    /** The value shown (what the user chose), observed by the editor. */
    public ObjectProperty<Object> valueProperty() {
        return value;
    }

    /** A problem with this parameter's value (shown on the editor), or null. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** Called by an editor when the user commits a value. */
    void edit(Object newValue) {
        if (newValue == null || newValue.equals(value.get())) {
            return;
        }
        value.set(newValue);
        onEdit.accept(parameter.name(), newValue);
    }

    @Override
    public Class<?> getType() {
        return switch (parameter.type()) {
            case INTEGER -> Long.class;
            case REAL -> Double.class;
            case BOOLEAN -> Boolean.class;
            case CHOICE, TEXT -> String.class;
            case CHOICE_LIST -> java.util.List.class;
        };
    }

    @Override
    public String getCategory() {
        return parameter.group();
    }

    @Override
    public String getName() {
        return parameter.name() + (parameter.unit().isEmpty() ? "" : " (" + parameter.unit() + ")");
    }

    @Override
    public String getDescription() {
        return parameter.help() + "\nAllowed: " + allowed() + ". Default: "
                + org.feedbackstudio.app.gui.kit.Numbers.plain(parameter.defaultValue()) + "."
                + (parameter.live() ? "\nTakes effect while running." : "\nTakes effect on reset.");
    }

    /** What values are allowed, with numbers as a person writes them (0.00001, not 1.0E-5). */
    private String allowed() {
        return switch (parameter.type()) {
            case INTEGER -> "a whole number from " + org.feedbackstudio.app.gui.kit.Numbers.plain(parameter.min())
                    + " to " + org.feedbackstudio.app.gui.kit.Numbers.plain(parameter.max());
            case REAL -> "a number from " + org.feedbackstudio.app.gui.kit.Numbers.plain(parameter.min()) + " to "
                    + org.feedbackstudio.app.gui.kit.Numbers.plain(parameter.max());
            default -> parameter.allowed();
        };
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    @Override
    public void setValue(Object newValue) {
        edit(newValue);
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }
}
