package io.zonewright.ui.document;

import io.zonewright.analysis.Finding;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Waiver;
import io.zonewright.ui.common.Dialogs;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

import java.time.LocalDate;
import java.util.Optional;

/** Asks for the reason, owner and expiry of a waiver; all three are required. */
public final class WaiverDialog {

    private WaiverDialog() {
    }

    public static Optional<Waiver> ask(Stage owner, Finding finding) {
        return ask(owner, finding.rule(), finding.target(), finding.message());
    }

    /** Asks for a waiver of {@code rule} on {@code target}; {@code what} says what is waived. */
    public static Optional<Waiver> ask(Stage owner, String rule, String target, String what) {
        Dialog<Waiver> dialog = Dialogs.create(owner, "waiver-dialog", "Waive " + rule,
                what);
        TextField reason = new TextField();
        reason.setId("waiver-reason");
        TextField who = new TextField(System.getProperty("user.name", ""));
        who.setId("waiver-owner");
        DatePicker expires = new DatePicker(LocalDate.now().plusMonths(6));
        expires.setId("waiver-expires");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Reason"), reason);
        form.addRow(1, new Label("Owner"), who);
        form.addRow(2, new Label("Expires"), expires);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ValidationSupport validation = new ValidationSupport();
        // Style classes rather than graphic decorations: those re-parent the scene root, which dialogs refuse.
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(reason, Validator.createEmptyValidator("A waiver needs a reason"));
        validation.registerValidator(who, Validator.createEmptyValidator("A waiver needs an owner"));
        validation.registerValidator(expires, Validator.<LocalDate>createPredicateValidator(
                d -> d != null && d.isAfter(LocalDate.now()), "The expiry must be in the future"));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(validation.invalidProperty());

        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Waiver(rule, target, reason.getText().strip(), who.getText().strip(),
                        expires.getValue(), SourceLocation.UNKNOWN)
                : null);
        return dialog.showAndWait();
    }
}
