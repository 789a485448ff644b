package io.zonewright.dist;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command-line archive as a CI job gets it: unpacked into an empty folder, run with a Java runtime
 * alone, no display, from another working folder. Runs after the package phase (failsafe).
 */
class CliDistributionIT {

    @TempDir
    static Path unpacked;

    private static Path home;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws Exception {
        Path archive;
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            archive = built.filter(p -> p.getFileName().toString().matches("zonewright-.+\\.tar\\.gz")).findFirst().orElseThrow();
        }
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", unpacked.toString())
                .inheritIO().start();
        assertEquals(0, tar.waitFor());
        try (Stream<Path> top = Files.list(unpacked)) {
            home = top.findFirst().orElseThrow();
        }
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/zonewright").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(unpacked.toFile());
        Map<String, String> env = pb.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile(unpacked, "out", ".txt");
        Path err = Files.createTempFile(unpacked, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command ends");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void holdsTheCommandLineAndNotTheEditorsLibraries() throws IOException {
        assertTrue(Files.isExecutable(home.resolve("bin/zonewright")));
        assertTrue(Files.readString(home.resolve("bin/zonewright.bat")).contains("\r\n"), "the Windows script has DOS lines");
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            List<String> jars = lib.map(p -> p.getFileName().toString()).toList();
            assertTrue(jars.contains("zonewright.jar"), jars::toString);
            assertTrue(jars.stream().anyMatch(j -> j.startsWith("picocli")), jars::toString);
            assertFalse(jars.stream().anyMatch(j -> j.startsWith("javafx") || j.startsWith("controlsfx")), jars::toString);
        }
    }

    @Test
    void runsEveryKindOfCommandWithoutADisplay() throws Exception {
        Run version = run("--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().startsWith("zonewright "), version.out());
        Path sample = home.resolve("samples/three-zone-webapp.yaml");
        Run check = run("check", sample.toString());
        assertEquals(0, check.exitCode(), check.out() + check.err());
        Run flawed = run("check", "--format", "sarif", home.resolve("samples/flawed-design.yaml").toString());
        assertEquals(1, flawed.exitCode(), flawed.err());
        assertTrue(flawed.out().contains("\"version\" : \"2.1.0\"") || flawed.out().contains("\"version\":\"2.1.0\""), flawed.out());
        Path out = unpacked.resolve("export");
        Run export = run("export", sample.toString(), "--target", "all", "--out", out.toString());
        assertEquals(0, export.exitCode(), export.out() + export.err());
        assertTrue(Files.exists(out.resolve("docs/index.html")) && Files.exists(out.resolve("nftables/api.nft")));
        Run audit = run("audit", sample.toString(), "--iptables", "api=" + out.resolve("iptables/api.rules"),
                "api=" + out.resolve("iptables/api.rules6"));
        assertEquals(0, audit.exitCode(), audit.out() + audit.err());
    }

    @Test
    void withoutACommandItSaysTheEditorIsNotInThisDistribution() throws Exception {
        Run editor = run();
        assertEquals(2, editor.exitCode());
        assertTrue(editor.err().startsWith("zonewright: this is the command-line distribution, without the editor"), editor.err());
    }
}
