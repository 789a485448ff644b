package io.zonewright.hardening;

import io.zonewright.Designs;
import io.zonewright.cli.Cli;
import io.zonewright.text.Visible;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text from a design reaches a terminal or a page only as text: every control shown, no line forged. */
class TextHardeningTest {

    @TempDir
    Path dir;

    /** Every C0 and C1 control, DEL, every bidirectional control and the line separators. */
    static List<Character> unsafe() {
        List<Character> out = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            out.add(c);
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            out.add(c);
        }
        for (char c : "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029\ufeff".toCharArray()) {
            out.add(c);
        }
        return out;
    }

    /** A design whose names and purposes hold every unsafe character, written with YAML escapes. */
    private Path hostileDesign() throws IOException {
        StringBuilder escaped = new StringBuilder();
        for (char c : unsafe()) {
            escaped.append(String.format("\\u%04x", (int) c));
        }
        String text = "x" + escaped + "\\nfake.yaml:1:1: error forged";
        return Files.writeString(dir.resolve("hostile.yaml"), Designs.ZONES + "services:\n"
                + "  - {id: api, zone: app, kind: api, name: \"" + text + "\"}\n"
                + "  - {id: db, zone: data, kind: database, name: \"" + text + "\"}\n"
                + "connections:\n  - {from: api, to: db, port: 5432/tcp, purpose: \"" + text + "\"}\n");
    }

    private static void assertShownOnly(String output) {
        for (char c : output.toCharArray()) {
            assertFalse(Visible.isUnsafe(c) && c != '\n', "a raw U+" + Integer.toHexString(c) + " in:\n" + output);
        }
        for (String line : output.split("\n")) {
            assertFalse(line.startsWith("fake.yaml:"), "a forged line: " + line);
        }
    }

    @Test
    void reportsAndListingsShowEveryControlCharacterVisibly() throws IOException {
        Path design = hostileDesign();
        for (String format : List.of("text", "markdown")) {
            Cli run = Cli.run("check", "--fail-on", "never", "--format", format, design.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertShownOnly(run.out());
            assertTrue(run.out().contains("\\u001b") && run.out().contains("\\u202e"), "shown, not dropped");
        }
        assertShownOnly(Cli.run("reach", design.toString()).out());
        Cli export = Cli.run("export", design.toString(), "--target", "nftables,docs", "--out", dir.resolve("out").toString());
        assertShownOnly(export.out());
    }

    @Test
    void anErrorThatEchoesAValueCannotStartALineOfItsOwn() throws IOException {
        Path design = Files.writeString(dir.resolve("bad.yaml"), Designs.ZONES
                + "services:\n  - {id: api, zone: app, kind: \"api\\nbad.yaml:1:1: all is fine\\e[2J\"}\n");
        Cli run = Cli.run("validate", design.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().split("\n").length, run.err());
        assertShownOnly(run.err());
        assertTrue(run.err().contains("unknown service kind 'api\\nbad.yaml:1:1: all is fine\\u001b[2J'"), run.err());
    }

    @Test
    void aForbiddenCharacterInTheFileIsReportedWhereItIs() throws IOException {
        for (char c : unsafe()) {
            if (c == '\t' || c == '\n' || c == '\r' || c == 0x85 || c >= 0xa0) {
                continue;
            }
            String text = "zonewright: 1\nname: ab" + c + "cd\n";
            Path design = Files.write(dir.resolve("c.yaml"), text.getBytes(StandardCharsets.UTF_8));
            Cli run = Cli.run("validate", design.toString());
            assertEquals(2, run.exitCode());
            assertTrue(run.err().startsWith(design + ":2:9: the character U+" + String.format("%04X", (int) c)), run.err());
        }
    }

    @Test
    void sarifNamesFilesAsUriReferences() throws IOException {
        Path odd = Files.copy(Designs.ARTICLE, Files.createDirectories(dir.resolve("a b#c")).resolve("100% é.yaml"));
        Path out = dir.resolve("r.sarif");
        assertEquals(0, Cli.run("check", "--fail-on", "never", "--format", "sarif", "--output", out.toString(), odd.toString()).exitCode());
        String sarif = Files.readString(out);
        assertTrue(sarif.contains("a%20b%23c/100%25%20%C3%A9.yaml\""), sarif.substring(0, Math.min(2000, sarif.length())));
    }
}
