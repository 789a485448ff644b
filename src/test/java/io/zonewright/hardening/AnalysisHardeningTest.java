package io.zonewright.hardening;

import io.zonewright.Designs;
import io.zonewright.cli.Cli;
import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Report;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One reading of address ranges for every rule, exact thresholds, consistent waivers and reach. */
class AnalysisHardeningTest {

    @TempDir
    Path dir;

    private static final String SERVICES = """
            services:
              - {id: lb, zone: public, kind: load-balancer, addresses: [10.0.1.10]}
              - {id: api, zone: app, kind: api, addresses: [10.0.2.10]}
              - {id: db, zone: data, kind: database, addresses: [10.0.3.10]}
            """;

    private static Set<String> rulesFiring(String connections) {
        Topology t = Designs.parse(Designs.ZONES + SERVICES + connections);
        Report report = Analyzer.analyze(t, AnalysisOptions.defaults());
        return report.findings().stream().map(Finding::rule).collect(Collectors.toSet());
    }

    @Test
    void aRangePartlyOutsideTheOrganisationIsASourceFromOutsideForEveryRule() {
        Set<String> wide = rulesFiring("connections: [{from: 10.0.0.0/8, to: db, port: 5432}]");
        Set<String> anywhere = rulesFiring("connections: [{from: 0.0.0.0/0, to: db, port: 5432}]");
        for (String rule : Set.of("ZW101", "ZW102", "ZW103", "ZW201")) {
            assertTrue(anywhere.contains(rule), "0.0.0.0/0 fires " + rule + ": " + anywhere);
            assertTrue(wide.contains(rule), "10.0.0.0/8, which the zones do not cover, fires " + rule + ": " + wide);
        }
        assertFalse(wide.contains("ZW105"), "a range from outside is not a broad internal source");
    }

    @Test
    void aRangeInsideTheOrganisationsZonesIsInternal() {
        Set<String> insideData = rulesFiring("connections: [{from: 10.0.3.0/28, to: db, port: 5432}]");
        Set<String> overTwoZones = rulesFiring("connections: [{from: 10.0.2.0/23, to: db, port: 5432}]");
        for (Set<String> fired : java.util.List.of(insideData, overTwoZones)) {
            assertFalse(fired.contains("ZW102") || fired.contains("ZW103") || fired.contains("ZW201"), fired.toString());
            assertTrue(fired.contains("ZW105"), "a broad internal source: " + fired);
        }
    }

    @Test
    void reachListsARangeFromOutsideAsASource() throws IOException {
        Path design = Files.writeString(dir.resolve("r.yaml"), Designs.ZONES + SERVICES
                + "connections: [{from: 10.0.0.0/8, to: api, port: 8080}, {from: api, to: db, port: 5432}]\n");
        Cli run = Cli.run("reach", design.toString(), "--from", "10.0.0.0/8", "--to", "db");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("10.0.0.0/8 -> api -> db\n", run.out());
        Cli same = Cli.run("reach", design.toString(), "--from", "api", "--to", "api");
        assertEquals(2, same.exitCode());
        assertTrue(same.err().contains("--from and --to name the same service 'api'"), same.err());
        assertFalse(Cli.run("reach", design.toString(), "--from", "api").out().contains("api -> api"));
    }

    @Test
    void exactlyHalfOfAllServicesIsNotMoreThanHalf() {
        // hub reaches 2 of 4 services (half): no finding; with a third it is more than half.
        String zones = Designs.ZONES + """
                services:
                  - {id: hub, zone: app, kind: api}
                  - {id: a, zone: app, kind: api}
                  - {id: b, zone: app, kind: api}
                  - {id: c, zone: app, kind: api}
                """;
        String half = "connections:\n  - {from: hub, to: a, port: 80, auth: mtls}\n  - {from: hub, to: b, port: 80, auth: mtls}\n";
        String more = half + "  - {from: hub, to: c, port: 80, auth: mtls}\n";
        assertFalse(wideRadius(zones + half), "exactly half");
        assertTrue(wideRadius(zones + more), "more than half");
    }

    private static boolean wideRadius(String yaml) {
        Report report = Analyzer.analyze(Designs.parse(yaml), AnalysisOptions.defaults());
        return report.findings().stream().anyMatch(f -> f.rule().equals("ZW202") && f.message().contains("more than 50%"));
    }

    @Test
    void aWaiverOfAnUnknownRuleIsAnErrorAndOneOfAMissingTargetIsStale() throws IOException {
        Path unknownRule = Files.writeString(dir.resolve("w1.yaml"), Designs.ZONES + SERVICES
                + "waivers: [{rule: ZW999, target: api, reason: r, owner: o, expires: 2030-01-01}]\n");
        Cli invalid = Cli.run("validate", unknownRule.toString());
        assertEquals(2, invalid.exitCode());
        assertTrue(invalid.err().contains("waiver for ZW999, which is not a rule of this Zonewright"), invalid.err());
        Path missingTarget = Files.writeString(dir.resolve("w2.yaml"), Designs.ZONES + SERVICES
                + "waivers: [{rule: ZW110, target: renamed-long-ago, reason: r, owner: o, expires: 2030-01-01}]\n");
        assertEquals(0, Cli.run("validate", missingTarget.toString()).exitCode());
        Cli check = Cli.run("check", "--fail-on", "never", missingTarget.toString());
        assertTrue(check.out().contains("info ZW302 the waiver of ZW110 for 'renamed-long-ago'"), check.out());
    }
}
