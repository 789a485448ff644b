package io.zonewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonewright.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditCommandTest {

    @TempDir
    Path dir;

    private static String minimal() throws URISyntaxException {
        return Path.of(AuditCommandTest.class.getResource("/netpol-analyzer/netpol-analysis-example-minimal/input").toURI()).toString();
    }

    private Path imported() throws URISyntaxException {
        Path design = dir.resolve("design.yaml");
        assertEquals(0, Cli.run("import", "kubernetes", minimal(), "-o", design.toString()).exitCode());
        return design;
    }

    @Test
    void aClusterAgreesWithTheDesignImportedFromIt() throws Exception {
        Cli cli = Cli.run("audit", imported().toString(), "--kubernetes", minimal());
        assertEquals(0, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.out().contains(": 0 missing, 0 extra, 0 broader"), cli.out());
    }

    @Test
    void driftExitsOneInEveryFormat() throws Exception {
        Path design = imported();
        Files.writeString(design, Files.readString(design).replace("port: 9090/tcp", "port: 9091/tcp"));
        Cli text = Cli.run("audit", design.toString(), "--kubernetes", minimal());
        assertEquals(1, text.exitCode(), text.err());
        assertTrue(text.out().contains("missing  frontend -> backend: TCP 9091"), text.out() + text.err());
        assertTrue(text.out().contains("extra    frontend -> backend: TCP 9090"), text.out());
        assertTrue(text.out().contains("allowed by NetworkPolicy default/backend-netpol, ingress rule 1 ("), text.out());
        JsonNode json = new ObjectMapper().readTree(Cli.run("audit", design.toString(), "--kubernetes", minimal(), "--format", "json").out());
        assertEquals(2, json.at("/audits/0/drifts").size());
        assertTrue(json.at("/audits/0/drifts/1/causes/0/line").asInt() > 0);
        Path sarif = dir.resolve("audit.sarif");
        assertEquals(1, Cli.run("audit", design.toString(), "--kubernetes", minimal(), "--format", "sarif", "-o", sarif.toString()).exitCode());
        JsonNode report = new ObjectMapper().readTree(sarif.toFile());
        assertEquals(Set.of(), SarifSchema.problems(report));
        assertEquals("ZW401", report.at("/runs/0/results/0/ruleId").asText());
        assertTrue(Cli.run("audit", design.toString(), "--kubernetes", minimal(), "--format", "markdown").out()
                .contains("| missing | frontend | backend | TCP 9091 |"));
    }

    @Test
    void driftTheDesignWaivesIsListedApartAndIsNotDrift() throws Exception {
        Path design = imported();
        Files.writeString(design, Files.readString(design).replace("port: 9090/tcp", "port: 9091/tcp")
                + "waivers:\n  - rule: ZW402\n    target: \"frontend -> backend: TCP 9090\"\n    reason: legacy probe\n"
                + "    owner: platform-team\n    expires: 2030-01-01\n"
                + "  - rule: ZW401\n    target: \"frontend -> backend: TCP 9091\"\n    reason: being rolled out\n"
                + "    owner: platform-team\n    expires: 2026-01-01\n");
        assertEquals(0, Cli.run("check", design.toString(), "--fail-on", "never").exitCode(), "drift waivers are valid waivers");
        Cli cli = Cli.run("audit", design.toString(), "--kubernetes", minimal(), "--today", "2027-01-01");
        assertEquals(1, cli.exitCode(), "the expired waiver silences nothing: " + cli.out());
        assertTrue(cli.out().contains(": 1 missing, 0 extra, 0 broader, 1 waived"), cli.out());
        assertTrue(cli.out().contains("ZW402 waived by platform-team until 2030-01-01: legacy probe"), cli.out());
        Cli before = Cli.run("audit", design.toString(), "--kubernetes", minimal(), "--today", "2025-12-31", "--format", "sarif");
        assertEquals(0, before.exitCode(), before.out());
        JsonNode sarif = new ObjectMapper().readTree(before.out());
        assertEquals(Set.of(), SarifSchema.problems(sarif));
        assertEquals(2, sarif.at("/runs/0/results").size());
        assertEquals("accepted", sarif.at("/runs/0/results/1/suppressions/0/status").asText());
    }

    @Test
    void badInputExitsTwo() throws IOException, URISyntaxException {
        Path broken = Files.writeString(dir.resolve("bad.yaml"), "zonewright: 1\nzones: [\n");
        assertEquals(2, Cli.run("audit", broken.toString(), "--kubernetes", minimal()).exitCode());
        assertEquals(2, Cli.run("audit", imported().toString()).exitCode(), "nothing to audit against");
        Path brokenManifest = Files.writeString(dir.resolve("k8s.yaml"), "kind: [\n");
        assertEquals(2, Cli.run("audit", imported().toString(), "--kubernetes", brokenManifest.toString()).exitCode());
    }

    @Test
    void hostsAreAuditedAgainstTheirRulesets() throws IOException {
        Path out = dir.resolve("export");
        assertEquals(0, Cli.run("export", "samples/three-zone-webapp.yaml", "--target", "iptables", "--out", out.toString()).exitCode());
        // iptables-restore files are iptables-save text: the export reads back as itself.
        String v4 = "api=" + out.resolve("iptables/api.rules");
        String v6 = "10.0.2.10=" + out.resolve("iptables/api.rules6");
        Cli clean = Cli.run("audit", "samples/three-zone-webapp.yaml", "--iptables", v4, v6);
        assertEquals(0, clean.exitCode(), clean.out() + clean.err());
        assertTrue(clean.out().startsWith("samples/three-zone-webapp.yaml against host api ("), clean.out());
        Cli withoutPlumbing = Cli.run("audit", "samples/three-zone-webapp.yaml", "--iptables", v4, "--host-outbound", "none");
        assertEquals(1, withoutPlumbing.exitCode());
        assertTrue(withoutPlumbing.out().contains("extra    api -> 0.0.0.0/0: TCP 53; UDP 53,67,123"), withoutPlumbing.out());
        assertEquals(2, Cli.run("audit", "samples/three-zone-webapp.yaml", "--iptables", "nohost=" + out.resolve("iptables/api.rules")).exitCode());
        assertEquals(2, Cli.run("audit", "samples/three-zone-webapp.yaml", "--nftables", "api").exitCode(), "HOST=FILE");
        assertEquals(2, Cli.run("audit", "samples/three-zone-webapp.yaml", "--nftables", "api=" + out.resolve("iptables/api.rules")).exitCode(),
                "an iptables file is not nft JSON");
    }
}
