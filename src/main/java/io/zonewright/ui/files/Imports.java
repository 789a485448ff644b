package io.zonewright.ui.files;

import io.zonewright.compare.Deployed;
import io.zonewright.hostfw.HostFile;
import io.zonewright.imports.HostImport;
import io.zonewright.imports.Imported;
import io.zonewright.imports.KubernetesImport;
import io.zonewright.io.Progress;
import io.zonewright.ui.common.BackgroundWork;
import io.zonewright.ui.common.Notices;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * File ▸ Import ▸ Kubernetes…, nftables…, iptables…: reads what is deployed in the background and opens
 * the design made of it as a new, unsaved document, with the notes of what the import could not say.
 */
public final class Imports {

    private final Stage stage;
    private final FileActions files;
    private final BackgroundWork work;
    private final Notices notices;

    public Imports(Stage stage, FileActions files, BackgroundWork work, Notices notices) {
        this.stage = stage;
        this.files = files;
        this.work = work;
        this.notices = notices;
    }

    public void ask(ImportDialog.Kind kind) {
        ImportDialog.ask(stage, kind).ifPresent(this::run);
    }

    /** Imports what the request names; the design opens when the reading is done, unless it failed or was cancelled. */
    void run(ImportDialog.Request request) {
        work.start("Import " + request.kind().title, progress -> read(request, progress), this::open);
    }

    static Imported read(ImportDialog.Request request, Progress progress) throws BackgroundWork.ReadFailure {
        if (request.kind() == ImportDialog.Kind.KUBERNETES) {
            Deployed cluster = BackgroundWork.ReadFailure.unlessReadable(Deployed.read(request.sources().stream().map(Path::of).toList(), List.of(), progress));
            progress.step(1, 1, "Building the design");
            return KubernetesImport.of(cluster.cluster(), request.zoneLabel().isEmpty() ? null : request.zoneLabel(), request.name());
        }
        List<HostFile> hosts = request.sources().stream().map(s -> HostFile.parse(s, request.kind().ruleset)).toList();
        Deployed read = BackgroundWork.ReadFailure.unlessReadable(Deployed.read(List.of(), hosts, progress));
        progress.step(1, 1, "Building the design");
        return HostImport.of(HostImport.hosts(hosts, read.rulesets()), request.name());
    }

    private void open(Imported imported) {
        if (!files.openUnsaved(imported.topology())) {
            return;
        }
        String summary = "Imported " + imported.topology().services().size() + " services and "
                + imported.topology().connections().size() + " connections. Zone roles and service kinds are guesses: review them.";
        if (imported.notes().isEmpty()) {
            notices.show(summary);
        } else {
            notices.offer(summary + " " + imported.notes().size() + " notes.", "Show Notes", () -> showNotes(imported.notes()));
        }
    }

    private void showNotes(List<String> notes) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Import notes");
        alert.setHeaderText("What the import could not say in the design");
        TextArea text = new TextArea(String.join("\n", notes));
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("import-notes");
        alert.show();
    }
}
