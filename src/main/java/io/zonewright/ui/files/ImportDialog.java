package io.zonewright.ui.files;

import io.zonewright.hostfw.HostFile;
import io.zonewright.hostfw.RulesetFormat;
import io.zonewright.imports.HostImport;
import io.zonewright.ui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * File ▸ Import ▸ …: what to read, one source a line as the command line takes them (a manifest file or
 * folder; {@code ADDRESS=FILE} or {@code NAME@ADDRESS=FILE} for a host), and the new design's name.
 */
public final class ImportDialog {

    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    /** What is imported. {@code ruleset} is null for Kubernetes objects. */
    public enum Kind {
        KUBERNETES("Kubernetes objects", null),
        NFTABLES("nftables rulesets", RulesetFormat.NFTABLES),
        IPTABLES("iptables rulesets", RulesetFormat.IPTABLES);

        final String title;
        final RulesetFormat ruleset;

        Kind(String title, RulesetFormat ruleset) {
            this.title = title;
            this.ruleset = ruleset;
        }
    }

    /** What the user chose: the sources as lines, the namespace label that makes zones (Kubernetes), the design's name. */
    record Request(Kind kind, List<String> sources, String zoneLabel, String name) {
    }

    private ImportDialog() {
    }

    static Optional<Request> ask(Stage owner, Kind kind) {
        Dialog<Request> dialog = Dialogs.create(owner, "import-dialog", "Import " + kind.title,
                kind == Kind.KUBERNETES
                ? "A design from a cluster's objects: namespaces become zones, workloads services,\n"
                + "what the NetworkPolicies allow connections. One file or folder a line."
                : "A design from hosts' rulesets: each host a service in the zone of its subnet.\n"
                + "One ruleset a line, as ADDRESS=FILE or NAME@ADDRESS=FILE (give a host's IPv4 and IPv6 files both).");

        TextArea sources = new TextArea();
        sources.setId("import-sources");
        sources.setPrefRowCount(6);
        sources.setPromptText(kind == Kind.KUBERNETES ? "/path/to/manifests" : "web@10.0.1.10=/path/to/web.json");
        Button addFiles = new Button(kind == Kind.KUBERNETES ? "Add Files…" : "Add Rulesets…");
        addFiles.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(addFiles.getText());
            List<File> chosen = chooser.showOpenMultipleDialog(owner);
            if (chosen != null) {
                chosen.forEach(f -> append(sources, kind == Kind.KUBERNETES ? f.getPath() : hostLine(f.toPath())));
            }
        });
        HBox buttons = new HBox(8, addFiles);
        if (kind == Kind.KUBERNETES) {
            Button addFolder = new Button("Add Folder…");
            addFolder.setOnAction(e -> {
                File chosen = new DirectoryChooser().showDialog(owner);
                if (chosen != null) {
                    append(sources, chosen.getPath());
                }
            });
            buttons.getChildren().add(addFolder);
        }
        TextField name = new TextField(kind == Kind.KUBERNETES ? "Imported cluster" : "Imported hosts");
        name.setId("import-name");
        TextField zoneLabel = new TextField();
        zoneLabel.setId("import-zone-label");
        zoneLabel.setPromptText("optional: a namespace label whose values become the zones");
        VBox content = new VBox(8, new Label("Sources"), sources, buttons, new Label("Design name"), name);
        if (kind == Kind.KUBERNETES) {
            content.getChildren().addAll(new Label("Zones from the namespace label"), zoneLabel);
        }
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);

        ValidationSupport validation = new ValidationSupport();
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(sources, (control, text) -> {
            String problem = problem(kind, (String) text);
            return ValidationResult.fromErrorIf(control, problem, problem != null);
        });
        validation.registerValidator(name, (control, text) -> ValidationResult.fromErrorIf(control,
                "The design needs a name", text == null || ((String) text).isBlank()));
        dialog.getDialogPane().lookupButton(IMPORT).disableProperty().bind(validation.invalidProperty());
        Label why = new Label();
        why.setId("import-problem");
        why.getStyleClass().add("dialog-problem");
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String p = problem(kind, sources.getText());
            return p == null ? "" : p;
        }, sources.textProperty()));
        content.getChildren().add(2, why);

        dialog.setResultConverter(button -> button == IMPORT
                ? new Request(kind, lines(sources.getText()), zoneLabel.getText().strip(), name.getText().strip())
                : null);
        return dialog.showAndWait();
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** What is wrong with the sources, or null: at least one, each readable and, for a host, with its address. */
    static String problem(Kind kind, String text) {
        List<String> lines = lines(text);
        if (lines.isEmpty()) {
            return "Add at least one source";
        }
        for (String line : lines) {
            Path path;
            if (kind == Kind.KUBERNETES) {
                path = Path.of(line);
            } else {
                try {
                    HostFile file = HostFile.parse(line, kind.ruleset);
                    HostImport.address(file.host());
                    path = file.file();
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }
            if (!Files.isReadable(path)) {
                return path + ": no such file or folder";
            }
        }
        return null;
    }

    /** A ruleset chosen from disk: its host read from a name like {@code web@10.0.1.10.json}, or left to fill in. */
    static String hostLine(Path file) {
        String name = file.getFileName().toString();
        String base = name.replaceFirst("\\.(json|rules6?|txt|save|nft)$", "");
        try {
            HostImport.address(base);
            return base + "=" + file;
        } catch (IllegalArgumentException e) {
            return "ADDRESS=" + file;
        }
    }

    private static void append(TextArea area, String line) {
        String text = area.getText();
        area.setText(text.isEmpty() || text.endsWith("\n") ? text + line + "\n" : text + "\n" + line + "\n");
    }
}
