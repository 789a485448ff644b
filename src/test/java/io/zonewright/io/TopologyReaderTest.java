package io.zonewright.io;

import io.zonewright.Designs;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopologyReaderTest {

    private static List<Diagnostic> errors(String yaml) {
        LoadResult result = TopologyReader.parse(yaml, "bad.yaml");
        assertFalse(result.isValid(), "expected the design to be refused");
        assertNull(result.topology());
        return result.errors();
    }

    private static Diagnostic single(String yaml) {
        List<Diagnostic> errors = errors(yaml);
        assertEquals(1, errors.size(), () -> errors.toString());
        return errors.get(0);
    }

    @Test
    void readsTheArticleSample() {
        Topology t = Designs.load(Designs.ARTICLE);
        assertEquals(5, t.zones().size());
        assertEquals(10, t.services().size());
        assertEquals(7, t.connections().size());
        assertEquals("internet", t.zones().get(0).id(), "zones are in trust order");
        assertEquals("Load balancer", t.service("lb").name());
        assertInstanceOf(Endpoint.AllServices.class, t.connection("metrics-scraping").to());
        assertEquals(5, t.waivers().size());
        assertTrue(t.services().get(0).location().line() > 0, "elements keep where they were read");
    }

    @Test
    void acceptsTheShortFormOfTheIssue() {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api}
                  - {id: postgres, zone: data, kind: database, listens: [5432]}
                connections: [{from: api, to: postgres, port: 5432/tcp, purpose: App DB}]
                """);
        assertEquals("api->postgres:5432/tcp", t.connections().get(0).id());
        assertEquals("5432/tcp", t.service("postgres").listens().get(0).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key            | {id: api, zone: app, kind: api, colour: red}               | 9:37 | unknown key 'colour'
            unknown zone           | {id: api, zone: nowhere, kind: api}                         | 9:5  | unknown zone 'nowhere'
            unknown kind           | {id: api, zone: app, kind: mainframe}                       | 9:32 | unknown service kind 'mainframe'
            missing kind           | {id: api, zone: app}                                        | 9:5  | missing the required field 'kind'
            bad id                 | {id: 9lives, zone: app, kind: api}                          | 9:10 | '9lives' is not a valid id
            port above 65535       | {id: api, zone: app, kind: api, listens: [70000]}           | 9:47 | port outside 1-65535
            backwards range        | {id: api, zone: app, kind: api, listens: [90-80]}           | 9:47 | backwards
            bad CIDR               | {id: api, zone: app, kind: api, addresses: [10.0.2.1/24]}   | 9:49 | host bits are set
            wrong type             | {id: api, zone: app, kind: api, listens: 8080}              | 9:46 | must be a list
            """)
    void reportsServiceProblemsAtTheirLineAndColumn(String what, String service, String where, String message) {
        Diagnostic d = single(Designs.ZONES + "services:\n  - " + service + "\n");
        assertEquals("bad.yaml:" + where, d.location().toString(), d::toString);
        assertTrue(d.message().contains(message), d::toString);
    }

    @Test
    void reportsDuplicateIdsAndUnknownReferences() {
        List<Diagnostic> errors = errors(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api}
                  - {id: api, zone: app, kind: worker}
                connections:
                  - {from: api, to: ghost, port: 443}
                  - {from: zone:nowhere, to: api, port: 443}
                  - {from: app, to: api, port: 443}
                waivers:
                  - {rule: ZW101, target: phantom, reason: r, owner: o, expires: 2030-01-01}
                  - {rule: ZW199, target: api, reason: r, owner: o, expires: 2030-01-01}
                """);
        String all = errors.toString();
        assertTrue(all.contains("bad.yaml:10:5: duplicate id 'api'"), all);
        assertTrue(all.contains("bad.yaml:12:5: reference to unknown service 'ghost'"), all);
        assertTrue(all.contains("bad.yaml:13:5: reference to unknown zone 'nowhere'"), all);
        assertTrue(all.contains("for the whole zone write 'zone:app'"), all);
        assertTrue(all.contains("bad.yaml:17:5: waiver for ZW199, which is not a rule of this Zonewright"), all);
        assertFalse(all.contains("phantom"), "a waiver whose target is gone is stale (ZW302), not an error");
        assertEquals(5, errors.size(), all);
    }

    @Test
    void reportsEveryErrorOfAFileNotOnlyTheFirst() {
        List<Diagnostic> errors = errors(Designs.ZONES + """
                services:
                  - {id: a, zone: app, kind: api, listens: [0]}
                  - {id: b, zone: app, kind: api, addresses: [300.1.1.1]}
                  - {id: c, zone: app, kind: api, extra: 1}
                """);
        assertEquals(3, errors.size(), errors::toString);
        assertEquals(List.of(9, 10, 11), errors.stream().map(d -> d.location().line()).toList());
    }

    @Test
    void refusesOtherFormatVersionsAndMissingVersion() {
        assertEquals("bad.yaml:1:13: unsupported format version 2 (this Zonewright reads version 1)",
                single("zonewright: 2\n").toString());
        assertTrue(single("zones: []\n").message().contains("format version"));
        assertTrue(single("- a\n- b\n").message().contains("must be a mapping"));
    }

    @Test
    void reportsYamlSyntaxErrorsWithALocation() {
        Diagnostic d = single("zonewright: 1\nzones:\n  - {id: a, role: data, trust: 1\n");
        assertTrue(d.message().startsWith("YAML syntax"), d::toString);
        assertTrue(d.location().line() >= 3, d::toString);
    }

    @Test
    void reportsDuplicateKeysInAMapping() {
        Diagnostic d = single("zonewright: 1\nname: a\nname: b\n");
        assertEquals("bad.yaml:3:1: duplicate key 'name' in the design file", d.toString());
    }

    @Test
    void refusesDuplicateFlowsWithoutIds() {
        Diagnostic d = single(Designs.API_AND_DB + """
                connections:
                  - {from: api, to: db, port: 5432}
                  - {from: api, to: db, port: 5432, purpose: again}
                """);
        assertTrue(d.message().contains("listed twice"), d::toString);
    }
}
