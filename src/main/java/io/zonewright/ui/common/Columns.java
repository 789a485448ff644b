package io.zonewright.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

import java.util.function.Function;

/** Read-only table columns of text, as the panels and dialogs show their rows. */
public final class Columns {

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String name, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A column whose long texts wrap onto more lines, its rows growing to hold them. */
    static <T> TableColumn<T, String> wrapping(String name, Function<T, String> value, double width) {
        TableColumn<T, String> column = text(name, value, width);
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(12));
                text.getStyleClass().add("wrapped-cell-text");
                setGraphic(text);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        });
        return column;
    }
}
