package io.zonewright.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonewright.Designs;
import io.zonewright.export.HostOutbound;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NftablesExportTest {

    @TempDir
    Path dir;

    private static final Topology MIXED = Designs.parse(Designs.ZONES + """
            services:
              - {id: lb, zone: public, kind: load-balancer, addresses: [10.0.1.10, "2001:db8:1::10"]}
              - {id: api, zone: app, kind: api, addresses: [10.0.2.10, "2001:db8:2::10"]}
              - {id: worker, zone: app, kind: worker}
              - {id: db, zone: data, kind: database, addresses: [10.0.3.10]}
              - {id: bastion, zone: mgmt, kind: bastion, addresses: [10.0.9.40]}
            connections:
              - {from: lb, to: api, port: 8080/tcp, purpose: HTTP}
              - {from: zone:app, to: db, port: 5432/tcp}
              - {from: api, to: db, port: 5432/tcp, purpose: contained in the zone's}
              - {from: bastion, to: '*', port: 22/tcp}
              - {from: bastion, to: api, port: icmp}
              - {from: api, to: 0.0.0.0/0, port: 443/tcp}
              - {from: api, to: 169.254.169.254, port: 80/tcp, purpose: instance identity on purpose}
              - {from: worker, to: api, port: 9000-9100/udp}
              - {from: api, to: lb, port: any}
            """);

    @Test
    void everyRulesetOfTheSamplesAndOfAMixedDesignPassesNft() throws Exception {
        List<Topology> designs = new ArrayList<>(List.of(Designs.load(Designs.ARTICLE), Designs.load(Designs.FLAWED), MIXED));
        for (Topology t : designs) {
            Path out = Files.createTempDirectory(dir, "design");
            Exported e = Exported.of(t, Target.NFTABLES);
            e.writeTo(out);
            assertEquals(t.services().stream().filter(s -> !s.addresses().isEmpty()).count(), e.files().size());
            e.written(out, ".nft").forEach(Tools::assertNftAccepts);
        }
    }

    @Test
    void aHostReplacesOnlyItsOwnTableAndDeniesByDefaultBothWays() {
        String api = Exported.of(MIXED, Target.NFTABLES).file("nftables/api.nft");
        assertTrue(api.contains("table inet zonewright {}\ndelete table inet zonewright\n"));
        assertFalse(api.contains("flush ruleset"));
        assertEquals(2, api.split("policy drop;", -1).length - 1, "input and output drop by default");
        int established = api.indexOf("ct state established,related accept");
        assertTrue(established < api.indexOf("ct state invalid drop") && api.indexOf("ct state invalid drop") < api.indexOf("iifname \"lo\" accept"));
        assertTrue(api.contains("nd-neighbor-solicit") && api.contains("packet-too-big"));
    }

    @Test
    void aSharedPortBecomesSetElementsAndAnOverlappingSourceARuleOfItsOwn() {
        String db = Exported.of(MIXED, Target.NFTABLES).file("nftables/db.nft");
        assertTrue(db.contains("10.0.2.10 . 5432 comment \"api->db:5432/tcp\""), db);
        assertTrue(db.contains("ip saddr 10.0.2.0/24 tcp dport 5432 counter accept comment \"zone:app->db:5432/tcp\""),
                "api's own address lies in the zone's range: a set cannot hold both\n" + db);
        assertTrue(db.contains("ip saddr . tcp dport @in_tcp_v4 counter accept"));
    }

    @Test
    void aBroadDestinationClosesTheMetadataServiceAfterWhatNamesIt() {
        String api = Exported.of(MIXED, Target.NFTABLES).file("nftables/api.nft");
        int named = api.indexOf("ip daddr 169.254.169.254 tcp dport 80 counter accept comment \"api->169.254.169.254:80/tcp\"");
        int drop = api.indexOf("ip daddr 169.254.169.254 counter drop");
        int broad = api.indexOf("ip daddr . tcp dport @out_tcp_v4");
        assertTrue(named > 0 && named < drop && drop < broad, api);
        assertTrue(api.contains("0.0.0.0/0 . 443 comment \"api->0.0.0.0/0:443/tcp\""));
        assertFalse(Exported.of(MIXED, Target.NFTABLES).file("nftables/db.nft").contains("169.254.169.254"),
                "a host that opens nothing broad needs no drop");
    }

    @Test
    void familiesIcmpRangesAndAnyProtocolAreEachWrittenInTheirOwnWords() {
        String api = Exported.of(MIXED, Target.NFTABLES).file("nftables/api.nft");
        assertTrue(api.contains("ip saddr 10.0.9.40 meta l4proto icmp counter accept comment \"bastion->api:icmp\""), api);
        assertTrue(api.contains("2001:db8:1::10 . 8080 comment \"lb->api:8080/tcp\""), "IPv6 peers go to the _v6 set\n" + api);
        assertTrue(api.contains("ip daddr 10.0.1.10 counter accept comment \"api->lb:any\""));
        assertTrue(api.contains("ip6 daddr 2001:db8:1::10 counter accept comment \"api->lb:any\""));
        String lb = Exported.of(MIXED, Target.NFTABLES).file("nftables/lb.nft");
        assertTrue(lb.contains("set out_tcp_v6") && !lb.contains("set in_tcp_v6"), "lb opens IPv6, nothing reaches it over IPv6\n" + lb);
    }

    @Test
    void whatAHostFirewallCannotExpressIsListedAndNotedWhereItWouldStand() {
        Exported e = Exported.of(MIXED, Target.NFTABLES);
        String api = e.file("nftables/api.nft");
        assertTrue(api.contains("# NOT ENFORCED worker->api:9000-9100/udp"), api);
        assertTrue(e.unexpressed().stream().anyMatch(u -> u.subject().equals("worker->api:9000-9100/udp")
                && u.place().equals("input of api") && u.reason().equals("service worker has no addresses")));
        assertTrue(e.unexpressed().stream().anyMatch(u -> u.subject().equals("bastion->*:22/tcp")
                && u.place().equals("output of bastion")), "every service includes one without addresses");
        assertFalse(e.files().containsKey("nftables/worker.nft"), "a service without addresses has no host");
    }

    @Test
    void priorityForwardChainAndHostOutboundFollowTheOptions() throws Exception {
        ExportOptions options = new ExportOptions(-10, true, EnumSet.of(HostOutbound.NTP));
        Exported e = Exported.of(MIXED, options, Target.NFTABLES);
        String api = e.file("nftables/api.nft");
        assertTrue(api.contains("type filter hook input priority filter - 10; policy drop;"));
        assertTrue(api.contains("chain forward {") && api.contains("type filter hook forward priority filter - 10; policy drop;"));
        assertTrue(api.contains("udp dport 123 accept"));
        assertFalse(api.contains("dport 53"), "DNS was not asked for");
        e.writeTo(dir);
        e.written(dir, ".nft").forEach(Tools::assertNftAccepts);
    }

    @Test
    void theDesignsDnsServersAreWhereHostsResolve() {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api, addresses: [10.0.2.10]}
                  - {id: resolver, zone: mgmt, kind: dns, addresses: [10.0.9.53]}
                """);
        String api = Exported.of(t, Target.NFTABLES).file("nftables/api.nft");
        assertTrue(api.contains("ip daddr 10.0.9.53 udp dport 53 accept"), api);
        assertFalse(api.contains("\t\tudp dport 53 accept"), "no resolver anywhere");
    }

    @Test
    void aLoadedRulesetCarriesEachConnectionIdWithACounter() throws Exception {
        Exported e = Exported.of(Designs.load(Designs.ARTICLE), Target.NFTABLES);
        e.writeTo(dir);
        Path api = dir.resolve("nftables/api.nft");
        Tools.Result listed = Tools.isolated("sh", "-c", "nft -f " + api + " && nft -j list ruleset");
        assertEquals(0, listed.exitCode(), listed.output());
        JsonNode ruleset = new ObjectMapper().readTree(listed.output()).get("nftables");
        List<String> comments = new ArrayList<>();
        for (JsonNode item : ruleset) {
            for (JsonNode elem : item.path("set").path("elem")) {
                comments.add(elem.path("elem").path("comment").asText());
                assertTrue(elem.path("elem").has("counter"), "every element counts its packets");
            }
        }
        assertEquals(List.of("lb->api:8080/tcp", "metrics-scraping", "api->postgres:5432/tcp", "api->redis:6379/tcp"), comments);
    }

    @Test
    void twentyThousandConnectionsIntoOneHostLoadAsSetsInWellUnderASecond() throws Exception {
        StringBuilder yaml = new StringBuilder(Designs.ZONES + "services:\n  - {id: db, zone: data, kind: database, addresses: [10.0.3.10]}\n");
        StringBuilder connections = new StringBuilder("connections:\n");
        for (int i = 0; i < 20_000; i++) {
            yaml.append("  - {id: s").append(i).append(", zone: app, kind: api, addresses: [10.2.").append(i >> 8).append('.')
                    .append(i & 0xff).append("]}\n");
            connections.append("  - {from: s").append(i).append(", to: db, port: ").append(1024 + i % 3000).append("/tcp}\n");
        }
        Topology t = Designs.parse(yaml.append(connections).toString().replace("10.0.2.0/24", "10.2.0.0/16"));
        Exported e = Exported.of(t, Target.NFTABLES);
        Files.writeString(dir.resolve("db.nft"), e.file("nftables/db.nft"));
        long start = System.nanoTime();
        Tools.Result loaded = Tools.isolated("nft", "-f", dir.resolve("db.nft").toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, loaded.exitCode(), loaded.output());
        assertTrue(millis < 3_000, "loading took " + millis + " ms; measured about 300 ms on the CI machine");
        assertTrue(e.file("nftables/db.nft").split("\n").length < 20_200, "one line per element, not a rule each");
    }
}
