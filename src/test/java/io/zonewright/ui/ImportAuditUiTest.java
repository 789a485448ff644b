package io.zonewright.ui;

import io.zonewright.Designs;
import io.zonewright.export.Exported;
import io.zonewright.export.Target;
import io.zonewright.ui.diagram.DiagramView;
import io.zonewright.ui.files.AuditDialog;
import io.zonewright.ui.files.ImportDialog;
import io.zonewright.ui.panels.AuditPanel;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Import and File ▸ Audit Against…, driven through the real window. */
class ImportAuditUiTest extends ArticleWindowTest {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    private static String cluster() throws URISyntaxException {
        return Path.of(ImportAuditUiTest.class.getResource("/netpol-analyzer/netpol-analysis-example-minimal/input").toURI()).toString();
    }

    @Test
    void aClusterImportOpensAsANewUnsavedDesign(FxRobot robot) throws Exception {
        importMenu(robot, "Kubernetes…");
        DialogPane dialog = robot.lookup("#import-dialog").queryAs(DialogPane.class);
        Button importButton = (Button) dialog.lookupButton(ImportDialog.IMPORT);
        assertTrue(importButton.isDisabled(), "nothing to import yet");
        TextArea sources = robot.lookup("#import-sources").queryAs(TextArea.class);
        robot.interact(() -> sources.setText(dir.resolve("nowhere").toString()));
        assertTrue(importButton.isDisabled());
        assertTrue(robot.lookup("#import-problem").queryLabeled().getText().endsWith("no such file or folder"));
        String cluster = cluster();
        robot.interact(() -> sources.setText(cluster + "\n"));
        robot.interact(() -> robot.lookup("#import-name").queryAs(TextField.class).setText("Minimal cluster"));
        Screenshots.take(robot, dialog.getScene().getWindow(), "import-dialog.png");
        robot.clickOn(importButton);

        FxWait.until(() -> window.document().topology().name().equals("Minimal cluster"));
        // The document's state is read on the FX thread, once the opening has finished there.
        Object[] state = new Object[2];
        robot.interact(() -> {
            state[0] = window.document().fileProperty().get();
            state[1] = window.document().isDirty();
        });
        assertNull(state[0], "a new document, no file yet");
        assertEquals(Boolean.TRUE, state[1], "unsaved until saved");
        assertEquals(List.of("backend", "frontend"), window.document().topology().services().stream()
                .map(s -> s.id()).sorted().toList());
        FxWait.until(() -> window.notices().text().startsWith("Imported 2 services and "));
        Screenshots.take(robot, window.diagram().getScene().getWindow(), "imported-cluster.png");
    }

    @Test
    void anUnreadableRulesetIsReportedWithItsLineAndTheDesignStays(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"nftables\": [\n  {\"rule\": 7}\n");
        importMenu(robot, "nftables…");
        robot.interact(() -> robot.lookup("#import-sources").queryAs(TextArea.class).setText("web@10.0.1.10=" + broken));
        robot.clickOn(robot.lookup("#import-dialog").queryAs(DialogPane.class).lookupButton(ImportDialog.IMPORT));
        FxWait.until(() -> robot.lookup("#work-failed-dialog").tryQuery().isPresent());
        String message = robot.lookup("#work-failed-dialog").queryAs(DialogPane.class).getContentText();
        assertTrue(message.startsWith(broken + ":"), message);
        assertTrue(message.matches("(?s).*broken\\.json:\\d+:\\d+: .*"), message);
        robot.clickOn(robot.lookup("#work-failed-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        assertEquals(design, window.document().fileProperty().get());
        assertFalse(window.document().isDirty());
    }

    @Test
    void longWorkShowsItsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean stopped = new AtomicBoolean();
        robot.interact(() -> {
            window.background().showProgressAfter(Duration.ZERO);
            window.background().start("Import test cluster", progress -> {
                try {
                    for (int i = 0; i < 100_000; i++) {
                        progress.step(i, 100_000, "Reading file " + i);
                        Thread.sleep(1);
                    }
                } finally {
                    stopped.set(true);
                }
                return "read";
            }, result -> finished.set(true));
        });
        FxWait.until(() -> robot.lookup("#progress-dialog").tryQuery().isPresent());
        DialogPane progress = robot.lookup("#progress-dialog").queryAs(DialogPane.class);
        FxWait.until(() -> robot.lookup("#progress-step").queryLabeled().getText().startsWith("Reading file "));
        Screenshots.take(robot, progress.getScene().getWindow(), "progress-dialog.png");
        robot.clickOn(progress.lookupButton(ButtonType.CANCEL));
        FxWait.until(() -> window.notices().text().equals("Import test cluster cancelled."));
        FxWait.until(stopped::get);
        assertFalse(finished.get(), "a cancelled result is dropped");
        assertFalse(robot.lookup("#progress-dialog").tryQuery().isPresent());
    }

