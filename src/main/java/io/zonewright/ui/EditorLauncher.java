package io.zonewright.ui;

import javafx.application.Application;

/** Starts the JavaFX editor; kept apart so that the command line never loads JavaFX. */
public final class EditorLauncher {

    private EditorLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(ZonewrightApp.class, args);
    }
}
