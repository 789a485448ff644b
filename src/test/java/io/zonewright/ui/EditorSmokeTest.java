package io.zonewright.ui;

import io.zonewright.analysis.Finding;
import io.zonewright.ui.document.DesignLoader;
import io.zonewright.ui.document.Document;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor opens on the bundled article sample, draws it, and analyses it off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class EditorSmokeTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, new Document(DesignLoader.bundledSample().topology(), null));
        window.show();
    }

    @Test
    void opensTheArticleSampleWithLanesServicesAndFindings(FxRobot robot) throws Exception {
        assertTrue(stage.getTitle().contains("Three-zone web application"), stage.getTitle());
        for (String lane : new String[] {"Internet", "Public", "Application", "Data", "Management"}) {
            assertTrue(robot.lookup(".lane-title").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals(lane)), lane);
        }
        assertEquals(10, robot.lookup(".service").queryAll().size());
        Node api = robot.lookup("#service-api").query();
        assertNotNull(api);

        TableView<Finding> findings = robot.lookup("#findings-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !findings.getItems().isEmpty());
        assertTrue(findings.getItems().stream().anyMatch(f -> f.rule().equals("ZW109")));
        Label status = robot.lookup(".status-bar .label").queryAs(Label.class);
        assertTrue(status.getText().contains("5 waived"), status.getText());
    }

    @Test
    void rendersTheWindowAndTheDiagramForTheReadme(FxRobot robot) throws Exception {
        TableView<Finding> findings = robot.lookup("#findings-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !findings.getItems().isEmpty());
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        WritableImage[] shots = new WritableImage[2];
        robot.interact(() -> {
            shots[0] = stage.getScene().snapshot(null);
            shots[1] = window.diagram().snapshot(null, null);
        });
        write(shots[0], dir.resolve("main-window.png"));
        write(shots[1], dir.resolve("sample-diagram.png"));
        assertTrue(Files.size(dir.resolve("main-window.png")) > 10_000);
        assertTrue(shots[1].getWidth() >= 800, "the whole diagram is rendered, not only the visible part");
    }

    private static void write(WritableImage image, Path file) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
