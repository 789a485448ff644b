package io.zonewright.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes files so that a reader sees either the old content or the new one, never half of it: the bytes go
 * to a temporary file beside the target, are flushed to disk, then renamed over it. A rewrite keeps what the
 * team set on the file: a symlink is written through to its target (and stays a link), the file keeps its
 * permissions, and its group and owner where this process may set them. A new file gets the mode the umask
 * gives, as any other program's would. Anything that is not a regular file is refused.
 */
public final class AtomicFiles {

    /** Symlinks followed before giving up, as the kernel does (ELOOP). */
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Pending pending = prepare(target, content, true);
        try {
            pending.commit();
        } finally {
            pending.discard();
        }
    }

    /**
     * Writes the new content beside the file that {@code target} stands for, without replacing it yet: a
     * caller writing several files commits them only once all are written. A {@code durable} write is on
     * disk before it replaces the file (a design a user saved); otherwise the rename is still atomic, but
     * the content reaches the disk when the system flushes it (thousands of generated files, which an
     * export can make again: syncing each one made a large export take seconds).
     */
    public static Pending prepare(Path target, byte[] content, boolean durable) throws IOException {
        try {
            return prepareOrFail(target, content, durable);
        } catch (IOException e) {
            throw new IOException(reason(e), e);
        }
    }

    /**
     * What went wrong, in words and without the temporary file's name: the user asked for the target and
     * the caller names it.
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage();
    }

    private static Pending prepareOrFail(Path target, byte[] content, boolean durable) throws IOException {
        Path file = resolveLinks(target.toAbsolutePath());
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (exists && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("not a regular file");
        }
        Temp created = createTemp(file);
        Path temp = created.path();
        try {
            try (FileChannel ch = created.channel()) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                if (durable) {
                    ch.force(true);
                }
            }
            if (exists) {
                copyOwnership(file, temp);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Pending(file, temp, durable);
    }

    /** A file written beside its target, waiting to replace it. */
    public static final class Pending {
        private final Path file;
        private final Path temp;
        private final boolean durable;
        private boolean committed;

        private Pending(Path file, Path temp, boolean durable) {
            this.file = file;
            this.temp = temp;
            this.durable = durable;
        }

        /** The file that is replaced: the target, or what its symlinks lead to. */
        public Path file() {
            return file;
        }

        /** Renames the new content over the file. */
        public void commit() throws IOException {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new IOException(reason(e), e);
            }
            committed = true;
            if (durable) {
                syncDirectory(file.getParent());
            }
        }

        /** Removes the new content if it was not committed. */
        public void discard() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The path a write through {@code path} lands on: its symlinks followed, even to a file not there yet. */
    static Path resolveLinks(Path path) throws IOException {
        Path current = path;
        for (int i = 0; Files.isSymbolicLink(current); i++) {
            if (i == MAX_LINKS) {
                throw new IOException(path + ": too many levels of symbolic links");
            }
            current = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /** A temporary file, open for writing. */
    private record Temp(Path path, FileChannel channel) {
    }

    /** The temporary file beside {@code file}, made and opened in one step. */
    private static Temp createTemp(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[6];
            RANDOM.nextBytes(random);
            Path temp = file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
            try {
                // No attributes: the file gets the process's umask, as a file any other program makes.
                return new Temp(temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** Gives the new file the old one's permissions, group and owner, each as far as this process may. */
    private static void copyOwnership(Path from, Path to) throws IOException {
        PosixFileAttributeView toView = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (toView == null) {
            return;
        }
        PosixFileAttributes attributes = Files.readAttributes(from, PosixFileAttributes.class);
        try {
            toView.setGroup(attributes.group());
        } catch (IOException | SecurityException e) {
            // Not a member of the group: the file keeps this process's group, as an editor's save would.
        }
        try {
            toView.setOwner(attributes.owner());
        } catch (IOException | SecurityException e) {
            // Only root may give a file away; anyone else's rewrite is theirs.
        }
        toView.setPermissions(attributes.permissions());
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the rename itself stands.
        }
    }
}
