package io.zonewright.ui;

import io.zonewright.analysis.Finding;
import io.zonewright.model.Connection;
import io.zonewright.model.Topology;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
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
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The panels around the diagram and the window's file behaviour, driven through the real window. */
@ExtendWith(ApplicationExtension.class)
class PanelsTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private Stage stage;
    private Path design;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = TestWindows.onArticleCopy(stage, dir, "panels", java.util.prefs.Preferences.userNodeForPackage(MainWindow.class));
        design = window.document().fileProperty().get();
    }

    private Topology topology() {
        return window.document().topology();
    }


    @Test
    void thePurposeIsEditedInPlaceInTheConnectionsTable(FxRobot robot) throws Exception {
        robot.clickOn("Connections");
        TableView<Connection> table = robot.lookup("#connections-table").queryTableView();
        int row = table.getItems().indexOf(table.getItems().stream().filter(c -> c.id().equals("lb->api:8080/tcp")).findFirst().orElseThrow());
        robot.interact(() -> table.edit(row, table.getColumns().get(4)));
        TextField editor = robot.lookup(".table-cell .text-field").queryAs(TextField.class);
        robot.interact(() -> editor.setText("Proxied API | \"quoted\""));
        robot.clickOn(editor).type(KeyCode.ENTER);
        FxWait.until(() -> topology().connection("lb->api:8080/tcp").purpose().equals("Proxied API | \"quoted\""));
        assertTrue(window.undoManager().undoNameProperty().get().startsWith("Edit connection"));
    }

    @Test
    void theFilterNarrowsTheConnectionsTable(FxRobot robot) {
        robot.clickOn("Connections");
        robot.clickOn("#connections-filter").write("redis");
        TableView<Connection> table = robot.lookup("#connections-table").queryTableView();
        assertEquals(1, table.getItems().size());
        assertEquals("api->redis:6379/tcp", table.getItems().get(0).id());
        assertEquals("API server (api)", table.getColumns().get(0).getCellData(0), "ends by name, with their ids");
        robot.clickOn("#connections-filter").eraseText(5).write("Load balancer");
        assertEquals(List.of("lb->api:8080/tcp", "zone:internet->lb:80/tcp", "zone:internet->lb:443/tcp"),
                table.getItems().stream().map(Connection::id).toList(), "the filter reads names too");
    }

    @Test
    void theConnectionInspectorShowsItsEnds(FxRobot robot) {
        robot.interact(() -> window.selection().select("metrics-scraping"));
        assertEquals("Prometheus (prometheus)", robot.lookup("#inspector-from").queryAs(TextField.class).getText());
        TextField to = robot.lookup("#inspector-to").queryAs(TextField.class);
        assertEquals("every service (*)", to.getText());
        assertFalse(to.isEditable(), "ends are drawn, not typed");
    }

    @Test
    void tickingAPolicyCellAllowsTheCrossing(FxRobot robot) throws Exception {
        robot.clickOn("Zone policy");
        assertTrue(topology().policy().stream().noneMatch(p -> p.from().equals("public") && p.to().equals("data")));
        robot.clickOn((CheckBox) robot.lookup("#policy-public-data").query());
        FxWait.until(() -> topology().policy().stream().anyMatch(p -> p.from().equals("public") && p.to().equals("data")));
        assertEquals("Allow public -> data", window.undoManager().undoNameProperty().get());
    }

    @Test
    void aFindingIsWaivedFromThePanel(FxRobot robot) throws Exception {
        TableView<Finding> findings = robot.lookup("#findings-table").queryTableView();
        FxWait.until(() -> findings.getItems().stream().anyMatch(f -> f.rule().equals("ZW109")));
        int row = findings.getItems().indexOf(findings.getItems().stream().filter(f -> f.rule().equals("ZW109")).findFirst().orElseThrow());
        robot.interact(() -> findings.getSelectionModel().select(row));
        robot.clickOn("#waive-button");
        FxWait.until(() -> robot.lookup("#waiver-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#waiver-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.lookupButton(ButtonType.OK).isDisabled(), "a waiver without a reason cannot be made");
        robot.clickOn("#waiver-reason").write("Loki is reachable from the log shippers only");
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        FxWait.until(() -> topology().waivers().stream().anyMatch(w -> w.rule().equals("ZW109") && w.target().equals("fluent-bit->loki:3100/tcp")));
        FxWait.until(() -> findings.getItems().stream().noneMatch(f -> f.rule().equals("ZW109")));
    }

    @Test
    void theInspectorRefusesABadPortAndAppliesAGoodOne(FxRobot robot) throws Exception {
        robot.clickOn("#service-postgres");
        TextField listens = robot.lookup("#inspector-listens").queryAs(TextField.class);
        robot.interact(() -> listens.setText("5432/tcp, 99999"));
        robot.clickOn(listens).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("[5432/tcp, 9090/tcp]", topology().service("postgres").listens().toString());
        TextField again = robot.lookup("#inspector-listens").queryAs(TextField.class);
        robot.interact(() -> again.setText("5432/tcp, 9187/tcp"));
        robot.clickOn(again).type(KeyCode.ENTER);
        FxWait.until(() -> topology().service("postgres").listens().toString().equals("[5432/tcp, 9187/tcp]"));
    }

    @Test
    void aChangeOnDiskIsNoticed(FxRobot robot) throws Exception {
        Files.writeString(design, Files.readString(design).replace("Three-zone web application", "Changed elsewhere"));
        Files.setLastModifiedTime(design, FileTime.from(Instant.now().plusSeconds(10)));
        FxWait.until(() -> window.notices().text().contains("changed on disk"));
        robot.clickOn("Reload");
        FxWait.until(() -> topology().name().equals("Changed elsewhere"));
    }

    @Test
    void exportsTheDiagramAsPngAndSvgAndTheFindingsReport(FxRobot robot) throws Exception {
        TableView<Finding> findings = robot.lookup("#findings-table").queryTableView();
        FxWait.until(() -> !findings.getItems().isEmpty());
        Path png = dir.resolve("diagram.png");
        Path svg = dir.resolve("diagram.svg");
        Path report = dir.resolve("report.md");
        List<java.util.concurrent.CompletableFuture<Void>> reported = new java.util.ArrayList<>();
        robot.interact(() -> {
            window.exports().writePng(png);
            window.exports().writeSvg(svg);
            reported.add(window.exports().writeReport(report));
        });
        reported.get(0).get(30, java.util.concurrent.TimeUnit.SECONDS);
        javafx.scene.image.Image image = new javafx.scene.image.Image(png.toUri().toString());
        double[] drawn = new double[2];
        robot.interact(() -> {
            drawn[0] = window.diagram().getPrefWidth();
            drawn[1] = window.diagram().getPrefHeight();
        });
        assertEquals(2 * drawn[0], image.getWidth(), 4, "the PNG is the whole diagram at twice its size");
        assertTrue(image.getHeight() > 2 * drawn[1] + 40, "with the legend below it");
        javafx.scene.paint.Color critical = javafx.scene.paint.Color.web(io.zonewright.layout.Palette.CRITICAL.hex());
        boolean swatch = false;
        for (int y = (int) (2 * drawn[1]); y < image.getHeight() && !swatch; y++) {
            for (int x = 0; x < image.getWidth() / 2 && !swatch; x++) {
                swatch = image.getPixelReader().getColor(x, y).equals(critical);
            }
        }
        assertTrue(swatch, "the legend shows the critical colour");
        Files.copy(png, Files.createDirectories(Path.of("target/screenshots")).resolve("exported-diagram.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String svgText = Files.readString(svg);
        assertTrue(svgText.startsWith("<svg"));
        assertTrue(svgText.contains("stroke=\"" + io.zonewright.layout.Palette.WARNING.hex() + "\""), "the medium finding's amber, as on screen");
        javafx.scene.Node flagged = robot.lookup((javafx.scene.Node n) -> "connection-fluent-bit->loki:3100/tcp".equals(n.getId())).query();
        javafx.scene.shape.Shape line = (javafx.scene.shape.Shape) flagged.lookup(".connection-line");
        assertEquals(javafx.scene.paint.Color.web(io.zonewright.layout.Palette.WARNING.hex()), line.getStroke(),
                "the window draws that arrow in the same amber");
        String md = Files.readString(report);
        assertTrue(md.contains("ZW109") && md.contains("platform-team"), md);
    }

    @Test
    void theReportOfAnEditedDesignHasTheLinesItsSavedFileWillHave(FxRobot robot) throws Exception {
        robot.interact(() -> window.actions().addService(io.zonewright.model.ServiceKind.API, "application",
                new io.zonewright.model.Position(600, 20)));
        robot.interact(() -> window.actions().connect("api-2", new io.zonewright.model.Endpoint.ServiceRef("postgres")));
        Path report = dir.resolve("edited-report.md");
        List<java.util.concurrent.CompletableFuture<Void>> reported = new java.util.ArrayList<>();
        robot.interact(() -> reported.add(window.exports().writeReport(report)));
        reported.get(0).get(30, java.util.concurrent.TimeUnit.SECONDS);
        EditorTest.saved(robot, () -> window.files().save());
        io.zonewright.analysis.Report saved = io.zonewright.analysis.Analyzer.analyze(
                io.zonewright.io.TopologyReader.read(design).topology(), io.zonewright.analysis.AnalysisOptions.defaults());
        String md = Files.readString(report);
        for (Finding f : saved.findings()) {
            assertTrue(f.location().line() > 0, f::toString);
            assertTrue(md.contains(" | " + f.location().line() + " |"), "line " + f.location().line() + " of " + f.rule() + " in\n" + md);
        }
        assertTrue(saved.findings().stream().anyMatch(f -> f.elements().contains("api-2")), "the new connection has findings of its own");
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        robot.interact(() -> window.actions().rename("api", "API gateway"));
        assertTrue(window.document().isDirty());
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxWait.until(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#unsaved-dialog").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "cancel keeps the window open");
        assertFalse(Files.readString(design).contains("API gateway"));
    }
}
