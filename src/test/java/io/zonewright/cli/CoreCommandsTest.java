package io.zonewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreCommandsTest {

    @TempDir
    Path dir;

    private static final String ARTICLE = "samples/three-zone-webapp.yaml";

    @Test
    void validateAcceptsTheSamples() {
        Cli cli = Cli.run("validate", ARTICLE, "samples/kubernetes-shop.yaml", "samples/flawed-design.yaml");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
    }

    @Test
    void validateReportsEveryErrorOnStderrWithExitTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                zonewright: 1
                zones:
                  - {id: app, role: application, trust: 1}
                services:
                  - {id: api, zone: nowhere, kind: api, listens: [99999]}
                """);
        Cli cli = Cli.run("validate", bad.toString(), ARTICLE);
        assertEquals(2, cli.exitCode());
        String[] lines = cli.err().strip().split("\n");
        assertEquals(2, lines.length, cli.err());
        assertTrue(lines[0].matches(".*bad\\.yaml:5:\\d+: .*"), cli.err());
        assertFalse(cli.err().contains("Exception"), "no stack trace: " + cli.err());
        assertTrue(cli.out().contains(ARTICLE + ": valid"));
    }

    @Test
    void formatRewritesCanonicallyAndCheckReportsWithoutWriting() throws IOException {
        Path file = Files.writeString(dir.resolve("d.yaml"), """
                zonewright: 1
                zones: [{id: app, role: application, trust: 1}]
                services: [{id: b, zone: app, kind: api}, {id: a, zone: app, kind: api}]
                """);
        String before = Files.readString(file);
        Cli check = Cli.run("format", "--check", file.toString());
        assertEquals(1, check.exitCode());
        assertEquals(before, Files.readString(file), "--check changes nothing");

        assertEquals(0, Cli.run("format", file.toString()).exitCode());
        String formatted = Files.readString(file);
        assertTrue(formatted.indexOf("id: a") < formatted.indexOf("id: b"), formatted);
        assertEquals(0, Cli.run("format", "--check", file.toString()).exitCode());
    }

    @Test
    void formatRefusesInvalidFilesAndLeavesThemAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("d.yaml"), "zonewright: 1\nzones: [{id: a}]\n");
        Cli cli = Cli.run("format", file.toString());
        assertEquals(2, cli.exitCode());
        assertEquals("zonewright: 1\nzones: [{id: a}]\n", Files.readString(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "format", "check", "reach", "export", "connlist", "import", "audit"})
    void everyCommandHasHelpAndVersion(String command) {
        String[] help = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        String[] version = command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
        Cli h = Cli.run(help);
        assertEquals(0, h.exitCode());
        assertTrue(h.out().startsWith("Usage: zonewright"), h.out());
        Cli v = Cli.run(version);
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("zonewright "), v.out());
    }

    @Test
    void helpListsEveryCommandAndShowsEachOne() {
        Cli top = Cli.run("--help");
        for (String command : new String[] {"validate", "format", "check", "reach", "export", "connlist", "import", "audit", "diff", "report", "help"}) {
            assertTrue(top.out().contains("\n  " + command + " "), command + " in\n" + top.out());
        }
        Cli export = Cli.run("help", "export");
        assertEquals(0, export.exitCode());
        assertTrue(export.out().startsWith("Usage: zonewright export"), export.out());
        Cli unknown = Cli.run("frobnicate");
        assertTrue(unknown.err().contains("unknown command 'frobnicate' (commands: validate, format, check, reach, export, connlist, import, audit, diff, report)"),
                unknown.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("validate").exitCode());
        assertEquals(2, Cli.run("frobnicate", "x").exitCode());
        assertEquals(2, Cli.run("check", "--fail-on", "sometimes", ARTICLE).exitCode());
        assertEquals(2, Cli.run("check", "--format", "pdf", ARTICLE).exitCode());
    }

    @Test
    void onlyABareFileOrNothingOpensTheEditor() {
        assertTrue(ZonewrightCommand.opensEditor(new String[0]));
        assertTrue(ZonewrightCommand.opensEditor(new String[] {ARTICLE}));
        assertFalse(ZonewrightCommand.opensEditor(new String[] {"validate"}));
        assertFalse(ZonewrightCommand.opensEditor(new String[] {"--help"}));
        assertFalse(ZonewrightCommand.opensEditor(new String[] {"check", ARTICLE}));
    }
}
