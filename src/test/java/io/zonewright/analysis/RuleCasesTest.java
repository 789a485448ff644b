package io.zonewright.analysis;

import io.zonewright.Designs;
import io.zonewright.model.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** For every rule, a design that makes it fire and a close one that keeps it quiet. */
class RuleCasesTest {

    static final String SERVICES = """
            services:
              - {id: lb, zone: public, kind: load-balancer}
              - {id: proxy, zone: public, kind: reverse-proxy}
              - {id: api, zone: app, kind: api}
              - {id: api2, zone: app, kind: api}
              - {id: worker, zone: app, kind: worker}
              - {id: db, zone: data, kind: database, listens: [5432]}
              - {id: replica, zone: data, kind: database}
              - {id: bastion, zone: mgmt, kind: bastion}
              - {id: prom, zone: mgmt, kind: monitoring}
            """;

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("ZW101", "connections: [{from: api, to: db, port: 5432}]",
                        "connections: [{from: api, to: db, port: 5432}]\npolicy: [{from: app, to: data, ports: [5432]}]"),
                rule("ZW101", "connections: [{from: api, to: db, port: 5432}]\npolicy: [{from: app, to: data, ports: [6379]}]",
                        "connections: [{from: api, to: db, port: 5432}]\npolicy: [{from: app, to: data}]"),
                rule("ZW101", "connections: [{from: api, to: db, port: 6379-6381}]\npolicy: [{from: app, to: data, ports: [6379, 6380]}]",
                        "connections: [{from: api, to: db, port: 6379-6380}]\npolicy: [{from: app, to: data, ports: [6379, 6380]}]"),
                rule("ZW102", "connections: [{from: lb, to: db, port: 5432}]",
                        "connections: [{from: api, to: db, port: 5432}]"),
                rule("ZW102", "connections: [{from: 203.0.113.0/24, to: db, port: 5432}]",
                        "connections: [{from: 10.0.2.0/24, to: db, port: 5432}]"),
                rule("ZW103", "connections: [{from: zone:internet, to: api, port: 443}]",
                        "connections: [{from: zone:internet, to: lb, port: 443}]"),
                rule("ZW103", "connections: [{from: 0.0.0.0/0, to: lb, port: 8080}]",
                        "connections: [{from: 0.0.0.0/0, to: lb, port: 80}]"),
                rule("ZW104", "connections: [{from: api, to: api2, port: 22}]",
                        "connections: [{from: bastion, to: api2, port: 22}]"),
                rule("ZW104", "connections: [{from: lb, to: api, port: 3000-3400}]",
                        "connections: [{from: zone:internet, to: bastion, port: 22}]"),
                rule("ZW105", "connections: [{from: zone:app, to: db, port: 5432}]",
                        "connections: [{from: api, to: db, port: 5432}]"),
                rule("ZW105", "connections: [{from: 10.0.2.0/24, to: db, port: 5432}]",
                        "connections: [{from: 0.0.0.0/0, to: lb, port: 443}]"),
                rule("ZW106", "connections: [{from: api, to: worker, port: 8080}]",
                        "connections: [{from: worker, to: api, port: 8080}]"),
                rule("ZW107", "connections: [{from: api, to: api2, port: 1024-65535}]",
                        "connections: [{from: api, to: api2, port: 8000-8090}]"),
                rule("ZW107", "connections: [{from: api, to: api2, port: any}]",
                        "connections: [{from: api, to: api2, port: icmp}]"),
                rule("ZW108", "connections: [{from: api, to: db, port: 5432}]",
                        "connections: [{from: api, to: db, port: 5432, purpose: Orders}]"),
                rule("ZW109", "connections: [{from: api, to: db, port: 5432}]",
                        "connections: [{from: api, to: db, port: 5432, auth: mtls}]"),
                rule("ZW109", "connections: [{from: prom, to: api, port: 9090}]",
                        "connections: [{from: lb, to: api, port: 8080}]"),
                rule("ZW110", "connections: [{from: api, to: db, port: 6379}]",
                        "connections: [{from: api, to: db, port: 5000-6000}]"),
                rule("ZW111", "connections:\n  - {from: zone:app, to: db, port: 5432}\n  - {from: api, to: db, port: 5432}",
                        "connections:\n  - {from: api2, to: db, port: 5432}\n  - {from: api, to: db, port: 5432}"),
                rule("ZW111", "connections:\n  - {from: api, to: db, port: 5000-6000}\n  - {id: narrow, from: api, to: db, port: 5432}",
                        "connections:\n  - {from: api, to: db, port: 5432}\n  - {from: api, to: db, port: 6379}"),
                rule("ZW111", "connections:\n  - {from: prom, to: '*', port: 9090}\n  - {from: prom, to: api, port: 9090}",
                        "connections:\n  - {from: prom, to: '*', port: 9090}\n  - {from: prom, to: api, port: 9100}"),
                rule("ZW111", "connections:\n  - {from: '*', to: api, port: 8080}\n  - {from: lb, to: api, port: 8080}",
                        "connections:\n  - {from: '*', to: api, port: 8080}\n  - {from: zone:internet, to: api, port: 8080}"),
                rule("ZW112", "connections: [{from: db, to: api, port: 8080}]",
                        "connections: [{from: db, to: replica, port: 5432}]"),
                rule("ZW114", "connections: [{from: api, to: 0.0.0.0/0, port: 443}]",
                        "connections: [{from: api, to: 203.0.113.0/24, port: 443}]"),
                rule("ZW114", "connections: [{from: api, to: zone:internet, port: 80}]",
                        "connections: [{from: zone:internet, to: lb, port: 443}]"),
                rule("ZW114", "connections: [{from: api, to: 169.254.0.0/16, port: 80}]",
                        "connections: [{from: api, to: 169.254.170.0/24, port: 80}]"),
                rule("ZW114", "connections: [{from: api, to: 169.254.169.254, port: 80}]",
                        "connections: [{from: api, to: api2, port: 80}]"),
                rule("ZW114", "connections: [{from: api, to: '::/0', port: 443}]",
                        "connections: [{from: api, to: '2001:db8::/32', port: 443}]"),
                rule("ZW113", "connections: [{from: prom, to: '*', port: 9090}]",
                        "connections: [{from: prom, to: api, port: 9090}]"),
                rule("ZW113", "connections: [{from: prom, to: zone:app, port: 9090}]",
                        "connections: [{from: api, to: 203.0.113.7, port: 443}]"),
                rule("ZW201", """
                                connections:
                                  - {from: zone:internet, to: lb, port: 443}
                                  - {from: lb, to: api, port: 8080}
                                  - {from: api, to: db, port: 5432}""",
                        """
                                connections:
                                  - {from: zone:internet, to: lb, port: 443}
                                  - {from: lb, to: api, port: 8080}
                                  - {from: api2, to: db, port: 5432}"""),
                rule("ZW202", "connections:\n  - {from: lb, to: api, port: 8080}\n  - {from: api, to: db, port: 5432}",
                        "connections:\n  - {from: lb, to: api, port: 8080}\n  - {from: api2, to: db, port: 5432}"),
                rule("ZW301", """
                                connections: [{id: scrape, from: prom, to: '*', port: 9090}]
                                waivers: [{rule: ZW113, target: scrape, reason: scraping, owner: sre, expires: 2026-05-31}]""",
                        """
                                connections: [{id: scrape, from: prom, to: '*', port: 9090}]
                                waivers: [{rule: ZW113, target: scrape, reason: scraping, owner: sre, expires: 2026-06-01}]"""),
                rule("ZW302", """
                                connections: [{id: scrape, from: prom, to: api, port: 9090}]
                                waivers: [{rule: ZW113, target: scrape, reason: scraping, owner: sre, expires: 2027-01-01}]""",
                        """
                                connections: [{id: scrape, from: prom, to: '*', port: 9090}]
                                waivers: [{rule: ZW113, target: scrape, reason: scraping, owner: sre, expires: 2027-01-01}]"""));
    }

    private static Arguments rule(String id, String firing, String quiet) {
        return Arguments.of(id, firing, quiet);
    }

    static List<String> ruleIds(String designTail) {
        Topology t = Designs.parse(Designs.ZONES + SERVICES + designTail + "\n");
        return Analyzer.analyze(t, AnalysisOptions.defaults().withToday(TODAY)).findings().stream()
                .map(Finding::rule).toList();
    }

    @ParameterizedTest(name = "{0} fires: {1}")
    @MethodSource("cases")
    void ruleFires(String rule, String firing, String quiet) {
        List<String> rules = ruleIds(firing);
        assertTrue(rules.contains(rule), () -> rule + " should fire, found " + rules);
    }

    @ParameterizedTest(name = "{0} stays quiet: {2}")
    @MethodSource("cases")
    void ruleStaysQuiet(String rule, String firing, String quiet) {
        List<String> rules = ruleIds(quiet);
        assertFalse(rules.contains(rule), () -> rule + " should stay quiet, found " + rules);
    }

    @org.junit.jupiter.api.Test
    void everyRuleHasACase() {
        List<String> covered = cases().map(a -> (String) a.get()[0]).distinct().toList();
        List<String> all = Rules.described().stream().map(RuleDescription::id).toList();
        assertTrue(covered.containsAll(all), () -> "rules without a case: "
                + all.stream().filter(r -> !covered.contains(r)).toList());
    }
}
