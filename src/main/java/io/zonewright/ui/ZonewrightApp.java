package io.zonewright.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The editor application. */
public final class ZonewrightApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Zonewright");
        stage.show();
    }
}
