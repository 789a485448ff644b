package io.zonewright.ui.panels;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Editors of the inspector. A text commits on Enter or on leaving the field, not on every key, so that one
 * change is one undo step; ControlsFX validation marks a bad value while it is typed.
 */
final class InspectorEditors {

    private InspectorEditors() {
    }

    static PropertyEditor<?> create(PropertySheet.Item item) {
        InspectorItem row = (InspectorItem) item;
        return row.choices() != null ? choice(row) : text(row);
    }

    private static PropertyEditor<?> text(InspectorItem row) {
        TextField field = new TextField(String.valueOf(row.getValue()));
        field.setId("inspector-" + row.getName().toLowerCase(java.util.Locale.ROOT));
        if (!row.isEditable()) {
            field.setEditable(false);
            field.getStyleClass().add("read-only");
            return editor(field);
        }
        ValidationSupport validation = new ValidationSupport();
        // Style classes rather than graphic decorations: those re-parent the scene root, which dialogs refuse.
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(field, false, (Validator<String>) (control, text) ->
                ValidationResult.fromErrorIf(control, row.problem(text == null ? "" : text), row.problem(text == null ? "" : text) != null));
        field.setOnAction(e -> row.commit(field.getText()));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                row.commit(field.getText());
            }
        });
        return editor(field);
    }

    private static PropertyEditor<?> choice(InspectorItem row) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("inspector-" + row.getName().toLowerCase(java.util.Locale.ROOT));
        box.getItems().setAll(row.choices());
        box.setValue(String.valueOf(row.getValue()));
        box.setOnAction(e -> {
            if (box.getValue() != null) {
                row.commit(box.getValue());
            }
        });
        return editor(box);
    }

    private static PropertyEditor<Object> editor(Node node) {
        return new PropertyEditor<>() {
            @Override
            public Node getEditor() {
                return node;
            }

            @Override
            public Object getValue() {
                return null;
            }

            @Override
            public void setValue(Object value) {
                // The inspector rebuilds its rows after every change; there is nothing to push back.
            }
        };
    }
}
