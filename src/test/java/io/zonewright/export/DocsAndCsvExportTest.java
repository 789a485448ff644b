package io.zonewright.export;

import io.zonewright.Designs;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocsAndCsvExportTest {

    @Test
    void theArticleSampleGivesTheArticlesTable() {
        String md = Exported.of(Designs.load(Designs.ARTICLE), Target.DOCS).file("docs/connections.md");
        List<String> rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Source") && l.endsWith("` |")).toList();
        assertEquals(List.of(
                "| Zone Internet | Load balancer | 80 | TCP | HTTP from the internet, redirected to HTTPS | `zone:internet->lb:80/tcp` |",
                "| Zone Internet | Load balancer | 443 | TCP | HTTPS from the internet | `zone:internet->lb:443/tcp` |",
                "| Load balancer | API server | 8080 | TCP | HTTP reverse proxy | `lb->api:8080/tcp` |",
                "| API server | PostgreSQL | 5432 | TCP | Application database | `api->postgres:5432/tcp` |",
                "| API server | Redis | 6379 | TCP | Session cache | `api->redis:6379/tcp` |",
                "| Fluent Bit | Loki | 3100 | TCP | Log shipping | `fluent-bit->loki:3100/tcp` |",
                "| Prometheus | All services | 9090 | TCP | Metrics scraping | `metrics-scraping` |"), rows);
        assertTrue(md.contains("### Public &rarr; Application"), "an entity: GitHub shows the arrow, the file stays ASCII");
        assertTrue(md.contains("| Application | denied | denied | within zone | 5432/tcp, 6379/tcp | denied |"), md);
        assertTrue(md.contains("| API server | Application | 8080/tcp, 9090/tcp | Load balancer (8080/tcp), Prometheus (9090/tcp) |"));
        assertTrue(md.contains("| ZW202 | a compromise of 'Prometheus'"), "waived findings are listed with their waiver");
    }

    @Test
    void thePageIsSelfContainedWithTheDiagramInItsSeverityColours() {
        Topology flawed = Designs.load(Designs.FLAWED);
        String html = Exported.of(flawed, Target.DOCS).file("docs/index.html");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(html.contains("stroke=\"" + io.zonewright.layout.Palette.CRITICAL.hex() + "\""), "critical and high findings are red on the diagram");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "no outside resource");
        assertTrue(html.contains("<tr class=\"critical\">"));
    }

    @Test
    void aBroadDestinationAddsANoteOnTheMetadataService() {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api}
                connections:
                  - {from: api, to: zone:internet, port: 443/tcp}
                """);
        Exported e = Exported.of(t, Target.DOCS);
        assertTrue(e.file("docs/connections.md").contains("## Cloud metadata service"));
        assertTrue(e.file("docs/index.html").contains("zone:internet:443/tcp. The generated host firewalls drop it"));
    }

    @Test
    void theCsvTablesFollowRfc4180AndKeepFormulasInert() {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api, name: "=HYPERLINK(\\"http://x\\")"}
                  - {id: db, zone: data, kind: database, name: "DB, primary"}
                connections:
                  - {from: api, to: db, port: 5432/tcp, purpose: "line one\\nline \\"two\\"", tags: [a, b]}
                policy:
                  - {from: app, to: data, ports: [5432/tcp, 6432/tcp]}
                  - {from: mgmt, to: data}
                """);
        Exported e = Exported.of(t, Target.CSV);
        String connections = e.file("csv/connections.csv");
        assertTrue(connections.startsWith("id,source,source_name,destination,destination_name,port,protocol,purpose,auth,tags\r\n"));
        List<List<String>> records = parse(connections);
        assertEquals(List.of("api->db:5432/tcp", "api", "'=HYPERLINK(\"http://x\")", "db", "DB, primary", "5432", "tcp",
                "line one\\nline \"two\"", "none", "a b"), records.get(1));
        List<List<String>> matrix = parse(e.file("csv/zone-matrix.csv"));
        assertEquals(26, matrix.size(), "a header and every ordered pair of five zones");
        assertTrue(matrix.contains(List.of("app", "data", "allow", "5432/tcp 6432/tcp")));
        assertTrue(matrix.contains(List.of("mgmt", "data", "allow", "any")));
        assertTrue(matrix.contains(List.of("data", "app", "deny", "")));
        assertTrue(matrix.contains(List.of("app", "app", "allow", "any")));
    }

    /** RFC 4180, as a spreadsheet or a firewall-management tool reads it. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.startsWith("\r\n", i)) {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertFalse(c == '\n' || c == '\r', "a line break outside quotes at " + i);
                field.append(c);
            }
        }
        assertEquals(0, field.length() + record.size(), "the last record ends with CRLF");
        return records;
    }
}
