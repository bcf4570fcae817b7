package org.feedbackstudio.app.gui.parameters;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterType;

import java.util.ArrayList;
import java.util.List;

/** Editors for each parameter type: a slider with a text field for numbers, choice boxes, check boxes. */
final class ParameterEditors {
    private ParameterEditors() {
    }

    /** The editor of one parameter: its control and ↺, with the help as tooltip. */
    static Node forItem(ParameterItem item) {
        Parameter<?> p = item.parameter();
        Node control = switch (p.type()) {
            case INTEGER, REAL -> numeric(item);
            case BOOLEAN -> bool(item);
            case CHOICE -> choice(item);
            case CHOICE_LIST -> choiceList(item);
            case TEXT -> text(item);
        };
        Button reset = new Button("↺");
        reset.getStyleClass().add("reset-button");
        reset.setTooltip(new Tooltip("Reset " + p.name() + " to its default, " + p.format(p.defaultValue())));
        reset.setFocusTraversable(false);
        reset.setOnAction(e -> item.edit(p.defaultValue()));
        reset.visibleProperty().bind(item.valueProperty().isNotEqualTo(p.defaultValue()));
        HBox.setHgrow(control, Priority.ALWAYS);
        HBox row = new HBox(4, control, reset);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("param-" + p.name());
        Tooltip tip = new Tooltip(item.getDescription());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(row, tip);
        item.problemProperty().addListener((obs, was, now) -> {
            row.getStyleClass().remove("invalid");
            if (now != null) {
                row.getStyleClass().add("invalid");
                tip.setText(now + "\n\n" + item.getDescription());
            } else {
                tip.setText(item.getDescription());
            }
        });
        return row;
    }

    /**
     * A value as its text field shows it: whole numbers with thousands separators, so that 1,000,000,000 is
     * never read as 100,000,000; the text parses back to exactly the value.
     */
    static String display(Parameter<?> p, Object value) {
        if (p.type() == ParameterType.INTEGER && value instanceof Number n) {
            return String.format(java.util.Locale.ROOT, "%,d", n.longValue());
        }
        return p.format(value);
    }

    /** Text typed in a number field, with or without thousands separators, as the parameter's value. */
    static Object parse(Parameter<?> p, String text) {
        String t = text.strip();
        if (p.type() == ParameterType.INTEGER || p.type() == ParameterType.REAL) {
            t = t.replace(",", "").replace(" ", "").replace("\u202f", "").replace("_", "");
        }
        return p.parse(t);
    }

