package io.zonewright.export;

import io.zonewright.Designs;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IptablesExportTest {

    @TempDir
    Path dir;

    private static final Topology MIXED = Designs.parse(Designs.ZONES + """
            services:
              - {id: lb, zone: public, kind: load-balancer, addresses: [10.0.1.10, "2001:db8:1::10"]}
              - {id: api, zone: app, kind: api, addresses: [10.0.2.10, "2001:db8:2::10"]}
              - {id: db, zone: data, kind: database, addresses: [10.0.3.10]}
              - {id: bastion, zone: mgmt, kind: bastion, addresses: [10.0.9.40]}
            connections:
              - {from: lb, to: api, port: 8080/tcp}
              - {from: bastion, to: '*', port: 22/tcp}
              - {from: bastion, to: api, port: icmp}
              - {from: api, to: 0.0.0.0/0, port: 443/tcp}
              - {from: api, to: db, port: 5432/tcp}
              - {from: api, to: lb, port: any}
            """);

    @Test
    void everyFileOfTheSamplesAndOfAMixedDesignPassesIptablesRestore() throws Exception {
        for (Topology t : List.of(Designs.load(Designs.ARTICLE), Designs.load(Designs.FLAWED), MIXED)) {
            Path out = Files.createTempDirectory(dir, "design");
            Exported e = Exported.of(t, Target.IPTABLES);
            e.writeTo(out);
            e.written(out, ".rules").forEach(Tools::assertIptablesRestoreAccepts);
            e.written(out, ".rules6").forEach(Tools::assertIptablesRestoreAccepts);
        }
    }

    @Test
    void eachHostHasAnIpv6TwinAndLoopbackAndConntrackComeFirst() {
        Exported e = Exported.of(MIXED, Target.IPTABLES);
        String db6 = e.file("iptables/db.rules6");
        assertTrue(db6.contains(":INPUT DROP [0:0]") && db6.contains(":OUTPUT DROP [0:0]"), "an IPv4-only host still closes IPv6");
        assertTrue(db6.contains("--icmpv6-type neighbour-solicitation"));
        String api = e.file("iptables/api.rules");
        List<String> input = Arrays.stream(api.split("\n")).filter(l -> l.startsWith("-A INPUT")).toList();
        assertEquals("-A INPUT -i lo -j ACCEPT", input.get(0));
        assertEquals("-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT", input.get(1));
        assertEquals("-A INPUT -m conntrack --ctstate INVALID -j DROP", input.get(2));
        assertTrue(api.contains("-A INPUT -s 10.0.1.10/32 -p tcp -m tcp --dport 8080 -m comment --comment \"lb->api:8080/tcp\" -j ACCEPT"), api);
        assertTrue(api.contains("-A INPUT -s 10.0.9.40/32 -p icmp -m comment --comment \"bastion->api:icmp\" -j ACCEPT"));
        assertTrue(api.contains("-A OUTPUT -d 10.0.1.10/32 -m comment --comment \"api->lb:any\" -j ACCEPT"));
        String api6 = e.file("iptables/api.rules6");
        assertTrue(api6.contains("-A INPUT -s 2001:db8:1::10/128 -p tcp -m tcp --dport 8080"), api6);
    }

    @Test
    void aBroadDestinationIsPrecededByADropOfTheMetadataService() {
        String api = Exported.of(MIXED, Target.IPTABLES).file("iptables/api.rules");
        int drop = api.indexOf("-A OUTPUT -d 169.254.169.254/32 -m comment --comment \"cloud metadata service\" -j DROP");
        int broad = api.indexOf("-A OUTPUT -d 0.0.0.0/0 -p tcp -m tcp --dport 443");
        assertTrue(drop > 0 && drop < broad, api);
    }

    @Test
    void portsFromOnePeerShareMultiportRulesOfAtMostFifteenPorts() throws Exception {
        StringBuilder yaml = new StringBuilder(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api, addresses: [10.0.2.10]}
                  - {id: db, zone: data, kind: database, addresses: [10.0.3.10]}
                connections:
                """);
        for (int i = 0; i < 20; i++) {
            yaml.append("  - {from: api, to: db, port: ").append(i % 3 == 0 ? (6000 + i * 10) + "-" + (6005 + i * 10) : 5000 + i).append("/tcp}\n");
        }
        Exported e = Exported.of(Designs.parse(yaml.toString()), Target.IPTABLES);
        String db = e.file("iptables/db.rules");
        Matcher m = Pattern.compile("--dports (\\S+)").matcher(db);
        int ports = 0;
        int rules = 0;
        while (m.find()) {
            int slots = 0;
            for (String p : m.group(1).split(",")) {
                slots += p.contains(":") ? 2 : 1;
                ports++;
            }
            assertTrue(slots <= 15, "multiport takes 15 ports, a range counting two: " + m.group(1));
            rules++;
        }
        assertEquals(20, ports, db);
        assertEquals(2, rules);
        e.writeTo(dir);
        Tools.assertIptablesRestoreAccepts(dir.resolve("iptables/db.rules"));
    }

    @Test
    void theForwardChainFiltersWhatContainersAcceptAndOpen() throws Exception {
        Exported e = Exported.of(MIXED, new ExportOptions(0, true, ExportOptions.defaults().hostOutbound()), Target.IPTABLES);
        String api = e.file("iptables/api.rules");
        assertTrue(api.contains("-A FORWARD -s 10.0.1.10/32 -p tcp -m tcp --dport 8080"), api);
        assertTrue(api.contains("-A FORWARD -d 169.254.169.254/32"));
        assertFalse(api.contains("-A FORWARD -i lo"));
        e.writeTo(dir);
        Tools.assertIptablesRestoreAccepts(dir.resolve("iptables/api.rules"));
    }
}
