package io.zonewright.ui;

import io.zonewright.ui.document.Document;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The editor application: opens the design named on the command line, or the article sample bundled in
 * the jar, then offers whatever an earlier session autosaved and did not save. A file that cannot be read
 * is reported in a dialog over the sample.
 */
public final class ZonewrightApp extends Application {

    @Override
    public void start(Stage stage) {
        OpeningDesign.Opening opening = OpeningDesign.of(getParameters().getRaw());
        Document document = new Document(opening.shown(), opening.opened() ? opening.file() : null);
        MainWindow window = new MainWindow(stage, document);
        window.show();
        if (opening.file() != null && !opening.opened()) {
            window.open(opening.file());
        }
        window.started();
        if (System.getenv(STARTUP_PROBE) != null) {
            reportFirstFrameAndExit(stage);
        }
    }

    /**
     * Set, the editor prints when its first frame was drawn and when the next one, with the panels made after
     * the first, was (ms since the epoch), and quits: for installer/measure-startup.sh.
     */
    static final String STARTUP_PROBE = "ZONEWRIGHT_STARTUP_PROBE";

    private static void reportFirstFrameAndExit(Stage stage) {
        FirstFrame.then(stage.getScene(), () -> {
            System.out.println("first frame at " + System.currentTimeMillis());
            stage.getScene().getRoot().requestLayout();
            FirstFrame.then(stage.getScene(), () -> {
                System.out.println("whole window at " + System.currentTimeMillis());
                javafx.application.Platform.exit();
            });
        });
    }
}
