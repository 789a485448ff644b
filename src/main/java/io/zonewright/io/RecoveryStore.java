package io.zonewright.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Autosaved copies of unsaved work, one per design file (or one for an untitled design), kept apart from
 * the design itself so that a crash never touches the user's file. A clean close discards the copy; a
 * copy found at the next start is offered for recovery.
 */
public final class RecoveryStore {

    private final Path directory;

    public RecoveryStore(Path directory) {
        this.directory = directory;
    }

    /** The store in the user's home, or where the {@code zonewright.recovery.dir} property says. */
    public static RecoveryStore inUserHome() {
        String configured = System.getProperty("zonewright.recovery.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".zonewright", "recovery");
        return new RecoveryStore(dir);
    }

    public void save(Path design, String yaml) throws IOException {
        Files.createDirectories(directory);
        AtomicFiles.writeString(fileFor(design), yaml);
    }

    /** The autosaved text for a design, if a previous session left one. */
    public Optional<String> pending(Path design) {
        Path file = fileFor(design);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void discard(Path design) {
        try {
            Files.deleteIfExists(fileFor(design));
        } catch (IOException e) {
            // A leftover copy is offered again next time; nothing is lost by failing to delete it.
        }
    }

    Path fileFor(Path design) {
        String key = design == null ? "untitled" : design.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            String name = design == null ? "untitled" : design.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
            return directory.resolve(name + "." + HexFormat.of().formatHex(digest, 0, 6) + ".recovery.yaml");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
