package io.zonewright.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/** The editor application: opens the design named on the command line, or the bundled article sample. */
public final class ZonewrightApp extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Document document = new Document(DesignLoader.bundledSample().topology(), null);
        MainWindow window = new MainWindow(stage, document);
        window.show();
        if (!args.isEmpty()) {
            Path file = Path.of(args.get(0));
            if (!window.open(file)) {
                stage.toFront();
            }
        }
    }
}
