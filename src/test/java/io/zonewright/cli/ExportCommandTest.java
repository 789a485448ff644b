package io.zonewright.cli;

import io.zonewright.Designs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsTheChosenTargetsAndSaysWhatItWrote() {
        Path out = dir.resolve("out");
        Cli run = Cli.run("export", Designs.ARTICLE.toString(), "--target", "nftables,docs", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("nftables    10 files (10 written, 0 unchanged), 30 rules\n"), run.out());
        assertTrue(run.out().contains("docs        2 files (2 written, 0 unchanged), 7 rules"), run.out());
        assertTrue(Files.exists(out.resolve("nftables/api.nft")) && Files.exists(out.resolve("docs/index.html")));
        assertFalse(Files.exists(out.resolve("iptables")));
        Cli again = Cli.run("export", Designs.ARTICLE.toString(), "--target", "nftables,docs", "--out", out.toString());
        assertTrue(again.out().startsWith("nftables    10 files (0 written, 10 unchanged)"), again.out());
    }

    @Test
    void aRemovedServiceTakesItsRulesetsWithIt() throws Exception {
        Path design = Files.writeString(dir.resolve("d.yaml"), Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api, addresses: [10.0.2.10]}
                  - {id: db, zone: data, kind: database, addresses: [10.0.3.10]}
                connections:
                  - {from: api, to: db, port: 5432/tcp}
                """);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("export", design.toString(), "--target", "all", "--out", out.toString()).exitCode());
        assertTrue(Files.exists(out.resolve("iptables/db.rules6")));
        Files.writeString(design, Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api, addresses: [10.0.2.10]}
                """);
        Cli run = Cli.run("export", design.toString(), "--target", "nftables,iptables", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("removed     iptables/db.rules6"), run.out());
        assertFalse(Files.exists(out.resolve("nftables/db.nft")) || Files.exists(out.resolve("iptables/db.rules")));
        assertTrue(Files.exists(out.resolve("docs/connections.md")), "docs was not asked for: it stays");
    }

    @Test
    void whatATargetCouldNotExpressIsListedAndFailsAStrictExport() throws Exception {
        Path design = Files.writeString(dir.resolve("d.yaml"), Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api}
                  - {id: db, zone: data, kind: database, addresses: [10.0.3.10]}
                connections:
                  - {from: api, to: db, port: 5432/tcp}
                """);
        Path out = dir.resolve("out");
        Cli run = Cli.run("export", design.toString(), "--target", "nftables", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\nNot expressed (1), each noted in its file where it would have stood:\n"
                + "  nftables: api->db:5432/tcp in the input of db: service api has no addresses\n"), run.out());
        Cli strict = Cli.run("export", design.toString(), "--target", "nftables", "--out", out.toString(), "--strict");
        assertEquals(1, strict.exitCode());
        Cli complete = Cli.run("export", Designs.ARTICLE.toString(), "--target", "nftables", "--out", out.toString(), "--strict");
        assertEquals(0, complete.exitCode(), complete.out());
    }

    @Test
    void connectionsNoTargetEnforcesAreNamed() {
        Cli run = Cli.run("export", Designs.SHOP.toString(), "--target", "nftables,iptables", "--out", dir.resolve("o").toString());
        assertTrue(run.out().contains("Enforced by none of these targets"), run.out());
        assertTrue(run.out().contains("  checkout->payment:50051/tcp\n"));
    }

    @Test
    void badUsageAndBadInputExitTwoAndWriteNothing() throws Exception {
        Path out = dir.resolve("out");
        Cli badTarget = Cli.run("export", Designs.ARTICLE.toString(), "--target", "nftables,pf", "--out", out.toString());
        assertEquals(2, badTarget.exitCode());
        assertTrue(badTarget.err().contains("unknown target 'pf' (expected nftables, iptables, kubernetes, aws, docs, csv or all)"),
                badTarget.err());
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "zonewright: 1\nzones: [\n");
        Cli badFile = Cli.run("export", broken.toString(), "--target", "all", "--out", out.toString());
        assertEquals(2, badFile.exitCode());
        assertTrue(badFile.err().startsWith(broken + ":"), badFile.err());
        assertFalse(Files.exists(out));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli notAFolder = Cli.run("export", Designs.ARTICLE.toString(), "--target", "docs", "--out", file.toString());
        assertEquals(2, notAFolder.exitCode());
        assertTrue(notAFolder.err().contains("export failed, nothing changed"), notAFolder.err());
    }

    @Test
    void optionsReachTheRulesets() throws Exception {
        Path out = dir.resolve("out");
        Cli run = Cli.run("export", Designs.ARTICLE.toString(), "--target", "nftables", "--out", out.toString(),
                "--nft-priority", "-10", "--forward", "--host-outbound", "none");
        assertEquals(0, run.exitCode(), run.err());
        String api = Files.readString(out.resolve("nftables/api.nft"));
        assertTrue(api.contains("priority filter - 10;") && api.contains("chain forward {"));
        assertFalse(api.contains("dport 53"));
    }
}
