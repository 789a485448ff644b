package io.zonewright.ui;

import io.zonewright.Designs;
import io.zonewright.analysis.Finding;
import io.zonewright.io.RecoveryStore;
import io.zonewright.model.Connection;
import io.zonewright.model.Topology;
import io.zonewright.ui.diagram.DiagramView;
import io.zonewright.ui.diagram.FindingStyles;
import io.zonewright.ui.diagram.Overlays;
import io.zonewright.ui.diagram.ServiceNodeView;
import io.zonewright.ui.document.Document;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor driven through its real window, headless, as an architect would use it. */
@ExtendWith(ApplicationExtension.class)
class EditorTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private Path design;

    @Start
    void start(Stage stage) throws IOException {
        design = Files.copy(Designs.ARTICLE, dir.resolve("design-" + System.nanoTime() + ".yaml"));
        window = new MainWindow(stage, new Document(Designs.load(design), design), new RecoveryStore(dir.resolve("recovery")));
        window.show();
    }

    private Topology topology() {
        return window.document().topology();
    }


    @Test
    void addsAServiceFromThePaletteOntoALane(FxRobot robot) throws Exception {
        int before = topology().services().size();
        robot.drag("#palette-worker", MouseButton.PRIMARY).moveTo("#lane-application").release(MouseButton.PRIMARY);
        FxWait.until(() -> topology().services().size() == before + 1);
        assertEquals("application", topology().service("worker-2").zone());
        assertNotNull(robot.lookup("#service-worker-2").query(), "the new service is drawn");
        assertTrue(window.document().isDirty());
    }

    @Test
    void drawsAConnectionAndShowsItInTheConnectionsTable(FxRobot robot) throws Exception {
        String id = "api->postgres:5432/tcp";
        robot.clickOn(FxWait.byId(robot, "connection-" + id));
        robot.type(KeyCode.DELETE);
        FxWait.until(() -> topology().connection(id) == null);
        robot.clickOn("Connections");
        TableView<Connection> table = robot.lookup("#connections-table").queryTableView();
        assertTrue(table.getItems().stream().noneMatch(c -> c.id().equals(id)));

        robot.drag("#handle-api", MouseButton.PRIMARY).moveTo("#service-postgres").release(MouseButton.PRIMARY);
        FxWait.until(() -> topology().connection(id) != null);
        FxWait.until(() -> table.getItems().stream().anyMatch(c -> c.id().equals(id)));
    }

    @Test
    void aDirectLinkFromTheLoadBalancerToTheDatabaseIsFlaggedAndUndoRemovesIt(FxRobot robot) throws Exception {
        String id = "lb->postgres:5432/tcp";
        robot.drag("#handle-lb", MouseButton.PRIMARY).moveTo("#service-postgres").release(MouseButton.PRIMARY);
        FxWait.until(() -> topology().connection(id) != null);
        TableView<Finding> findings = robot.lookup("#findings-table").queryTableView();
        FxWait.until(() -> findings.getItems().stream().anyMatch(f -> f.rule().equals("ZW102") && f.target().equals(id)));
        Node edge = FxWait.byId(robot, "connection-" + id);
        FxWait.until(() -> edge.getPseudoClassStates().contains(FindingStyles.VIOLATION));
        assertTrue(window.undoManager().undoNameProperty().get().startsWith("Connect lb"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        FxWait.until(() -> topology().connection(id) == null);
        FxWait.until(() -> findings.getItems().stream().noneMatch(f -> f.rule().equals("ZW102")));
        assertFalse(window.document().isDirty(), "undoing back to the saved design is clean");
    }

    @Test
    void movingAServiceToAnotherLaneChangesItsZoneInOneUndoStep(FxRobot robot) throws Exception {
        robot.drag("#service-worker", MouseButton.PRIMARY).moveTo("#lane-data").release(MouseButton.PRIMARY);
        FxWait.until(() -> topology().service("worker").zone().equals("data"));
        assertEquals("Move worker", window.undoManager().undoNameProperty().get());
        robot.interact(() -> window.undoManager().undo());
        assertEquals("application", topology().service("worker").zone());
    }

    @Test
    void saveAndReopenGiveTheSameFile(FxRobot robot) throws Exception {
        robot.drag("#palette-cache", MouseButton.PRIMARY).moveTo("#lane-data").release(MouseButton.PRIMARY);
        FxWait.until(() -> topology().service("cache") != null);
        Path first = dir.resolve("first.yaml");
        Path second = dir.resolve("second.yaml");
        saved(robot, () -> window.files().saveTo(first));
        assertFalse(window.document().isDirty());
        java.util.List<java.util.concurrent.CompletableFuture<Boolean>> opened = new java.util.ArrayList<>();
        robot.interact(() -> opened.add(window.open(first)));
        assertTrue(opened.get(0).get(10, java.util.concurrent.TimeUnit.SECONDS));
        saved(robot, () -> window.files().saveTo(second));
        assertEquals(Files.readString(first), Files.readString(second));
        assertNotNull(Designs.load(second).service("cache"));
    }

    @Test
    void anEditMadeWhileTheFileIsWrittenStaysUnsaved(FxRobot robot) throws Exception {
        Path file = dir.resolve("during.yaml");
        java.util.List<java.util.concurrent.CompletableFuture<Boolean>> save = new java.util.ArrayList<>();
        robot.interact(() -> {
            save.add(window.files().saveTo(file));
            // The save took the design as it was; this edit comes before the window hears the file was written.
            window.actions().rename("api", "API gateway");
        });
        assertTrue(save.get(0).get(10, java.util.concurrent.TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(file, window.document().fileProperty().get());
        assertTrue(window.document().isDirty(), "the rename is not in the file");
        assertEquals("API server", Designs.load(file).service("api").displayName());
    }

    @Test
    void aSaveThatCannotBeWrittenSaysSoAndKeepsTheChanges(FxRobot robot) throws Exception {
        robot.interact(() -> window.actions().rename("api", "API gateway"));
        Path folder = Files.createDirectories(dir.resolve("a-folder.yaml"));
        java.util.List<java.util.concurrent.CompletableFuture<Boolean>> save = new java.util.ArrayList<>();
        robot.interact(() -> save.add(window.files().saveTo(folder)));
        assertFalse(save.get(0).get(10, java.util.concurrent.TimeUnit.SECONDS));
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains("Cannot save a-folder.yaml"), dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("your changes are still open"), dialog.getContentText());
        robot.clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        assertTrue(window.document().isDirty(), "nothing was saved");
        assertEquals(design, window.document().fileProperty().get(), "the design keeps its own file");
        assertTrue(Files.isDirectory(folder), "what stood there is untouched");
    }

    @Test
    void aMalformedFileShowsAnErrorAndTheDesignStaysOpen(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "zonewright: 1\nzones: [{id: a, role: nowhere, trust: 1}]\n");
        Topology before = topology();
        java.util.List<java.util.concurrent.CompletableFuture<Boolean>> opened = new java.util.ArrayList<>();
        robot.interact(() -> opened.add(window.open(bad)));
        assertFalse(opened.get(0).get(10, java.util.concurrent.TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("bad.yaml:2:"), dialog.getContentText());
        assertTrue(dialog.getContentText().contains("unknown zone role"), dialog.getContentText());
        robot.clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        assertEquals(before, topology());
        assertEquals(design, window.document().fileProperty().get());
    }

    @Test
    void aSaveRightAfterAnAutosaveLeavesNoRecoveryCopy(FxRobot robot) throws Exception {
        robot.interact(() -> window.actions().rename("api", "API gateway"));
        java.util.List<java.util.concurrent.CompletableFuture<Boolean>> save = new java.util.ArrayList<>();
        robot.interact(() -> {
            window.files().autosaveNow();
            save.add(window.files().save());
        });
        window.files().lastAutosave().get();
        assertTrue(save.get(0).get(10, java.util.concurrent.TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(new RecoveryStore(dir.resolve("recovery")).pending(design).isEmpty(),
                "the autosave written off the FX thread after the save was dropped again");
    }

    @Test
    void recoveryIsOfferedAfterACrash(FxRobot robot) throws Exception {
        robot.drag("#palette-broker", MouseButton.PRIMARY).moveTo("#lane-data").release(MouseButton.PRIMARY);
        FxWait.until(() -> topology().service("broker") != null);
        robot.interact(() -> window.files().autosaveNow());
        window.files().lastAutosave().get();
        // A crash: the window is gone without a clean close, so the recovery copy stays behind.
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        assertTrue(store.pending(design).isPresent());

        Stage[] second = new Stage[1];
        MainWindow[] reopened = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new Stage();
            reopened[0] = new MainWindow(second[0], new Document(Document.empty(), null), store);
            reopened[0].show();
        });
        Platform.runLater(() -> reopened[0].open(design));
        FxWait.until(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#recovery-dialog").queryAs(DialogPane.class);
        robot.clickOn((Button) dialog.lookupButton(dialog.getButtonTypes().get(0)));
        FxWait.until(() -> reopened[0].document().topology().service("broker") != null);
        assertTrue(reopened[0].document().isDirty(), "recovered work still has to be saved");
        robot.interact(() -> second[0].close());
    }

    @Test
    void reviewModeIsReadOnlyAndStepsThroughFindings(FxRobot robot) throws Exception {
        TableView<Finding> findings = robot.lookup("#findings-table").queryTableView();
        FxWait.until(() -> !findings.getItems().isEmpty());
        robot.press(KeyCode.F5).release(KeyCode.F5);
        FxWait.until(() -> robot.lookup("#review-toolbar").query().isVisible());
        String first = robot.lookup("#review-current").queryLabeled().getText();
        assertTrue(first.startsWith("1 / "), first);
        robot.clickOn("#review-next");
        assertTrue(robot.lookup("#review-current").queryLabeled().getText().startsWith("2 / "));
        int services = topology().services().size();
        assertTrue(robot.lookup("#palette-api").tryQuery().isEmpty(), "no palette to add services from");
        robot.clickOn("#service-redis").press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(services, topology().services().size(), "nothing changes in review mode");
        assertNotNull(topology().service("redis"));
    }

    @Test
    void overlaysShowTheBlastRadiusByHopsAndTheZoneCrossings(FxRobot robot) throws Exception {
        robot.clickOn("#service-lb");
        robot.interact(() -> window.overlays().show(Overlays.Kind.BLAST_RADIUS));
        Node postgres = robot.lookup("#service-postgres").query();
        FxWait.until(() -> postgres.getPseudoClassStates().contains(ServiceNodeView.REACHED));
        assertEquals(Map.of("lb", 0, "api", 1, "postgres", 2, "redis", 2), io.zonewright.analysis.Exposure.hopsFrom(topology(), "lb"));
        Node loki = robot.lookup("#service-loki").query();
        assertFalse(loki.getPseudoClassStates().contains(ServiceNodeView.REACHED));

        robot.interact(() -> window.overlays().show(Overlays.Kind.ZONE_CROSSINGS));
        Node lbToApi = FxWait.byId(robot, "connection-lb->api:8080/tcp");
        Node logs = FxWait.byId(robot, "connection-fluent-bit->loki:3100/tcp");
        FxWait.until(() -> lbToApi.getPseudoClassStates().contains(DiagramView.CROSSING));
        assertFalse(logs.getPseudoClassStates().contains(DiagramView.CROSSING), "inside the management zone");
        assertFalse(postgres.getPseudoClassStates().contains(ServiceNodeView.REACHED), "one overlay at a time");
    }


    /** Saves as the window does, and waits until the file is written and the window told. */
    static void saved(FxRobot robot, java.util.function.Supplier<java.util.concurrent.CompletableFuture<Boolean>> save) throws Exception {
        java.util.List<java.util.concurrent.CompletableFuture<Boolean>> started = new java.util.ArrayList<>();
        robot.interact(() -> started.add(save.get()));
        assertTrue(started.get(0).get(10, java.util.concurrent.TimeUnit.SECONDS), "saved");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
