package io.zonewright.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The editor application: opens the design named on the command line, or the article sample bundled in
 * the jar, then offers whatever an earlier session autosaved and did not save.
 */
public final class ZonewrightApp extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        MainWindow window = new MainWindow(stage, new Document(DesignLoader.bundledSample().topology(), null));
        window.show();
        if (args.isEmpty() || !window.open(Path.of(args.get(0)))) {
            window.offerRecovery();
        }
    }
}
