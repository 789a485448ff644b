package io.zonewright.ui;

import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;
import io.zonewright.model.Topology;
import io.zonewright.ui.document.DesignLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The design the editor opens, read while the toolkit starts: the first reading of YAML in a process is a
 * noticeable part of a start, and meanwhile the launching thread only waits for the toolkit.
 */
final class OpeningDesign {

    /** What was read ahead, and for which arguments. */
    private record Ahead(List<String> args, CompletableFuture<Opening> opening) {
    }

    private static volatile Ahead ahead;

    private OpeningDesign() {
    }

    /**
     * The file named on the command line (null for none) and what reading it gave (null for none), and the
     * design the window shows: the file's when it was read without errors, else the bundled sample.
     */
    record Opening(Path file, LoadResult given, Topology shown) {
        boolean opened() {
            return given != null && given.isValid();
        }
    }

    /** Starts reading the design the arguments name, or the bundled sample, on a thread of its own. */
    static void readAhead(List<String> args) {
        CompletableFuture<Opening> opening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                opening.complete(read(args));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "zonewright-open");
        reader.setDaemon(true);
        ahead = new Ahead(List.copyOf(args), opening);
        reader.start();
    }

    /** The design for these arguments: the one read ahead for them, else read now. */
    static Opening of(List<String> args) {
        Ahead read = ahead;
        ahead = null;
        if (read == null || !read.args().equals(args)) {
            return read(args);
        }
        try {
            return read.opening().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static Opening read(List<String> args) {
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        LoadResult given = file == null ? null : TopologyReader.read(file);
        Topology shown = given != null && given.isValid() ? given.topology() : DesignLoader.bundledSample().topology();
        return new Opening(file, given, shown);
    }
}
