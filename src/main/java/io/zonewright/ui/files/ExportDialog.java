package io.zonewright.ui.files;

import io.zonewright.export.ExportOptions;
import io.zonewright.export.HostOutbound;
import io.zonewright.export.Target;
import io.zonewright.ui.common.Dialogs;
import io.zonewright.ui.document.ExportSettings;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** File ▸ Export ▸ Configurations…: which targets, into which folder, with which host options. */
public final class ExportDialog {

    public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    private ExportDialog() {
    }

    static Optional<ExportSettings> ask(Stage owner, ExportSettings initial) {
        Dialog<ExportSettings> dialog = Dialogs.create(owner, "export-dialog", "Export configurations",
                "Write what enforces and documents this design. Each target writes into its own folder;\n"
                + "exporting again replaces only what an export made.");

        Map<Target, CheckBox> targets = new EnumMap<>(Target.class);
        FlowPane targetBoxes = new FlowPane(16, 8);
        for (Target t : Target.values()) {
            CheckBox box = new CheckBox(t.cliName());
            box.setId("export-target-" + t.cliName());
            box.setSelected(initial.targets().contains(t));
            box.setTooltip(new javafx.scene.control.Tooltip(t.description()));
            targets.put(t, box);
            targetBoxes.getChildren().add(box);
        }
        TextField folder = new TextField(initial.folder() == null ? "" : initial.folder().toString());
        folder.setId("export-folder");
        folder.setPromptText("the folder to export into");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export into");
            File current = folder.getText().isBlank() ? null : Path.of(folder.getText()).toFile();
            if (current != null && current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(owner);
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });

        Spinner<Integer> priority = new Spinner<>(-400, 400, initial.options().nftPriority());
        priority.setId("export-nft-priority");
        priority.setEditable(true);
        CheckBox forward = new CheckBox("Filter forwarded traffic (hosts that route containers)");
        forward.setId("export-forward");
        forward.setSelected(initial.options().forward());
        Map<HostOutbound, CheckBox> outbound = new EnumMap<>(HostOutbound.class);
        HBox outboundBoxes = new HBox(12, new Label("Hosts may open for themselves:"));
        for (HostOutbound h : HostOutbound.values()) {
            CheckBox box = new CheckBox(h.name());
            box.setId("export-outbound-" + h.cliName());
            box.setSelected(initial.options().hostOutbound().contains(h));
            outbound.put(h, box);
            outboundBoxes.getChildren().add(box);
        }
        TitledPane hostOptions = new TitledPane("Host firewalls", new VBox(8,
                new HBox(8, new Label("nftables chain priority, relative to filter:"), priority), forward, outboundBoxes));
        hostOptions.setExpanded(false);

        VBox content = new VBox(10, new Label("Targets"), targetBoxes, new Label("Folder"), new HBox(8, folder, choose), hostOptions);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);

        ValidationSupport validation = new ValidationSupport();
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(folder, Validator.createEmptyValidator("Choose the folder to export into"));
        BooleanBinding noTarget = Bindings.createBooleanBinding(() -> targets.values().stream().noneMatch(CheckBox::isSelected),
                targets.values().stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
        dialog.getDialogPane().lookupButton(EXPORT).disableProperty().bind(validation.invalidProperty().or(noTarget));

        dialog.setResultConverter(button -> {
            if (button != EXPORT) {
                return null;
            }
            Set<Target> chosen = EnumSet.noneOf(Target.class);
            targets.forEach((t, box) -> {
                if (box.isSelected()) {
                    chosen.add(t);
                }
            });
            Set<HostOutbound> opened = EnumSet.noneOf(HostOutbound.class);
            outbound.forEach((h, box) -> {
                if (box.isSelected()) {
                    opened.add(h);
                }
            });
            return new ExportSettings(chosen, Path.of(folder.getText().strip()),
                    new ExportOptions(priority.getValue(), forward.isSelected(), opened));
        });
        return dialog.showAndWait();
    }
}
