package io.zonewright.analysis;

import io.zonewright.Designs;
import io.zonewright.model.Authentication;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;
import io.zonewright.model.Deployment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphAnalysisTest {

    @Test
    void attackPathIsTheShortestAndGradedByHops() {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: lb, zone: public, kind: load-balancer}
                  - {id: proxy, zone: public, kind: reverse-proxy}
                  - {id: api, zone: app, kind: api}
                  - {id: db, zone: data, kind: database}
                connections:
                  - {from: zone:internet, to: lb, port: 443}
                  - {from: lb, to: proxy, port: 443}
                  - {from: proxy, to: api, port: 8080}
                  - {from: lb, to: api, port: 8080}
                  - {from: api, to: db, port: 5432}
                """);
        Finding path = Analyzer.analyze(t, AnalysisOptions.defaults()).findings().stream()
                .filter(f -> f.rule().equals("ZW201")).findFirst().orElseThrow();
        assertEquals(List.of("zone:internet", "lb", "api", "db"), path.path());
        assertEquals(Severity.MEDIUM, path.severity());
        assertEquals("db", path.target());
        assertTrue(path.message().contains("3 hops"), path.message());
    }

    @Test
    void blastRadiusNamesTheFirstDataStoresReachedButNotConnectedToEachOnce() {
        // api -> gw -> d1..d7 and api -> d2 directly; gw and hub call each other, so both reach d1..d7.
        // x and y call each other and one data store each: each names the other's.
        StringBuilder design = new StringBuilder(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api}
                  - {id: gw, zone: app, kind: api}
                  - {id: hub, zone: app, kind: api}
                  - {id: x, zone: app, kind: api}
                  - {id: y, zone: app, kind: api}
                """);
        for (int i = 1; i <= 7; i++) {
            design.append("  - {id: d").append(i).append(", zone: data, kind: database}\n");
        }
        design.append("""
                connections:
                  - {from: api, to: gw, port: 443}
                  - {from: api, to: d2, port: 5432}
                  - {from: gw, to: hub, port: 443}
                  - {from: hub, to: gw, port: 443}
                  - {from: x, to: y, port: 443}
                  - {from: y, to: x, port: 443}
                  - {from: x, to: d1, port: 5432}
                  - {from: y, to: d2, port: 5432}
                """);
        for (int i = 1; i <= 7; i++) {
            design.append("  - {from: gw, to: d").append(i).append(", port: 5432}\n");
        }
        Map<String, Finding> radius = new java.util.HashMap<>();
        Analyzer.analyze(Designs.parse(design.toString()), AnalysisOptions.defaults().withBlastRadiusShare(1.0)).findings()
                .stream().filter(f -> f.rule().equals("ZW202")).forEach(f -> radius.put(f.target(), f));
        assertEquals(List.of("api", "d1", "d3", "d4", "d5", "d6"), radius.get("api").elements());
        assertTrue(radius.get("api").message().endsWith("data stores it does not connect to: d1, d3, d4, d5, d6 and 1 more"),
                radius.get("api").message());
        assertEquals(List.of("hub", "d1", "d2", "d3", "d4", "d5"), radius.get("hub").elements());
        assertTrue(radius.get("hub").message().contains("reaches 8 services (app 1, data 7)"), radius.get("hub").message());
        assertEquals(null, radius.get("gw"), "gw connects to every data store it reaches");
        assertEquals(List.of("x", "d2"), radius.get("x").elements());
        assertEquals(List.of("y", "d1"), radius.get("y").elements());
    }

    @Test
    void broadSourcesJoinPathsThroughTheirMembers() {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: lb, zone: public, kind: load-balancer}
                  - {id: api, zone: app, kind: api}
                  - {id: db, zone: data, kind: database}
                connections:
                  - {from: zone:internet, to: lb, port: 443}
                  - {from: zone:public, to: api, port: 8080}
                  - {from: api, to: db, port: 5432}
                """);
        TopologyGraph g = new AnalysisContext(t, AnalysisOptions.defaults()).graph();
        Paths paths = Paths.from(g, List.of(g.vertexOf("lb")));
        assertEquals(List.of("lb", "api", "db"), paths.labelsTo(g.vertexOf("db")), "the zone hub is not shown mid-path");
        Paths back = Paths.to(g, g.vertexOf("db"));
        assertEquals(List.of("lb", "api", "db"), back.labelsTo(g.vertexOf("lb")));
    }

    @Test
    void blastRadiusEqualsASearchFromEveryServiceOnRandomGraphs() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Topology t = randomTopology(random, 60, 120);
            TopologyGraph g = new AnalysisContext(t, AnalysisOptions.defaults()).graph();
            List<BitSet> expected = new ArrayList<>();
            for (int v = 0; v < g.serviceCount(); v++) {
                BitSet reached = Paths.from(g, List.of(v)).reachedVertices();
                reached.clear(g.serviceCount(), g.vertexCount());
                reached.clear(v);
                expected.add(reached);
            }
            List<BitSet> actual = new ArrayList<>(java.util.Collections.nCopies(g.serviceCount(), null));
            BlastRadius.compute(g, component -> component.members().stream()
                    .forEach(v -> actual.set(v, component.radiusOf(v))));
            assertEquals(expected, actual, "round " + round);
        }
    }

    @Test
    void componentsListedSourcesFirstAreSortedSoThatEachComesAfterWhatItReaches() {
        // 0 -> 1 -> 2 and 0 -> 2: listed sources first, the opposite of what the propagation needs.
        CsrGraph dag = CsrGraph.of(3, new long[] {EdgeList.edge(0, 1), EdgeList.edge(0, 2), EdgeList.edge(1, 2)});
        assertEquals(List.of(2, 1, 0), Components.sinksFirst(dag));
        CsrGraph alreadySinksFirst = CsrGraph.of(3, new long[] {EdgeList.edge(1, 0), EdgeList.edge(2, 1)});
        assertEquals(List.of(0, 1, 2), Components.sinksFirst(alreadySinksFirst));
    }

    @Test
    void aHundredThousandServiceChainDoesNotOverflowTheStack() {
        int n = 100_000;
        Topology chain = chain(n);
        Report report = Analyzer.analyze(chain, AnalysisOptions.defaults());
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("ZW201")));
        int[] visited = {0};
        BlastRadius.compute(new AnalysisContext(chain, AnalysisOptions.defaults()).graph(),
                component -> visited[0] += component.members().cardinality());
        assertEquals(n + 1, visited[0], "every service of the chain, its internet user included");
    }

    /** internet -> s0 -> s1 -> ... -> s(n-1), the last in the data zone. */
    static Topology chain(int n) {
        List<Zone> zones = List.of(zone("internet", ZoneRole.EXTERNAL, 0), zone("app", ZoneRole.APPLICATION, 1),
                zone("data", ZoneRole.DATA, 2));
        List<Service> services = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        services.add(service("user", "internet"));
        for (int i = 0; i < n; i++) {
            services.add(service("s" + i, i == n - 1 ? "data" : "app"));
            connections.add(connection(i == 0 ? "user" : "s" + (i - 1), "s" + i));
        }
        return new Topology("chain", "", zones, services, connections, List.of(), List.of(), Map.of());
    }

    static Topology randomTopology(Random random, int serviceCount, int connectionCount) {
        List<Zone> zones = List.of(zone("internet", ZoneRole.EXTERNAL, 0), zone("app", ZoneRole.APPLICATION, 1),
                zone("data", ZoneRole.DATA, 2));
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < serviceCount; i++) {
            services.add(service("s" + i, zones.get(random.nextInt(3)).id()));
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < connectionCount; i++) {
            Endpoint from = random.nextInt(10) == 0 ? new Endpoint.ZoneRef(zones.get(random.nextInt(3)).id())
                    : new Endpoint.ServiceRef("s" + random.nextInt(serviceCount));
            connections.add(new Connection("c" + i, from, new Endpoint.ServiceRef("s" + random.nextInt(serviceCount)),
                    PortSpec.tcp(1 + random.nextInt(1000)), "p", Authentication.NONE, List.of(), SourceLocation.UNKNOWN));
        }
        return new Topology("random", "", zones, services, connections, List.of(), List.of(), Map.of());
    }

    static Zone zone(String id, ZoneRole role, int trust) {
        return new Zone(id, id, "", role, trust, List.of(), SourceLocation.UNKNOWN);
    }

    static Service service(String id, String zone) {
        return new Service(id, id, zone, ServiceKind.API, List.of(), List.of(), Deployment.NONE, SourceLocation.UNKNOWN);
    }

    static Connection connection(String from, String to) {
        return new Connection("", new Endpoint.ServiceRef(from), new Endpoint.ServiceRef(to), PortSpec.tcp(443), "call",
                Authentication.MTLS, List.of(), SourceLocation.UNKNOWN);
    }
}
