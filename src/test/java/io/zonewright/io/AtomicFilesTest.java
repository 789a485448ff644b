package io.zonewright.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("design.yaml"), "old");
        AtomicFiles.writeString(file, "new");
        assertEquals("new", Files.readString(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count());
        }
    }

    @Test
    void aFailedSaveLeavesTheOldFileIntact() throws IOException {
        Path target = Files.createDirectory(dir.resolve("design.yaml"));
        Path inside = Files.writeString(target.resolve("keep.txt"), "precious");
        assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "new"));
        assertEquals("precious", Files.readString(inside));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "the temporary file is removed after a failure");
        }
    }

    @Test
    void savingIntoAMissingFolderFailsWithoutCreatingAnything() {
        Path target = dir.resolve("missing/design.yaml");
        assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));
        assertTrue(Files.notExists(target.getParent()));
    }
}
