package io.zonewright.export;

import io.zonewright.Designs;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The article's design, one network namespace per host on a bridge, each host loaded with its exported
 * ruleset: every documented connection opens; reverse directions, other ports and other hosts do not.
 * Needs root (CI runs as root).
 */
class PacketLevelTest {

    @TempDir
    Path dir;

    private static final Topology ARTICLE = Designs.load(Designs.ARTICLE);

    @BeforeAll
    static void needsRoot() {
        Assumptions.assumeTrue(Tools.isRoot(), "network namespaces need root; CI runs as root");
    }

    /** From which host to which address:port, and whether the design allows it. */
    private static Map<String, Map<String, String>> expectations() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        // Documented: the article's table.
        expect(out, "lb", "api", 8080, "open");
        expect(out, "api", "postgres", 5432, "open");
        expect(out, "api", "redis", 6379, "open");
        expect(out, "fluent-bit", "loki", 3100, "open");
        for (Service s : ARTICLE.services()) {
            expect(out, "prometheus", s.id(), 9090, "open");
        }
        // Undocumented: the reverse directions ...
        expect(out, "api", "lb", 9090, "blocked");
        expect(out, "postgres", "api", 8080, "blocked");
        expect(out, "loki", "fluent-bit", 9090, "blocked");
        expect(out, "api", "prometheus", 9090, "blocked");
        // ... other ports of documented pairs ...
        expect(out, "lb", "api", 9090, "blocked");
        expect(out, "api", "postgres", 9090, "blocked");
        expect(out, "api", "redis", 9090, "blocked");
        // ... and other hosts.
        expect(out, "worker", "postgres", 5432, "blocked");
        expect(out, "caddy", "api", 8080, "blocked");
        expect(out, "lb", "postgres", 5432, "blocked");
        expect(out, "bastion", "redis", 6379, "blocked");
        expect(out, "worker", "redis", 6379, "blocked");
        return out;
    }

    private static void expect(Map<String, Map<String, String>> out, String from, String to, int port, String state) {
        String address = ARTICLE.service(to).addresses().get(0).toString();
        out.computeIfAbsent(from, f -> new LinkedHashMap<>()).put(address + ":" + port, state);
    }

    private Map<String, Map<String, String>> observed(Target target) throws Exception {
        Exported e = Exported.of(ARTICLE, target);
        e.writeTo(dir);
        Map<String, Map<String, String>> seen = new LinkedHashMap<>();
        try (TestNetwork net = new TestNetwork(dir)) {
            for (Service s : ARTICLE.services()) {
                net.host(s.id(), s.addresses().get(0).toString(), 20);
                if (target == Target.NFTABLES) {
                    net.exec(s.id(), "nft", "-f", dir.resolve("nftables/" + s.id() + ".nft").toString());
                } else {
                    net.exec(s.id(), "iptables-restore", dir.resolve("iptables/" + s.id() + ".rules").toString());
                    net.exec(s.id(), "ip6tables-restore", dir.resolve("iptables/" + s.id() + ".rules6").toString());
                }
                List<Integer> ports = new ArrayList<>();
                for (PortSpec p : s.listens()) {
                    ports.add(p.ports().first());
                }
                net.listen(s.id(), ports);
            }
            for (Map.Entry<String, Map<String, String>> from : expectations().entrySet()) {
                seen.put(from.getKey(), net.probe(from.getKey(), List.copyOf(from.getValue().keySet())));
            }
        }
        return seen;
    }

    private static Map<String, Map<String, String>> sorted(Map<String, Map<String, String>> m) {
        Map<String, Map<String, String>> out = new java.util.TreeMap<>();
        m.forEach((k, v) -> out.put(k, new java.util.TreeMap<>(v)));
        return out;
    }

    @Test
    void nftablesOpensExactlyTheDocumentedConnections() throws Exception {
        assertEquals(sorted(expectations()), sorted(observed(Target.NFTABLES)));
    }

    @Test
    void iptablesOpensExactlyTheDocumentedConnections() throws Exception {
        assertEquals(sorted(expectations()), sorted(observed(Target.IPTABLES)));
    }
}
