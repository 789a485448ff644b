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
            if (!hasEditor()) {
                System.err.println(NO_EDITOR);
                System.exit(2);
            }
            if (!hasDisplay()) {
                System.err.println(NO_DISPLAY);
                System.exit(2);
            }
            try {
                io.zonewright.ui.EditorLauncher.launch(args);
            } catch (UnsupportedOperationException | IllegalStateException e) {
                // The display was announced but cannot be opened (a stale DISPLAY, no X server).
                System.err.println(NO_DISPLAY + " (" + e.getMessage() + ")");
                System.exit(2);
            }
            return;
        }
        System.exit(ZonewrightCommand.run(args));
    }

    private static final String COMMANDS = "the commands validate, format, check, reach, export, connlist, import, audit, diff "
            + "and report do the work (zonewright --help).";
    private static final String NO_DISPLAY = "zonewright: the editor needs a display. Without one, " + COMMANDS;
    private static final String NO_EDITOR = "zonewright: this is the command-line distribution, without the editor (install "
            + "the application for it); " + COMMANDS;

    /** Whether the editor's libraries are here: the command-line distribution leaves JavaFX out. */
    private static boolean hasEditor() {
        try {
            Class.forName("javafx.application.Application", false, Launcher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Whether a window can be shown: on Linux and the BSDs only with an X or Wayland display. */
    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean x11Like = !os.contains("win") && !os.contains("mac");
        return !x11Like || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
