package io.zonewright.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    @Test
    void keepsOneCopyPerDesignUntilDiscarded() throws IOException {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path a = dir.resolve("a/design.yaml");
        Path b = dir.resolve("b/design.yaml");
        store.save(a, "zonewright: 1\nname: a\n");
        store.save(null, "zonewright: 1\nname: untitled\n");
        assertEquals("zonewright: 1\nname: a\n", store.pending(a).orElseThrow());
        assertTrue(store.pending(b).isEmpty(), "designs with the same file name do not share a copy");
        assertNotEquals(store.fileFor(a), store.fileFor(b));
        assertEquals("zonewright: 1\nname: untitled\n", store.pending(null).orElseThrow());
        store.discard(a);
        assertTrue(store.pending(a).isEmpty());
    }
}
