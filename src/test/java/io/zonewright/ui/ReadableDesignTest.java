package io.zonewright.ui;

import io.zonewright.Designs;
import io.zonewright.io.RecoveryStore;
import io.zonewright.model.Connection;
import io.zonewright.model.Topology;
import io.zonewright.ui.document.Document;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor never makes a design that its own reader would refuse on opening. */
@ExtendWith(ApplicationExtension.class)
class ReadableDesignTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path design = Files.writeString(dir.resolve("d-" + System.nanoTime() + ".yaml"), Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api}
                  - {id: db, zone: data, kind: database, listens: [5432, 6432]}
                connections:
                  - {from: api, to: db, port: 5432/tcp, purpose: Queries}
                  - {from: api, to: db, port: 6432/tcp, purpose: Pooled queries}
                """);
        window = new MainWindow(stage, new Document(Designs.load(design), design), new RecoveryStore(dir.resolve("recovery")));
        window.show();
    }

    @Test
    void aPortEditThatWouldListAConnectionTwiceIsRefusedWithAReason(FxRobot robot) {
        Topology before = window.document().topology();
        robot.clickOn("Connections");
        TableView<Connection> table = robot.lookup("#connections-table").queryTableView();
        int row = table.getItems().indexOf(before.connection("api->db:6432/tcp"));
        int portColumn = table.getColumns().indexOf(table.getColumns().stream()
                .filter(c -> c.getText().equals("Port")).findFirst().orElseThrow());
        robot.interact(() -> table.edit(row, table.getColumns().get(portColumn)));
        TextField editor = robot.lookup(".table-cell .text-field").queryAs(TextField.class);
        robot.interact(() -> editor.setText("5432"));
        robot.clickOn(editor).type(KeyCode.ENTER);
        String notice = robot.lookup("#notice-text").queryAs(Label.class).getText();
        assertTrue(notice.contains("refused: the connection api->db:5432/tcp exists already"), notice);
        assertSame(before, window.document().topology(), "the design is as it was");
        assertEquals("", window.undoManager().undoNameProperty().get(), "nothing to undo");
    }
}
