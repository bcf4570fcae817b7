package org.feedbackstudio.app.gui.kit;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * Table cells whose text wraps onto more lines when the column is narrow, instead of ending in "…": a
 * long strategy sentence or a property name is read whole at any width.
 */
public final class WrappingCells {
    private WrappingCells() {
    }

    /** Makes the column's cells wrap their text at the column's width. */
    public static <S> void install(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                text.getStyleClass().add("wrapping-cell-text");
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                setGraphic(text);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        });
    }
}