    private static Node numeric(ParameterItem item) {
        Parameter<?> p = item.parameter();
        boolean log = p.logScale() && p.min() > 0;
        Slider slider = new Slider(toSlider(p.min(), log), toSlider(p.max(), log), toSlider(number(item), log));
        slider.setFocusTraversable(false);
        TextField field = new TextField(display(p, item.getValue()));
        field.setPrefColumnCount(8);
        field.setId("param-field-" + p.name());
        Runnable commitField = () -> {
            try {
                Object parsed = parse(p, field.getText());
                item.edit(parsed);
                field.setText(display(p, item.getValue()));
                field.getStyleClass().remove("invalid-field");
            } catch (IllegalArgumentException ex) {
                if (!field.getStyleClass().contains("invalid-field")) {
                    field.getStyleClass().add("invalid-field");
                }
                field.setTooltip(new Tooltip(ex.getMessage()));
            }
        };
        field.setOnAction(e -> commitField.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitField.run();
            }
        });
        // True while the slider follows a value set from outside (a preset, a scenario): that value stands as
        // it is, even off the slider's grid, and is not edited back.
        boolean[] following = {false};
        slider.valueProperty().addListener((obs, was, now) -> {
            if (following[0]) {
                return;
            }
            Object v = fromSlider(p, now.doubleValue(), log);
            field.setText(display(p, v));
            if (!slider.isValueChanging()) {
                item.edit(v);
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                item.edit(fromSlider(p, slider.getValue(), log));
            }
        });
        item.valueProperty().addListener((obs, was, now) -> {
            field.setText(display(p, now));
            field.getStyleClass().remove("invalid-field");
            if (!slider.isValueChanging()) {
                double s = toSlider(((Number) now).doubleValue(), log);
                if (Math.abs(slider.getValue() - s) > 1e-12) {
                    following[0] = true;
                    slider.setValue(s);
                    following[0] = false;
                }
            }
        });
        VBox box = new VBox(2, field, slider);
        return box;
    }

    private static double number(ParameterItem item) {
        return ((Number) item.getValue()).doubleValue();
    }

    private static double toSlider(double v, boolean log) {
        return log ? Math.log10(v) : v;
    }

    /** A slider position to a value on the parameter's grid (whole numbers, or multiples of the step). */
    static Object fromSlider(Parameter<?> p, double position, boolean log) {
        double v = log ? Math.pow(10, position) : position;
        if (p.type() == ParameterType.INTEGER) {
            long whole = Math.round(v);
            if (log && whole > 100) {
                // keep log-scale values readable: two significant digits
                double magnitude = Math.pow(10, Math.floor(Math.log10(whole)) - 1);
                whole = Math.round(Math.round(whole / magnitude) * magnitude);
            }
            return Math.max(p.min().longValue(), Math.min(p.max().longValue(), whole));
        }
        double step = p.step() == null || p.step() <= 0 ? 0 : p.step();
        if (step > 0) {
            v = p.min() + Math.round((v - p.min()) / step) * step;
            v = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", v)); // drop binary noise
        }
        return Math.max(p.min(), Math.min(p.max(), v));
    }

    private static Node bool(ParameterItem item) {
        CheckBox box = new CheckBox();
        box.setSelected((Boolean) item.getValue());
        box.selectedProperty().addListener((obs, was, now) -> item.edit(now));
        item.valueProperty().addListener((obs, was, now) -> box.setSelected((Boolean) now));
        return box;
    }

    private static Node choice(ParameterItem item) {
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().setAll(item.parameter().choices());
        combo.setValue((String) item.getValue());
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().addListener((obs, was, now) -> item.edit(now));
        item.valueProperty().addListener((obs, was, now) -> combo.setValue((String) now));
        return combo;
    }

    @SuppressWarnings("unchecked")
    private static Node choiceList(ParameterItem item) {
        CheckComboBox<String> combo = new CheckComboBox<>();
        combo.getItems().setAll(item.parameter().choices());
        combo.setMaxWidth(Double.MAX_VALUE);
        // The box says how many are chosen; the chosen ones are listed in full below it, wrapping.
        Label chosenList = new Label();
        chosenList.setWrapText(true);
        chosenList.getStyleClass().add("parameter-chosen");
        final boolean[] updating = {false};
        Runnable showValue = () -> {
            updating[0] = true;
            combo.getCheckModel().clearChecks();
            for (String s : (List<String>) item.getValue()) {
                combo.getCheckModel().check(s);
            }
            combo.setTitle(count((List<String>) item.getValue(), item.parameter().choices().size()));
            chosenList.setText(summary((List<String>) item.getValue()));
            updating[0] = false;
        };
        showValue.run();
        combo.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (updating[0]) {
                return;
            }
            // keep the parameter's own order, not the order of clicks
            List<String> chosen = new ArrayList<>();
            for (String s : item.parameter().choices()) {
                if (combo.getCheckModel().isChecked(s)) {
                    chosen.add(s);
                }
            }
            combo.setTitle(count(chosen, item.parameter().choices().size()));
            chosenList.setText(summary(chosen));
            item.edit(List.copyOf(chosen));
        });
        item.valueProperty().addListener((obs, was, now) -> showValue.run());
        return new VBox(2, combo, chosenList);
    }

    private static String count(List<String> values, int of) {
        return values.isEmpty() ? "default" : values.size() + " of " + of + " chosen";
    }

    private static String summary(List<String> values) {
        return values.isEmpty() ? "(default)" : String.join(", ", values);
    }

    private static Node text(ParameterItem item) {
        TextField field = new TextField((String) item.getValue());
        field.setOnAction(e -> item.edit(field.getText()));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                item.edit(field.getText());
            }
        });
        item.valueProperty().addListener((obs, was, now) -> field.setText((String) now));
        if (!Parameter.FOLDER_UNIT.equals(item.parameter().unit())) {
            return field;
        }
        Button browse = new Button("Browse…");
        browse.setMinWidth(Region.USE_PREF_SIZE); // the field shrinks, the button keeps its label
        browse.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(item.parameter().name());
            java.io.File current = new java.io.File(field.getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            java.io.File chosen = chooser.showDialog(browse.getScene() == null ? null : browse.getScene().getWindow());
            if (chosen != null) {
                item.edit(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(4, field, browse);
    }
}
