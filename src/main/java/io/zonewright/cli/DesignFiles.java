package io.zonewright.cli;

import io.zonewright.io.Diagnostic;
import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Loading design files for a command: problems go to stderr as FILE:LINE:COLUMN: message. */
final class DesignFiles {

    private DesignFiles() {
    }

    /** How a file is named in reports: standard input ({@code -}) as {@code <stdin>}. */
    static String name(Path file) {
        return file.toString().equals("-") ? "<stdin>" : file.toString();
    }

    /** Loads a file, printing every problem it has. */
    static LoadResult load(Path file, PrintWriter err) {
        LoadResult result = TopologyReader.read(file);
        for (Diagnostic d : result.errors()) {
            err.println(d);
        }
        return result;
    }
}
