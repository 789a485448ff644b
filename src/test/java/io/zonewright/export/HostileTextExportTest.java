package io.zonewright.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonewright.model.Authentication;
import io.zonewright.model.Cidr;
import io.zonewright.model.Connection;
import io.zonewright.model.Deployment;
import io.zonewright.model.Endpoint;
import io.zonewright.model.KubernetesBinding;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;
import io.zonewright.text.Visible;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names, purposes, tags, security-group and subnet names written to break out of every artifact: quotes,
 * backslashes, line breaks, template openers of HCL, comment closers, shell and YAML metacharacters, every
 * C0 and C1 control, bidirectional overrides and a very long text. Every file must still pass its checker
 * and carry the text only as inert text.
 */
class HostileTextExportTest {

    @TempDir
    Path dir;

    static String hostile(String tag) {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            controls.append(c);
        }
        return tag + " \"q' back\\slash\nnew line\r\n${interp} %{tmpl} */ /* # ; $(rm -rf /) `id` | & <script>alert(1)</script> "
                + "[x](javascript:alert(1)) {{x}} ]] -- =SUM(A1) \u202e\u2066bidi\u2069\u200f \u2028sep " + controls
                + " " + "long ".repeat(400);
    }

    private static Topology design() {
        SourceLocation here = SourceLocation.UNKNOWN;
        List<Zone> zones = List.of(
                new Zone("internet", hostile("zone"), hostile("zone description"), ZoneRole.EXTERNAL, 0, List.of(Cidr.parse("0.0.0.0/0")), here),
                new Zone("app", hostile("app zone"), "", ZoneRole.APPLICATION, 20, List.of(Cidr.parse("10.0.2.0/24")), here),
                new Zone("data", "Data", "", ZoneRole.DATA, 30, List.of(Cidr.parse("10.0.3.0/24"), Cidr.parse("fd00:3::/64")), here));
        List<Service> services = List.of(
                new Service("api", hostile("api"), "app", ServiceKind.API, List.of(PortSpec.tcp(8080)),
                        List.of(Cidr.parse("10.0.2.10")), new Deployment(KubernetesBinding.of("shop", Map.of("app", "api")),
                        hostile("sg"), hostile("subnet")), here),
                new Service("db.main_1-", hostile("db"), "data", ServiceKind.DATABASE, List.of(PortSpec.tcp(5432)),
                        List.of(Cidr.parse("10.0.3.10"), Cidr.parse("fd00:3::10")), new Deployment(null, null, hostile("subnet2")), here));
        List<Connection> connections = List.of(
                new Connection("", new Endpoint.ServiceRef("api"), new Endpoint.ServiceRef("db.main_1-"), PortSpec.tcp(5432),
                        hostile("purpose"), Authentication.CREDENTIALS, List.of(hostile("tag")), here),
                new Connection("", new Endpoint.ZoneRef("internet"), new Endpoint.ServiceRef("api"), PortSpec.tcp(8080),
                        hostile("purpose 2"), Authentication.NONE, List.of(), here),
                new Connection("", new Endpoint.ServiceRef("api"), new Endpoint.Network(Cidr.parse("::/0")), PortSpec.tcp(443),
                        hostile("purpose 3"), Authentication.NONE, List.of(), here));
        return new Topology(hostile("design"), hostile("description"), zones, services, connections,
                List.of(new PolicyRule("app", "data", List.of(PortSpec.tcp(5432)), here)), List.of(), Map.of());
    }

    @Test
    void everyArtifactStillPassesItsCheckerWithTheTextInert() throws Exception {
        Exported e = Exported.of(design());
        e.writeTo(dir);
        assertTrue(e.files().containsKey("nftables/api.nft") && e.files().containsKey("iptables/db.main_1-.rules6"));
        e.written(dir, ".nft").forEach(Tools::assertNftAccepts);
        e.written(dir, ".rules").forEach(Tools::assertIptablesRestoreAccepts);
        e.written(dir, ".rules6").forEach(Tools::assertIptablesRestoreAccepts);
        for (Map.Entry<String, String> f : e.files().entrySet()) {
            String text = f.getValue();
            for (char c : text.toCharArray()) {
                assertFalse(Visible.isUnsafe(c) && c != '\n' && c != '\t' && !(c == '\r' && f.getKey().endsWith(".csv")),
                        f.getKey() + " carries the control character U+" + Integer.toHexString(c));
            }
            if (f.getKey().startsWith("kubernetes/") && !f.getKey().endsWith("kustomization.yaml")) {
                for (JsonNode p : NetworkPolicyChecks.documents(text)) {
                    assertEquals(List.of(), NetworkPolicyChecks.problems(p));
                }
            }
            if (f.getKey().endsWith(".tf")) {
                assertEquals(List.of(), HclChecks.problems(text), f.getKey());
            }
        }
        if (Files.isExecutable(Path.of("/usr/local/bin/terraform"))) {
            Tools.Result fmt = Tools.run(List.of("terraform", "fmt", "-check", dir.resolve("aws").toString()));
            assertEquals(0, fmt.exitCode(), fmt.output());
        }
    }

    @Test
    void commentLinesStayOneLineOfBoundedLength() {
        Exported e = Exported.of(design());
        for (Map.Entry<String, String> f : e.files().entrySet()) {
            if (f.getKey().startsWith("nftables/") || f.getKey().startsWith("iptables/")) {
                for (String line : f.getValue().split("\n")) {
                    assertTrue(line.length() < 1000, f.getKey() + ": a line of " + line.length() + " characters");
                    if (!line.strip().startsWith("#") && !line.contains(" # ")) {
                        assertFalse(line.contains("interp"), "text from the design only ever stands in comments: " + line);
                    }
                }
            }
        }
    }

    @Test
    void textIsEscapedForEachFormatAndShownNotRun() throws Exception {
        Exported e = Exported.of(design());
        String html = e.file("docs/index.html");
        assertFalse(html.contains("<script>"), "markup from the design is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        String md = e.file("docs/connections.md");
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(javascript").matcher(md).find(), "no link from the design");
        assertTrue(md.contains("\\[x\\](javascript:alert(1))"));
        assertFalse(md.contains("`id`"), "no code span from the design");
        String hcl = e.file("aws/network-acls.tf") + e.file("aws/security-groups.tf") + e.file("aws/variables.tf");
        assertTrue(hcl.contains("$${interp} %%{tmpl}"), "HCL templates are escaped");
        List<List<String>> csv = DocsAndCsvExportTest.parse(e.file("csv/connections.csv"));
        assertTrue(csv.stream().anyMatch(r -> r.get(7).startsWith("purpose \"q' back\\slash\\nnew line")),
                "the CSV keeps the text, one line a record");
        List<String> names = new ArrayList<>();
        for (JsonNode p : NetworkPolicyChecks.documents(e.file("kubernetes/shop.yaml"))) {
            names.add(p.at("/metadata/annotations/zonewright.io~1description").asText());
        }
        assertTrue(names.stream().anyMatch(n -> n.startsWith("Allows what the design documents for api \"q' back\\slash\\nnew line")),
                "YAML carries the text, its controls shown: " + names);
    }
}
