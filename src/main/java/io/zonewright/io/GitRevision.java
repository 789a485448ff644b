package io.zonewright.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A file as it was at a git revision, read with {@code git show} in the repository the file is in. */
public final class GitRevision {

    private GitRevision() {
    }

    /** The text of {@code file} at {@code revision}; the exception says why it could not be read, in git's words. */
    public static String read(Path file, String revision) throws IOException {
        Path absolute = file.toAbsolutePath();
        Process show = new ProcessBuilder("git", "-C", absolute.getParent().toString(), "show",
                revision + ":./" + absolute.getFileName()).start();
        byte[] text = show.getInputStream().readAllBytes();
        String why = new String(show.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!show.waitFor(60, TimeUnit.SECONDS) || show.exitValue() != 0) {
                throw new IOException("cannot read it at " + revision + " (" + why + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading it at " + revision, e);
        }
        return new String(text, StandardCharsets.UTF_8);
    }
}
