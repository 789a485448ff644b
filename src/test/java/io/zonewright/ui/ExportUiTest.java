package io.zonewright.ui;

import io.zonewright.Designs;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.io.RecoveryStore;
import io.zonewright.model.Connection;
import io.zonewright.ui.document.Document;
import io.zonewright.ui.files.ExportDialog;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Export ▸ Configurations… and the Generated panel, driven through the real window. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {

    @TempDir
    static Path dir;

    private final Preferences preferences = Preferences.userRoot().node("zonewright-tests/" + UUID.randomUUID());
    private MainWindow window;
    private Path design;

    @Start
    void start(Stage stage) throws IOException {
        design = Files.writeString(dir.resolve("export-" + System.nanoTime() + ".yaml"),
                Files.readString(Designs.ARTICLE).replace("    addresses:\n      - 10.0.2.20\n", ""));
        window = new MainWindow(stage, new Document(Designs.load(design), design), new RecoveryStore(dir.resolve("recovery")),
                preferences);
        window.show();
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void configurationsExportsTheChosenTargetsRemembersThemAndListsWhatWasNotExpressed(FxRobot robot) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime());
        robot.clickOn("File").clickOn("Export").clickOn("Configurations…");
        DialogPane dialog = robot.lookup("#export-dialog").queryAs(DialogPane.class);
        for (String target : new String[] {"kubernetes", "aws", "csv"}) {
            robot.clickOn(robot.lookup("#export-target-" + target).queryAs(CheckBox.class));
        }
        TextField folder = robot.lookup("#export-folder").queryAs(TextField.class);
        robot.interact(() -> folder.setText(out.toString()));
        Screenshots.take(robot, dialog.getScene().getWindow(), "export-dialog.png");
        robot.clickOn(dialog.lookupButton(ExportDialog.EXPORT));

        FxWait.until(() -> robot.lookup("#export-results").tryQuery().isPresent());
        String summary = robot.lookup("#export-summary").queryAs(TextArea.class).getText();
        assertTrue(summary.startsWith("nftables    9 files (9 written, 0 unchanged)"), summary);
        assertTrue(Files.exists(out.resolve("nftables/api.nft")) && Files.exists(out.resolve("docs/index.html")));
        assertFalse(Files.exists(out.resolve("kubernetes")) || Files.exists(out.resolve("aws")));
        ListView<io.zonewright.export.Unexpressed> list = robot.lookup("#export-unexpressed").queryListView();
        int row = list.getItems().indexOf(list.getItems().stream().filter(u -> u.subject().equals("metrics-scraping"))
                .findFirst().orElseThrow());
        Screenshots.take(robot, list.getScene().getWindow(), "export-results.png");
        robot.interact(() -> list.getSelectionModel().select(row));
        assertEquals(java.util.Set.of("metrics-scraping"), window.selection().ids(), "the connection is selected on the diagram");
        robot.interact(() -> ((Stage) list.getScene().getWindow()).close());

        robot.clickOn("File").clickOn("Export").clickOn("Configurations…");
        assertEquals(out.toString(), robot.lookup("#export-folder").queryAs(TextField.class).getText(), "the folder is remembered");
        assertFalse(robot.lookup("#export-target-aws").queryAs(CheckBox.class).isSelected(), "so are the targets");
        assertTrue(robot.lookup("#export-target-nftables").queryAs(CheckBox.class).isSelected());
        robot.clickOn("Cancel");
    }

    @Test
    void theGeneratedPanelShowsWhatEachTargetMakesOfTheSelectionAndFollowsEdits(FxRobot robot) throws Exception {
        robot.clickOn("Generated");
        robot.interact(() -> window.selection().select("api"));
        TextArea nft = robot.lookup("#generated-nftables").queryAs(TextArea.class);
        FxWait.until(() -> nft.getText().contains("table inet zonewright {"));
        assertTrue(nft.getText().contains("10.0.1.10 . 8080 comment \"lb->api:8080/tcp\""));
        robot.interact(() -> window.actions().perform("Change port", t -> TopologyEdits.replaceConnection(t, "lb->api:8080/tcp",
                withPort(t.connection("lb->api:8080/tcp"), 8443))));
        FxWait.until(() -> nft.getText().contains("10.0.1.10 . 8443 comment \"lb->api:8443/tcp\""));
        robot.interact(() -> window.selection().select("lb->api:8443/tcp"));
        FxWait.until(() -> nft.getText().startsWith("# nftables/"));
        robot.clickOn("aws");
        TextArea aws = robot.lookup("#generated-aws").queryAs(TextArea.class);
        assertTrue(aws.getText().contains("\"zonewright:connection\" = \"lb->api:8443/tcp\""), aws.getText());
        Screenshots.take(robot, aws.getScene().getWindow(), "generated-panel.png");
    }

    private static Connection withPort(Connection c, int port) {
        return c.withDetails(io.zonewright.model.PortSpec.tcp(port), c.purpose(), c.auth());
    }
}
