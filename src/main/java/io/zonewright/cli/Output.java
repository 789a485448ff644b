package io.zonewright.cli;

import io.zonewright.io.AtomicFiles;
import io.zonewright.text.Visible;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Path;

/** Where a command's report goes: standard output, or a file replaced atomically. */
final class Output {

    private Output() {
    }

    /** Writes {@code text}; returns the exit code of having done so. */
    static int write(CommandLine command, Path file, String text) {
        if (file == null) {
            command.getOut().print(text);
            command.getOut().flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.writeString(file, text);
            return ExitCodes.OK;
        } catch (IOException e) {
            command.getErr().println(Visible.of(file.toString()) + ": cannot write: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
