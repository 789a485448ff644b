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

    /** Loads a file; on failure prints every problem and returns null. */
    static LoadResult load(Path file, PrintWriter err) {
        LoadResult result = TopologyReader.read(file);
        for (Diagnostic d : result.errors()) {
            err.println(d);
        }
        return result;
    }
}
