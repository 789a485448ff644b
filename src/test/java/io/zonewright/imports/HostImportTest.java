package io.zonewright.imports;

import io.zonewright.Designs;
import io.zonewright.compare.HostAudit;
import io.zonewright.export.ExportOptions;
import io.zonewright.export.Exported;
import io.zonewright.export.Target;
import io.zonewright.export.Tools;
import io.zonewright.hostfw.IptablesSaveReader;
import io.zonewright.hostfw.NftJsonReader;
import io.zonewright.hostfw.Ruleset;
import io.zonewright.io.TopologyReader;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article's hosts, exported, loaded and listed back, make a design that audits clean against those hosts. */
class HostImportTest {

    @TempDir
    Path dir;

    private static final Topology ARTICLE = Designs.load(Designs.ARTICLE);

    private List<HostImport.Host> hosts(Function<Service, List<Ruleset>> rulesets) {
        List<HostImport.Host> out = new ArrayList<>();
        for (Service s : ARTICLE.services()) {
            out.add(new HostImport.Host(s.id(), s.addresses().get(0), rulesets.apply(s)));
        }
        return out;
    }

    private void assertAuditsClean(Topology imported, List<HostImport.Host> hosts) {
        assertEquals(List.of(), TopologyReader.problems(imported));
        for (HostImport.Host h : hosts) {
            Service service = imported.service(h.name());
            assertEquals(List.of(), HostAudit.of(imported, service, h.rulesets(), ExportOptions.defaults(), h.name()).drifts(), h.name());
        }
    }

    @Test
    void nftablesHostsMakeADesignTheyAgreeWith() throws IOException {
        Exported.of(ARTICLE, Target.NFTABLES).writeTo(dir);
        List<HostImport.Host> hosts = hosts(s -> {
            Tools.Result r = Tools.isolated("sh", "-c", "nft -f \"$1\" && nft -j list ruleset", "sh",
                    dir.resolve("nftables/" + s.id() + ".nft").toString());
            assertEquals(0, r.exitCode(), r.output());
            return List.of(NftJsonReader.parse(r.output(), s.id() + ".json"));
        });
        Topology imported = HostImport.of(hosts, "hosts").topology();
        assertAuditsClean(imported, hosts);
        assertEquals(ServiceKind.DATABASE, imported.service("postgres").kind());
        assertEquals(ServiceKind.CACHE, imported.service("redis").kind());
        assertTrue(imported.zones().stream().anyMatch(z -> z.id().equals("net-10-0-3-0-24")), imported.zones()::toString);
        assertTrue(imported.connections().stream().anyMatch(c -> c.from().text().equals("api") && c.to().text().equals("postgres")
                && c.port().toString().equals("5432/tcp")));
        // The load balancer admits 443 from every IPv4 address: an outside zone, so that no other host is a source of it.
        assertTrue(imported.connections().stream().anyMatch(c -> c.to().text().equals("lb") && c.port().toString().equals("443/tcp")
                && c.from().text().equals("zone:outside-ipv4")), imported.connections()::toString);
    }

    @Test
    void iptablesHostsOfBothFamiliesDoToo() throws IOException {
        Exported exported = Exported.of(ARTICLE, Target.IPTABLES);
        List<HostImport.Host> hosts = hosts(s -> List.of(
                IptablesSaveReader.parse(exported.file("iptables/" + s.id() + ".rules"), s.id() + ".rules"),
                IptablesSaveReader.parse(exported.file("iptables/" + s.id() + ".rules6"), s.id() + ".rules6")));
        assertAuditsClean(HostImport.of(hosts, "hosts").topology(), hosts);
        List<HostImport.Host> onlyIpv4 = hosts(s -> List.of(IptablesSaveReader.parse(exported.file("iptables/" + s.id() + ".rules"), "v4")));
        Topology v4 = HostImport.of(onlyIpv4, "hosts").topology();
        assertTrue(v4.connections().stream().noneMatch(c -> ipv6(v4, c.from()) || ipv6(v4, c.to())),
                "an IPv4 ruleset says nothing of IPv6");
    }

    /** Whether an end stands for IPv6 addresses: an IPv6 network, or a zone of them. */
    private static boolean ipv6(Topology t, io.zonewright.model.Endpoint end) {
        if (end instanceof io.zonewright.model.Endpoint.Network n) {
            return n.cidr().isIpv6();
        }
        return end instanceof io.zonewright.model.Endpoint.ZoneRef z
                && t.zone(z.id()).addresses().stream().allMatch(io.zonewright.model.Cidr::isIpv6)
                && !t.zone(z.id()).addresses().isEmpty();
    }
}
