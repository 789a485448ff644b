package io.zonewright.ui.files;

import io.zonewright.compare.HostAudit;
import io.zonewright.hostfw.HostFile;
import io.zonewright.hostfw.RulesetFormat;
import io.zonewright.model.Topology;
import io.zonewright.ui.common.Dialogs;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File ▸ Audit Against…: what is deployed, as the audit command takes it: manifest files or folders, and
 * hosts' rulesets as {@code HOST=FILE} (a service id or one of its addresses).
 */
public final class AuditDialog {

    public static final ButtonType AUDIT = new ButtonType("Audit", ButtonBar.ButtonData.OK_DONE);

    /** What to audit against. */
    record Request(List<Path> kubernetes, List<HostFile> hosts) {
    }

    private AuditDialog() {
    }

    static Optional<Request> ask(Stage owner, Topology design) {
        Dialog<Request> dialog = Dialogs.create(owner, "audit-dialog", "Audit against what is deployed",
                "Compare the design with a cluster's objects and hosts' rulesets: what is documented\n"
                + "but not allowed (missing), allowed but not documented (extra), allowed wider (broader).");
        TextArea kubernetes = area("audit-kubernetes", "/path/to/manifests (a file or folder a line)");
        TextArea nftables = area("audit-nftables", "api=/path/to/api.json ('nft -j list ruleset', HOST=FILE a line)");
        TextArea iptables = area("audit-iptables", "10.0.2.10=/path/to/api.rules (iptables-save, HOST=FILE a line)");
        Label problem = new Label();
        problem.setId("audit-problem");
        problem.getStyleClass().add("dialog-problem");
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String p = problem(design, kubernetes.getText(), nftables.getText(), iptables.getText());
            return p == null ? "" : p;
        }, kubernetes.textProperty(), nftables.textProperty(), iptables.textProperty()));
        VBox content = new VBox(8, new Label("Kubernetes objects"), kubernetes, new Label("nftables rulesets"), nftables,
                new Label("iptables rulesets"), iptables, problem);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(AUDIT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(AUDIT).disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.setResultConverter(button -> button == AUDIT
                ? request(kubernetes.getText(), nftables.getText(), iptables.getText()) : null);
        return dialog.showAndWait();
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(3);
        area.setPromptText(prompt);
        return area;
    }

    static Request request(String kubernetes, String nftables, String iptables) {
        List<HostFile> hosts = new ArrayList<>();
        ImportDialog.lines(nftables).forEach(l -> hosts.add(HostFile.parse(l, RulesetFormat.NFTABLES)));
        ImportDialog.lines(iptables).forEach(l -> hosts.add(HostFile.parse(l, RulesetFormat.IPTABLES)));
        return new Request(ImportDialog.lines(kubernetes).stream().map(Path::of).toList(), hosts);
    }

    /** What keeps the audit from starting, or null. */
    static String problem(Topology design, String kubernetes, String nftables, String iptables) {
        Request request;
        try {
            request = request(kubernetes, nftables, iptables);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (request.kubernetes().isEmpty() && request.hosts().isEmpty()) {
            return "Name a cluster's objects or a host's ruleset";
        }
        for (Path p : request.kubernetes()) {
            if (!Files.isReadable(p)) {
                return p + ": no such file or folder";
            }
        }
        for (HostFile h : request.hosts()) {
            if (HostAudit.locate(design, h.host()) == null) {
                return h.host() + ": no service of the design has this id or address";
            }
            if (!Files.isReadable(h.file())) {
                return h.file() + ": no such file";
            }
        }
        return null;
    }
}
