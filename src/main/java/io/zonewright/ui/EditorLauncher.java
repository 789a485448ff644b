package io.zonewright.ui;

/** Starts the JavaFX editor. */
public final class EditorLauncher {
    private EditorLauncher() {
    }

    public static void launch(String[] args) {
        javafx.application.Application.launch(ZonewrightApp.class, args);
    }
}
