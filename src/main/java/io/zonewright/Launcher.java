package io.zonewright;

import io.zonewright.cli.ZonewrightCommand;

/**
 * The one entry point of the jar. With a command it is the command line and never touches the display;
 * with no arguments, or with only a design file, it opens the editor. It does not extend
 * {@code Application}, so the CLI starts without JavaFX on the class path being initialised.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (ZonewrightCommand.opensEditor(args)) {
            io.zonewright.ui.EditorLauncher.launch(args);
            return;
        }
        System.exit(ZonewrightCommand.run(args));
    }
}
