package io.zonewright.cli;

import io.zonewright.io.TopologyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {

    @TempDir
    Path dir;

    private static String acs() throws URISyntaxException {
        return Path.of(ImportCommandTest.class.getResource("/netpol-analyzer/acs-security-demos/input").toURI()).toString();
    }

    @Test
    void importsAClusterIntoADesignThatChecks() throws Exception {
        Path design = dir.resolve("cluster.yaml");
        Cli cli = Cli.run("import", "kubernetes", acs(), "-o", design.toString(), "--name", "ACS demo");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(TopologyReader.read(design).isValid());
        assertTrue(Files.readString(design).contains("name: ACS demo"));
        Cli check = Cli.run("check", design.toString());
        assertTrue(check.exitCode() <= 1, check.err());
        assertTrue(Cli.run("import", "kubernetes", acs(), "-o", "-").out().startsWith("zonewright: 1\n"));
    }

    @Test
    void brokenManifestsWriteNothing() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "kind: Pod\nmetadata: {name: [a]}\n");
        Path design = dir.resolve("cluster.yaml");
        Cli cli = Cli.run("import", "kubernetes", broken.toString(), "-o", design.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains(broken + ":2:18: expected a single value, found a list"), cli.err());
        assertFalse(Files.exists(design));
        assertEquals(2, Cli.run("import").exitCode());
        assertEquals(2, Cli.run("import", "kubernetes", broken.toString()).exitCode(), "-o is required");
    }

    @Test
    void hostsAreImportedByAddressAndName() throws IOException {
        Path out = dir.resolve("export");
        assertEquals(0, Cli.run("export", "samples/three-zone-webapp.yaml", "--target", "iptables", "--out", out.toString()).exitCode());
        Path design = dir.resolve("hosts.yaml");
        Cli cli = Cli.run("import", "iptables", "api@10.0.2.10=" + out.resolve("iptables/api.rules"),
                "10.0.3.10=" + out.resolve("iptables/postgres.rules"), "-o", design.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        String text = Files.readString(design);
        assertTrue(text.contains("- from: api\n    to: h-10.0.3.10\n    port: 5432/tcp"), text);
        assertEquals(0, Cli.run("audit", design.toString(), "--iptables", "api=" + out.resolve("iptables/api.rules"),
                "10.0.3.10=" + out.resolve("iptables/postgres.rules")).exitCode());
        assertEquals(2, Cli.run("import", "iptables", "api=" + out.resolve("iptables/api.rules"), "-o", design.toString()).exitCode(),
                "a host needs an address");
        assertEquals(2, Cli.run("import", "nftables", "10.0.0.0/24=" + out.resolve("iptables/api.rules"), "-o", design.toString()).exitCode());
    }
}
