package io.zonewright.io;

import io.zonewright.HostileYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken or malicious files end in a message, quickly, never in a hang, an exhausted heap or a crash. */
class HostileInputTest {

    @TempDir
    Path dir;

    private Diagnostic refused(Path file) {
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> TopologyReader.read(file),
                "a hostile file must not hang the reader");
        assertFalse(result.isValid());
        return result.errors().get(0);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aliasBombIsRefusedWithoutExpanding() throws IOException {
        Diagnostic d = refused(write("bomb.yaml", HostileYaml.aliasBomb("zonewright: 1\n")));
        assertTrue(d.message().contains("alias"), d::toString);
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        String deep = "zonewright: 1\nname: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        Diagnostic d = refused(write("deep.yaml", deep));
        assertTrue(d.message().toLowerCase().contains("nest") || d.message().contains("depth"), d::toString);
    }

    @Test
    void hugeFileIsRefusedBeforeParsing() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);
        }
        Diagnostic d = refused(huge);
        assertTrue(d.message().contains("larger than"), d::toString);
    }

    @Test
    void binaryGarbageIsRefused() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Path file = Files.write(dir.resolve("garbage.yaml"), garbage);
        Diagnostic d = refused(file);
        assertTrue(d.location().line() >= 1, d::toString);
    }

    @Test
    void nonUtf8TextIsRefusedAtTheFirstBadByte() throws IOException {
        byte[] latin1 = "zonewright: 1\nname: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Diagnostic d = refused(Files.write(dir.resolve("latin1.yaml"), latin1));
        assertEquals(2, d.location().line(), d::toString);
        assertEquals(10, d.location().column(), d::toString);
        assertTrue(d.message().contains("UTF-8"), d::toString);
    }

    @Test
    void directoryAndMissingFileAreRefused() {
        assertTrue(refused(dir).message().contains("directory"));
        assertTrue(refused(dir.resolve("missing.yaml")).message().contains("no such file"));
    }

    @Test
    void controlCharactersAndMultipleDocumentsAreRefused() throws IOException {
        refused(write("nul.yaml", "zonewright: 1\nname: a\u0000b\n"));
        Diagnostic d = refused(write("two.yaml", "zonewright: 1\n---\nzonewright: 1\n"));
        assertTrue(d.message().contains("one YAML document"), d::toString);
    }

    @Test
    void structuresTheFormatDoesNotUseAreRefusedWhereTheyStand() throws IOException {
        Diagnostic complexKey = refused(write("key.yaml", "zonewright: 1\n? [a, b]\n: c\n"));
        assertEquals("2:3 a key must be a single value, not a list or a mapping",
                complexKey.location().line() + ":" + complexKey.location().column() + " " + complexKey.message());
        Diagnostic secondDocument = refused(write("two.yaml", "zonewright: 1\nname: a\n---\nname: b\n"));
        assertEquals(3, secondDocument.location().line(), secondDocument::toString);
        Diagnostic comments = refused(write("comments.yaml", "# a design, some day\n"));
        assertEquals("the file is empty", comments.message());
        Diagnostic unterminated = refused(write("quote.yaml", "zonewright: 1\nname: \"open\n"));
        assertTrue(unterminated.message().startsWith("YAML syntax: while scanning a quoted scalar"), unterminated::toString);
    }

    @Test
    void scalarsAreTypedAsYaml11ReadsThem() throws YamlTreeReader.YamlSyntaxException {
        YamlNode.MapNode root = (YamlNode.MapNode) YamlTreeReader.parse(
                "a: yes\nb: '5'\nc: 5\nd: !!str 5\ne:\nf: 1.5e3\ng: 2026-12-01\nh: ~\n", "types.yaml");
        assertEquals("a=BOOLEAN b=STRING c=NUMBER d=STRING e=NULL f=NUMBER g=STRING h=NULL", String.join(" ",
                root.entries().stream().map(e -> e.key() + "=" + ((YamlNode.Scalar) e.value()).type()).toList()));
    }
}
