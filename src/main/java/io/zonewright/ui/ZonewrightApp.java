package io.zonewright.ui;

import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;
import io.zonewright.ui.document.DesignLoader;
import io.zonewright.ui.document.Document;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The editor application: opens the design named on the command line, or the article sample bundled in
 * the jar, then offers whatever an earlier session autosaved and did not save. A file that cannot be read
 * is reported in a dialog over the sample.
 */
public final class ZonewrightApp extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        LoadResult given = file == null ? null : TopologyReader.read(file);
        boolean opened = given != null && given.isValid();
        Document document = opened ? new Document(given.topology(), file)
                : new Document(DesignLoader.bundledSample().topology(), null);
        MainWindow window = new MainWindow(stage, document);
        window.show();
        if (file != null && !opened) {
            window.open(file);
        }
        window.started();
        if (System.getenv(STARTUP_PROBE) != null) {
            reportFirstFrameAndExit(stage);
        }
    }

    /** Set, the editor prints when its first frame was drawn (ms since the epoch) and quits: for installer/measure-startup.sh. */
    static final String STARTUP_PROBE = "ZONEWRIGHT_STARTUP_PROBE";

    private static void reportFirstFrameAndExit(Stage stage) {
        FirstFrame.then(stage.getScene(), () -> {
            System.out.println("first frame at " + System.currentTimeMillis());
            javafx.application.Platform.exit();
        });
    }
}
