package io.zonewright.export;

import io.zonewright.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The folder an export writes into, kept so that a repository can hold it. A manifest
 * ({@value #MANIFEST}) lists the files each target made; exporting again rewrites only files whose content
 * changed and removes those a target made before that no longer apply, and leaves every other file alone.
 * All files are written beside their places first and only then renamed into them; if anything fails, what
 * was renamed is put back, so a failed export leaves the folder as it was.
 */
public final class OutputFolder {

    public static final String MANIFEST = ".zonewright-export";
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");

    /** What an export did to the folder, as paths relative to it. */
    public record Outcome(List<String> written, List<String> unchanged, List<String> removed) {
    }

    /** A hook run before each file is renamed into place; tests use it to fail half-way. */
    interface CommitHook {
        void beforeCommit(Path file) throws IOException;
    }

    private final Path dir;
    private final CommitHook hook;

    public OutputFolder(Path dir) {
        this(dir, file -> { });
    }

    OutputFolder(Path dir, CommitHook hook) {
        this.dir = dir.toAbsolutePath().normalize();
        this.hook = hook;
    }

    /** Writes the files of {@code targets}, replacing what those targets made before. */
    public Outcome write(Set<Target> targets, List<GeneratedFile> files) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder");
        }
        Deque<Path> createdDirs = new ArrayDeque<>();
        List<AtomicFiles.Pending> pending = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        List<Runnable> undo = new ArrayList<>();
        try {
            createDirectories(dir, createdDirs);
            Map<String, String> manifest = readManifest();
            Map<String, String> next = new TreeMap<>();
            manifest.forEach((path, target) -> {
                if (!targets.contains(Target.parse(target))) {
                    next.put(path, target);
                }
            });
            List<String> written = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            for (GeneratedFile f : files) {
                next.put(checked(f.path()), f.path().substring(0, f.path().indexOf('/')));
                Path place = place(f.path());
                byte[] content = f.content().getBytes(StandardCharsets.UTF_8);
                if (sameContent(place, content)) {
                    unchanged.add(f.path());
                    continue;
                }
                createDirectories(place.getParent(), createdDirs);
                pending.add(AtomicFiles.prepare(place, content, false));
                written.add(f.path());
            }
            List<String> removed = new ArrayList<>();
            for (Map.Entry<String, String> e : manifest.entrySet()) {
                Path place = place(e.getKey());
                if (targets.contains(Target.parse(e.getValue())) && !next.containsKey(e.getKey())
                        && Files.exists(place, LinkOption.NOFOLLOW_LINKS)) {
                    removed.add(e.getKey());
                }
            }
            String manifestText = manifestText(next);
            if (!sameContent(dir.resolve(MANIFEST), manifestText.getBytes(StandardCharsets.UTF_8))) {
                pending.add(AtomicFiles.prepare(dir.resolve(MANIFEST), manifestText.getBytes(StandardCharsets.UTF_8), false));
            }
            for (AtomicFiles.Pending p : pending) {
                hook.beforeCommit(p.file());
                Path backup = backupOf(p.file());
                if (backup != null) {
                    backups.add(backup);
                    undo.add(() -> restore(backup, p.file()));
                } else {
                    undo.add(() -> deleteQuietly(p.file()));
                }
                p.commit();
            }
            for (String path : removed) {
                Path place = place(path);
                hook.beforeCommit(place);
                Path aside = place.resolveSibling("." + place.getFileName() + ".zw-removed");
                Files.move(place, aside);
                backups.add(aside);
                undo.add(() -> restore(aside, place));
            }
            backups.forEach(OutputFolder::deleteQuietly);
            removed.forEach(path -> removeEmptyParents(place(path).getParent()));
            return new Outcome(written, unchanged, removed);
        } catch (IOException | RuntimeException e) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                try {
                    undo.get(i).run();
                } catch (RuntimeException failed) {
                    e.addSuppressed(failed);
                }
            }
            for (AtomicFiles.Pending p : pending) {
                p.discard();
            }
            while (!createdDirs.isEmpty()) {
                deleteQuietly(createdDirs.pop());
            }
            throw e;
        }
    }

    /** A path of the manifest or of a generated file, refused unless it stays inside the folder. */
    private static String checked(String path) throws IOException {
        if (!SAFE_PATH.matcher(path).matches() || Arrays.asList(path.split("/")).contains("..")) {
            throw new IOException("refusing the path '" + path + "': not inside the output folder");
        }
        return path;
    }

    private Path place(String path) {
        return dir.resolve(path);
    }

    private Map<String, String> readManifest() throws IOException {
        Map<String, String> manifest = new LinkedHashMap<>();
        Path file = dir.resolve(MANIFEST);
        if (!Files.exists(file)) {
            return manifest;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2) {
                throw new IOException(file + ": not a manifest of zonewright export (line '" + line + "')");
            }
            try {
                Target.parse(parts[0]);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage());
            }
            manifest.put(checked(parts[1]), parts[0]);
        }
        return manifest;
    }

    private static String manifestText(Map<String, String> entries) {
        StringBuilder out = new StringBuilder("# The files zonewright export made here, by target. It replaces them, and only them,\n"
                + "# on the next export, and removes those that no longer apply.\n");
        entries.forEach((path, target) -> out.append(target).append('\t').append(path).append('\n'));
        return out.toString();
    }

    private static boolean sameContent(Path place, byte[] content) throws IOException {
        try {
            return Files.isRegularFile(place) && Files.size(place) == content.length
                    && Arrays.equals(Files.readAllBytes(place), content);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** A hard link to the file as it is, to put back if the export fails; null when there is none. */
    private static Path backupOf(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path backup = file.resolveSibling("." + file.getFileName() + ".zw-backup");
        Files.deleteIfExists(backup);
        try {
            Files.createLink(backup, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, backup, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        return backup;
    }

    private static void restore(Path backup, Path file) {
        try {
            Files.move(backup, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not put back " + file + " (its old content is in " + backup + ")", e);
        }
    }

    private void createDirectories(Path folder, Deque<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.push(p);
        }
    }

    private void removeEmptyParents(Path folder) {
        for (Path p = folder; p != null && p.startsWith(dir) && !p.equals(dir); p = p.getParent()) {
            try (var listing = Files.list(p)) {
                if (listing.findAny().isPresent()) {
                    return;
                }
            } catch (IOException e) {
                return;
            }
            deleteQuietly(p);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left behind: a leftover hidden file or empty folder is harmless.
        }
    }
}
