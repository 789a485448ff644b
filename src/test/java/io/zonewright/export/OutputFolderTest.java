package io.zonewright.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {

    @TempDir
    Path dir;

    private static final List<GeneratedFile> FIRST = List.of(
            new GeneratedFile("nftables/api.nft", "api v1\n"),
            new GeneratedFile("nftables/db.nft", "db v1\n"),
            new GeneratedFile("docs/connections.md", "# docs\n"));

    /** Every file under the folder with its content, the manifest and anything hidden included. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String key = dir.relativize(p).toString();
                out.put(key, Files.isDirectory(p) ? "<dir>" : Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void aSecondExportOfTheSameFilesChangesNothing() throws IOException {
        OutputFolder folder = new OutputFolder(dir);
        OutputFolder.Outcome first = folder.write(Set.of(Target.NFTABLES, Target.DOCS), FIRST);
        assertEquals(3, first.written().size());
        FileTime before = Files.getLastModifiedTime(dir.resolve("nftables/api.nft"));
        Map<String, String> snapshot = snapshot();
        OutputFolder.Outcome second = folder.write(Set.of(Target.NFTABLES, Target.DOCS), FIRST);
        assertEquals(List.of(), second.written());
        assertEquals(3, second.unchanged().size());
        assertEquals(snapshot, snapshot());
        assertEquals(before, Files.getLastModifiedTime(dir.resolve("nftables/api.nft")), "an unchanged file is not rewritten");
    }

    @Test
    void whatATargetNoLongerMakesIsRemovedAndOtherFilesStay() throws IOException {
        OutputFolder folder = new OutputFolder(dir);
        folder.write(Set.of(Target.NFTABLES, Target.DOCS), FIRST);
        Files.writeString(dir.resolve("nftables/README"), "a file of the team's own");
        OutputFolder.Outcome outcome = folder.write(Set.of(Target.NFTABLES),
                List.of(new GeneratedFile("nftables/api.nft", "api v2\n")));
        assertEquals(List.of("nftables/api.nft"), outcome.written());
        assertEquals(List.of("nftables/db.nft"), outcome.removed());
        assertFalse(Files.exists(dir.resolve("nftables/db.nft")));
        assertEquals("api v2\n", Files.readString(dir.resolve("nftables/api.nft")));
        assertEquals("# docs\n", Files.readString(dir.resolve("docs/connections.md")), "docs was not exported this time");
        assertTrue(Files.exists(dir.resolve("nftables/README")), "files the export did not make are left alone");
        assertTrue(Files.readString(dir.resolve(OutputFolder.MANIFEST)).contains("docs\tdocs/connections.md"));
    }

    @Test
    void aFolderATargetEmptiedIsRemoved() throws IOException {
        OutputFolder folder = new OutputFolder(dir);
        folder.write(Set.of(Target.NFTABLES), FIRST.subList(0, 2));
        folder.write(Set.of(Target.NFTABLES), List.of());
        assertFalse(Files.exists(dir.resolve("nftables")));
    }

    @Test
    void aFailureHalfWayLeavesTheFolderAsItWas() throws IOException {
        new OutputFolder(dir).write(Set.of(Target.NFTABLES, Target.DOCS), FIRST);
        Map<String, String> before = snapshot();
        int[] commits = {0};
        OutputFolder failing = new OutputFolder(dir, file -> {
            if (++commits[0] == 3) {
                throw new IOException("disk full");
            }
        });
        List<GeneratedFile> second = List.of(
                new GeneratedFile("nftables/api.nft", "api v2\n"),
                new GeneratedFile("nftables/new.nft", "new\n"),
                new GeneratedFile("docs/connections.md", "# docs v2\n"),
                new GeneratedFile("docs/index.html", "<html>\n"));
        IOException e = assertThrows(IOException.class, () -> failing.write(Set.of(Target.NFTABLES, Target.DOCS), second));
        assertEquals("disk full", e.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void aFileInTheWayFailsTheExportBeforeAnythingChanges() throws IOException {
        Path blocked = Files.createDirectories(dir.resolve("docs/index.html"));
        Files.writeString(blocked.resolve("keep"), "mine");
        Map<String, String> before = snapshot();
        assertThrows(IOException.class, () -> new OutputFolder(dir).write(Set.of(Target.NFTABLES, Target.DOCS),
                List.of(new GeneratedFile("nftables/api.nft", "x"), new GeneratedFile("docs/index.html", "y"))));
        assertEquals(before, snapshot());
    }

    @Test
    void aNewFolderIsNotLeftBehindByAFailedExport() {
        Path fresh = dir.resolve("a/b/out");
        assertThrows(IOException.class, () -> new OutputFolder(fresh, f -> {
            throw new IOException("no");
        }).write(Set.of(Target.NFTABLES), List.of(new GeneratedFile("nftables/api.nft", "x"))));
        assertFalse(Files.exists(dir.resolve("a")));
    }

    @Test
    void aManifestNamingAPathOutsideTheFolderIsRefused() throws IOException {
        Files.writeString(dir.resolve(OutputFolder.MANIFEST), "nftables\t../../etc/passwd\n");
        IOException e = assertThrows(IOException.class, () -> new OutputFolder(dir).write(Set.of(Target.NFTABLES), List.of()));
        assertTrue(e.getMessage().contains("not inside the output folder"), e.getMessage());
    }

    /** The mode a new file gets from this process's umask (the same as the shell's it was started from). */
    static String umaskedMode() {
        int umask = Integer.parseInt(Tools.run(List.of("sh", "-c", "umask")).output().trim(), 8);
        String rwx = "rwxrwxrwx";
        StringBuilder mode = new StringBuilder();
        for (int bit = 8; bit >= 0; bit--) {
            boolean set = (0666 & ~umask & (1 << bit)) != 0;
            mode.append(set ? rwx.charAt(8 - bit) : '-');
        }
        return mode.toString();
    }

    @Test
    void aRewrittenFileKeepsItsModeAndANewOneGetsTheUsualOne() throws IOException {
        OutputFolder folder = new OutputFolder(dir);
        folder.write(Set.of(Target.NFTABLES), FIRST.subList(0, 1));
        Path api = dir.resolve("nftables/api.nft");
        assertEquals(umaskedMode(), PosixFilePermissions.toString(Files.getPosixFilePermissions(api)),
                "the umask's mode, not a temporary file's 0600");
        Files.setPosixFilePermissions(api, PosixFilePermissions.fromString("rwxr-x---"));
        folder.write(Set.of(Target.NFTABLES), List.of(new GeneratedFile("nftables/api.nft", "api v2\n")));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(api)));
    }
}
