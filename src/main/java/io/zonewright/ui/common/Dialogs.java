package io.zonewright.ui.common;

import javafx.scene.control.Dialog;
import javafx.stage.Stage;

/** The editor's dialogs start alike: over the window, with a title, a header and the editor's style. */
public final class Dialogs {

    private Dialogs() {
    }

    /** A dialog whose pane has {@code id}, for tests and for the style sheet. */
    public static <T> Dialog<T> create(Stage owner, String id, String title, String header) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        Styles.apply(dialog.getDialogPane().getStylesheets());
        return dialog;
    }
}
