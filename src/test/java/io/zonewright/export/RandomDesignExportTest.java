package io.zonewright.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonewright.Designs;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Generated designs with every kind of end (service, zone, every service, IPv4 and IPv6 ranges), every kind
 * of port (single, range, UDP, ICMP, any), services with and without addresses, in and out of Kubernetes,
 * with and without security groups: every file of every target passes its checker.
 */
class RandomDesignExportTest {

    @TempDir
    Path dir;

    static Topology design(long seed, int services, int connections) {
        Random r = new Random(seed);
        StringBuilder y = new StringBuilder("""
                zonewright: 1
                zones:
                  - {id: internet, role: external, trust: 0, addresses: [0.0.0.0/0, "::/0"]}
                  - {id: public, role: public, trust: 10, addresses: [10.1.0.0/16, "fd00:1::/48"]}
                  - {id: app, role: application, trust: 20, addresses: [10.2.0.0/16]}
                  - {id: data, role: data, trust: 30, addresses: [10.3.0.0/16, "fd00:3::/48"]}
                  - {id: mgmt, role: management, trust: 40}
                services:
                """);
        String[] zones = {"public", "app", "data", "mgmt"};
        for (int i = 0; i < services; i++) {
            int z = r.nextInt(zones.length);
            y.append("  - {id: s").append(i).append(", zone: ").append(zones[z]).append(", kind: api");
            int addressing = r.nextInt(4);
            if (addressing == 1 || addressing == 3) {
                y.append(", addresses: [10.").append(z + 1).append('.').append(i / 250).append('.').append(i % 250 + 1);
                y.append(addressing == 3 ? ", \"fd00:" + (z + 1) + "::" + Integer.toHexString(i + 1) + "\"]" : "]");
            }
            if (r.nextInt(3) == 0) {
                y.append(", kubernetes: {namespace: ns").append(r.nextInt(3)).append(", labels: {app: s").append(i).append("}}");
            }
            if (r.nextInt(4) == 0) {
                y.append(", securityGroup: group-").append(i);
            }
            y.append("}\n");
        }
        y.append("connections:\n");
        for (int i = 0; i < connections; i++) {
            String from = end(r, services);
            String to = end(r, services);
            if (from.equals(to)) {
                continue;
            }
            y.append("  - {id: c").append(i).append(", from: ").append(from).append(", to: ").append(to)
                    .append(", port: ").append(port(r)).append("}\n");
        }
        y.append("policy:\n  - {from: internet, to: public, ports: [443/tcp]}\n  - {from: public, to: app}\n"
                + "  - {from: app, to: data, ports: [5432/tcp, 53/udp, icmp]}\n  - {from: mgmt, to: data}\n");
        return Designs.parse(y.toString());
    }

    private static String end(Random r, int services) {
        return switch (r.nextInt(10)) {
            case 0 -> "zone:" + List.of("internet", "public", "app", "data", "mgmt").get(r.nextInt(5));
            case 1 -> "'*'";
            case 2 -> List.of("10.2.0.0/24", "0.0.0.0/0", "'fd00:3::/64'", "169.254.169.254", "'::/0'", "192.0.2.0/24").get(r.nextInt(6));
            default -> "s" + r.nextInt(services);
        };
    }

    private static String port(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "icmp";
            case 1 -> "any";
            case 2 -> (1000 + r.nextInt(100)) + "-" + (1100 + r.nextInt(100)) + "/tcp";
            case 3 -> (1 + r.nextInt(1000)) + "/udp";
            default -> (1 + r.nextInt(65535)) + "/tcp";
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyFileOfARandomDesignPassesItsChecker(long seed) throws Exception {
        Exported e = Exported.of(design(seed, 60, 240));
        Path out = Files.createDirectory(dir.resolve("seed" + seed));
        e.writeTo(out);
        e.written(out, ".nft").forEach(Tools::assertNftAccepts);
        e.written(out, ".rules").forEach(Tools::assertIptablesRestoreAccepts);
        e.written(out, ".rules6").forEach(Tools::assertIptablesRestoreAccepts);
        for (Map.Entry<String, String> f : e.files().entrySet()) {
            if (f.getKey().startsWith("kubernetes/") && !f.getKey().endsWith("kustomization.yaml")) {
                for (JsonNode p : NetworkPolicyChecks.documents(f.getValue())) {
                    assertEquals(List.of(), NetworkPolicyChecks.problems(p), () -> f.getKey() + "\n" + p.toPrettyString());
                }
            }
            if (f.getKey().endsWith(".tf")) {
                assertEquals(List.of(), HclChecks.problems(f.getValue()), f.getKey());
            }
        }
    }
}
