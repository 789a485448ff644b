package io.zonewright.flows;

import io.zonewright.Designs;
import io.zonewright.model.Cidr;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowsTest {

    private static final Topology DESIGN = Designs.parse(Designs.ZONES + """
            services:
              - {id: lb, zone: public, kind: load-balancer, addresses: [10.0.1.10, "2001:db8::10"]}
              - {id: api, zone: app, kind: api, addresses: [10.0.2.10, 10.0.2.0/28]}
              - {id: worker, zone: app, kind: worker}
              - {id: db, zone: data, kind: database, addresses: [10.0.3.10]}
              - {id: bastion, zone: mgmt, kind: bastion, addresses: [10.0.9.40]}
            connections:
              - {from: lb, to: api, port: 8080/tcp}
              - {from: zone:app, to: db, port: 5432/tcp}
              - {from: bastion, to: '*', port: 22/tcp}
              - {from: api, to: 0.0.0.0/0, port: 443/tcp}
              - {from: zone:internet, to: lb, port: 443/tcp}
              - {from: api, to: 10.0.3.0/24, port: 6379/tcp}
            """);

    private static Flow flow(Flows flows, String id) {
        return flows.all().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aServiceIsItsAddressesApartByFamilyWithoutRangesContainedInOthers() {
        Flow f = flow(Flows.of(DESIGN), "lb->api:8080/tcp");
        assertEquals(List.of(Cidr.parse("10.0.1.10")), f.from().addresses().v4());
        assertEquals(List.of(Cidr.parse("2001:db8::10")), f.from().addresses().v6());
        assertEquals(List.of(Cidr.parse("10.0.2.0/28")), f.to().addresses().v4(), "10.0.2.10 lies in 10.0.2.0/28");
        assertNull(f.from().gap());
    }

    @Test
    void aZoneIsItsAddressesAndCoversItsServices() {
        Flow f = flow(Flows.of(DESIGN), "zone:app->db:5432/tcp");
        assertEquals(List.of(Cidr.parse("10.0.2.0/24")), f.from().addresses().v4());
        assertEquals(List.of("api", "worker"), f.from().services().stream().map(s -> s.id()).toList());
        assertNull(f.from().gap(), "the zone has addresses even if a service in it has none");
    }

    @Test
    void everyServiceIsTheirAddressesAndNamesThoseWithout() {
        Flow f = flow(Flows.of(DESIGN), "bastion->*:22/tcp");
        assertEquals(5, f.to().services().size());
        assertTrue(f.to().addresses().v4().contains(Cidr.parse("10.0.3.10")));
        assertEquals("service worker has no addresses", f.to().gap());
    }

    @Test
    void aNetworkCoversTheServicesWhollyInsideIt() {
        Flow f = flow(Flows.of(DESIGN), "api->10.0.3.0/24:6379/tcp");
        assertEquals(List.of("db"), f.to().services().stream().map(s -> s.id()).toList());
        assertEquals(List.of(Cidr.parse("10.0.3.0/24")), f.to().addresses().v4());
    }

    @Test
    void theIndexesListWhatReachesAndWhatLeavesEachService() {
        Flows flows = Flows.of(DESIGN);
        assertEquals(List.of("api->0.0.0.0/0:443/tcp", "api->10.0.3.0/24:6379/tcp", "bastion->*:22/tcp",
                        "zone:app->db:5432/tcp"), flows.into(DESIGN.service("db")).stream().map(Flow::id).toList(),
                "anywhere (0.0.0.0/0) holds the database too, as the analysis reads it");
        assertEquals(List.of("api->0.0.0.0/0:443/tcp", "api->10.0.3.0/24:6379/tcp", "zone:app->db:5432/tcp"),
                flows.outOf(DESIGN.service("api")).stream().map(Flow::id).toList());
        assertTrue(flows.outOf(DESIGN.service("worker")).stream().anyMatch(f -> f.id().equals("zone:app->db:5432/tcp")));
    }

    @Test
    void aBroadDestinationCoversTheMetadataServiceUnlessItNamesIt() {
        Flows flows = Flows.of(DESIGN);
        assertEquals(List.of(Cidr.parse("169.254.169.254")), flow(flows, "api->0.0.0.0/0:443/tcp").to().metadataCoveredUnnamed());
        assertTrue(flow(flows, "api->10.0.3.0/24:6379/tcp").to().metadataCoveredUnnamed().isEmpty());
        Topology named = Designs.parse(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api, addresses: [10.0.2.10]}
                connections:
                  - {from: api, to: 169.254.169.254, port: 80/tcp}
                  - {from: api, to: 169.254.0.0/16, port: 80/tcp}
                """);
        Flows namedFlows = Flows.of(named);
        assertTrue(flow(namedFlows, "api->169.254.169.254:80/tcp").to().metadataCoveredUnnamed().isEmpty());
        assertFalse(flow(namedFlows, "api->169.254.0.0/16:80/tcp").to().metadataCoveredUnnamed().isEmpty());
    }

    @Test
    void aZoneWithoutAddressesHasAGap() {
        Topology t = Designs.parse("""
                zonewright: 1
                zones:
                  - {id: app, role: application, trust: 20}
                  - {id: data, role: data, trust: 30, addresses: [10.0.3.0/24]}
                services:
                  - {id: db, zone: data, kind: database, addresses: [10.0.3.10]}
                connections:
                  - {from: zone:app, to: db, port: 5432/tcp}
                """);
        assertEquals("zone app has no addresses", Flows.of(t).all().get(0).from().gap());
    }

    @Test
    void addressesKeepOnlyTheOutermostOfNestedRanges() {
        Addresses a = Addresses.of(List.of(Cidr.parse("10.0.1.0/24"), Cidr.parse("10.0.0.0/8"), Cidr.parse("10.0.1.5"),
                Cidr.parse("192.168.0.0/16"), Cidr.parse("192.168.3.0/24"), Cidr.parse("::/0"), Cidr.parse("fd00::1")));
        assertEquals(List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("192.168.0.0/16")), a.v4());
        assertEquals(List.of(Cidr.parse("::/0")), a.v6());
    }
}
