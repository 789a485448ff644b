package io.zonewright.hardening;

import io.zonewright.Designs;
import io.zonewright.cli.Cli;
import io.zonewright.export.Tools;
import io.zonewright.io.TopologyWriter;
import io.zonewright.model.Connection;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files keep what the team set on them, special files are refused, and failures name what was asked. */
class FilesHardeningTest {

    @TempDir
    Path dir;

    /** The article's design, not in canonical form (a blank line too many), so that format rewrites it. */
    private Path unformatted(String name) throws IOException {
        return Files.writeString(dir.resolve(name), Files.readString(Designs.ARTICLE).replace("services:\n", "\nservices:\n"));
    }

    @Test
    void formatKeepsTheModeOfTheFileItRewrites() throws IOException {
        for (String mode : List.of("rw-r--r--", "rw-rw-r--", "rw-------", "rwxr-x---")) {
            Path design = unformatted("mode-" + mode + ".yaml");
            Files.setPosixFilePermissions(design, PosixFilePermissions.fromString(mode));
            assertEquals(0, Cli.run("format", design.toString()).exitCode());
            assertEquals(Files.readString(Designs.ARTICLE), Files.readString(design), "formatted");
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(design)));
        }
    }

    @Test
    void formatKeepsTheGroupWherePossible() throws IOException {
        Path design = unformatted("group.yaml");
        PosixFileAttributeView view = Files.getFileAttributeView(design, PosixFileAttributeView.class);
        GroupPrincipal other;
        try {
            other = design.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("daemon");
            view.setGroup(other);
        } catch (IOException e) {
            // Only root (or a member) may give a file another group: then there is nothing to keep.
            other = view.readAttributes().group();
        }
        assertEquals(0, Cli.run("format", design.toString()).exitCode());
        assertEquals(other, view.readAttributes().group());
    }

    @Test
    void formatWritesThroughSymlinksAndLeavesThemLinks() throws IOException {
        Path target = unformatted("target.yaml");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), target.getFileName());
        Path linkToLink = Files.createSymbolicLink(dir.resolve("link2.yaml"), link);
        assertEquals(0, Cli.run("format", linkToLink.toString()).exitCode());
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(linkToLink), "the links stay links");
        assertEquals(Files.readString(Designs.ARTICLE), Files.readString(target), "the target is formatted");
        Path hardLinked = unformatted("hard.yaml");
        Files.createLink(dir.resolve("hard2.yaml"), hardLinked);
        assertEquals(0, Cli.run("format", hardLinked.toString()).exitCode());
        assertEquals(Files.readString(Designs.ARTICLE), Files.readString(hardLinked));
    }

    @Test
    void aDanglingLinkIsWrittenThroughToItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report-link.sarif"), Path.of("report.sarif"));
        Cli run = Cli.run("check", "--fail-on", "never", "--format", "sarif", "--output", link.toString(), Designs.ARTICLE.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(dir.resolve("report.sarif")).contains("\"version\""));
    }

    @Test
    void aNewFileGetsTheUmasksMode() throws IOException {
        Path report = dir.resolve("new.md");
        assertEquals(0, Cli.run("check", "--fail-on", "never", "--format", "markdown", "--output", report.toString(),
                Designs.ARTICLE.toString()).exitCode());
        int umask = Integer.parseInt(Tools.run(List.of("sh", "-c", "umask")).output().trim(), 8);
        assertEquals(0666 & ~umask, mode(report), "not a temporary file's 0600");
    }

    private static int mode(Path file) throws IOException {
        int mode = 0;
        for (var p : Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)) {
            mode |= 1 << (8 - p.ordinal());
        }
        return mode;
    }

    @Test
    void specialFilesAreRefusedWithoutWaiting() throws IOException {
        Path fifo = dir.resolve("design.fifo");
        assertEquals(0, Tools.run(List.of("mkfifo", fifo.toString())).exitCode());
        List<Path> special = new ArrayList<>(List.of(fifo, Path.of("/dev/null"), Path.of("/dev/zero"), dir));
        for (Path p : special) {
            for (String command : List.of("validate", "check", "format", "reach")) {
                Cli run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run(command, p.toString()));
                assertEquals(2, run.exitCode(), command + " " + p);
                assertTrue(run.err().contains("is not a regular file") || run.err().contains("is a directory"), run.err());
            }
            Cli export = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> Cli.run("export", p.toString(), "--target", "docs", "--out", dir.resolve("out").toString()));
            assertEquals(2, export.exitCode());
        }
    }

    @Test
    void standardInputIsReadForADash() throws IOException {
        String design = Files.readString(Designs.ARTICLE);
        Cli check = Cli.withInput(design, "check", "--fail-on", "never", "-");
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains("<stdin>: 0 critical"), check.out());
        Cli format = Cli.withInput(design.replace("services:\n", "\nservices:\n"), "format", "-");
        assertEquals(design, format.out(), "the canonical form goes to standard output");
        Cli broken = Cli.withInput("zonewright: 1\nzones: [\n", "validate", "-");
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().startsWith("<stdin>:3:1: "), broken.err());
    }

    @Test
    void aFailedWriteNamesTheFileAskedForNotATemporaryOne() {
        Path missing = dir.resolve("no-such-folder/report.sarif");
        Cli run = Cli.run("check", "--format", "sarif", "--output", missing.toString(), Designs.ARTICLE.toString());
        assertEquals(2, run.exitCode());
        assertEquals(missing + ": cannot write: its folder does not exist\n", run.err());
        assertFalse(run.err().contains(".tmp"));
    }

    @Test
    void aReadOnlyFolderFailsTheWriteAndLeavesNothingBehind() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path design = Files.copy(unformatted("x.yaml"), folder.resolve("design.yaml"));
        String before = Files.readString(design);
        boolean immutable = Tools.run(List.of("chattr", "+i", folder.toString())).exitCode() == 0;
        if (!immutable) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            Cli run = Cli.run("format", design.toString());
            assertEquals(2, run.exitCode(), run.out());
            assertTrue(run.err().startsWith(design + ": cannot write: "), run.err());
            assertEquals(before, Files.readString(design));
            try (var listing = Files.list(folder)) {
                assertEquals(1, listing.count(), "no temporary file is left");
            }
        } finally {
            if (immutable) {
                Tools.run(List.of("chattr", "-i", folder.toString()));
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSaveNeverWritesADesignTheReaderWouldRefuse() throws IOException {
        Path file = Files.copy(Designs.ARTICLE, dir.resolve("saved.yaml"));
        Topology t = Designs.load(file);
        Connection c = t.connections().get(0);
        List<Connection> twice = new ArrayList<>(t.connections());
        twice.add(c);
        Topology broken = new Topology(t.name(), t.description(), t.zones(), t.services(), twice, t.policy(), t.waivers(), t.layout());
        IOException e = assertThrows(IOException.class, () -> TopologyWriter.save(broken, file));
        assertTrue(e.getMessage().startsWith("the design would not open again"), e.getMessage());
        assertEquals(Files.readString(Designs.ARTICLE), Files.readString(file), "the old file is kept");
    }
}
