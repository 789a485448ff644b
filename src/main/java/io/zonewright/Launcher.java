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

    private static final String NO_DISPLAY = "zonewright: the editor needs a display. Without one, the commands "
            + "validate, format, check, reach and export do the work (zonewright --help).";

    /** Whether a window can be shown: on Linux and the BSDs only with an X or Wayland display. */
    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean x11Like = !os.contains("win") && !os.contains("mac");
        return !x11Like || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