    @Test
    void driftShowsOnTheDiagramAndCanBeAdoptedOrWaived(FxRobot robot) throws Exception {
        String exported = Exported.of(Designs.load(design), Target.IPTABLES).file("iptables/api.rules");
        Path deployed = Files.writeString(dir.resolve("api.rules"), exported
                .replace("-A INPUT -s 10.0.1.10/32 -p tcp -m tcp --dport 8080 -m comment --comment \"lb->api:8080/tcp\" -j ACCEPT\n", "")
                .replace("-A INPUT -i lo -j ACCEPT\n", "-A INPUT -i lo -j ACCEPT\n-A INPUT -s 10.0.9.20/32 -p tcp -m tcp --dport 22 -j ACCEPT\n"));
        robot.clickOn("File").clickOn("Audit Against…");
        robot.interact(() -> robot.lookup("#audit-iptables").queryAs(TextArea.class).setText("api=" + deployed));
        DialogPane dialog = robot.lookup("#audit-dialog").queryAs(DialogPane.class);
        Screenshots.take(robot, dialog.getScene().getWindow(), "audit-dialog.png");
        robot.clickOn(dialog.lookupButton(AuditDialog.AUDIT));

        AuditPanel panel = window.audits().panel();
        FxWait.until(() -> panel.summary().startsWith("1 missing, 1 extra, 0 broader"));
        assertTrue(window.diagram().connectionView("lb->api:8080/tcp").getPseudoClassStates().contains(DiagramView.DRIFT_MISSING),
                "the missing connection is dashed");
        FxWait.until(() -> robot.lookup((javafx.scene.Node n) -> "drift-fluent-bit->api:22/tcp".equals(n.getId())).tryQuery().isPresent());
        Screenshots.take(robot, window.diagram().getScene().getWindow(), "audit-drift.png");

        int extra = rowOf(panel, "extra");
        robot.interact(() -> panel.table().getSelectionModel().select(extra));
        assertTrue(window.selection().ids().contains("api"));
        robot.clickOn("#audit-adopt");
        FxWait.until(() -> panel.summary().startsWith("1 missing, 0 extra, 0 broader"));
        assertTrue(window.document().topology().connection("fluent-bit->api:22/tcp") != null, "the flow is documented");
        robot.interact(() -> window.undoManager().undo());
        FxWait.until(() -> panel.summary().startsWith("1 missing, 1 extra, 0 broader"));

        robot.interact(() -> panel.table().getSelectionModel().select(rowOf(panel, "extra")));
        robot.clickOn("#audit-waive");
        robot.clickOn("#waiver-reason").write("Break-glass SSH until the bastion moves");
        robot.clickOn(robot.lookup("#waiver-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        FxWait.until(() -> panel.summary().startsWith("1 missing, 0 extra, 0 broader, 1 waived"));
        assertEquals("ZW402", window.document().topology().waivers().get(window.document().topology().waivers().size() - 1).rule());

        robot.clickOn("#audit-close");
        assertFalse(window.audits().isActive());
        assertFalse(window.diagram().connectionView("lb->api:8080/tcp").getPseudoClassStates().contains(DiagramView.DRIFT_MISSING));
    }

    /**
     * Opens File ▸ Import ▸ item. The pointer enters the submenu at its first item, level with the menu: a
     * diagonal move would pass over File ▸ Export and close the submenu on the way.
     */
    private static void importMenu(FxRobot robot, String item) {
        robot.clickOn("File").clickOn("Import").moveTo("Kubernetes…").clickOn(item);
    }

    private static int rowOf(AuditPanel panel, String kind) {
        for (int i = 0; i < panel.table().getItems().size(); i++) {
            if (panel.table().getItems().get(i).kind().equals(kind)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " row in " + panel.table().getItems());
    }
}
