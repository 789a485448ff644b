package io.zonewright.ui;

import javafx.application.Application;

import java.util.List;

/** Starts the JavaFX editor; kept apart so that the command line never loads JavaFX. */
public final class EditorLauncher {

    private EditorLauncher() {
    }

    public static void launch(String[] args) {
        OpeningDesign.readAhead(List.of(args));
        MainWindow.readPreferencesAhead();
        Application.launch(ZonewrightApp.class, args);
    }
}
