package io.zonewright;

import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;
import io.zonewright.io.TopologyWriter;
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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Large, realistic-looking designs for benchmarks and scale tests: six zones, services spread over them,
 * connections mostly flowing inward (internet to public to application to data) as the zone policy allows,
 * with a few percent of stray connections so that every rule has something to find.
 */
public final class GeneratedTopologies {

    private static final ZoneRole[] ROLES = {ZoneRole.EXTERNAL, ZoneRole.PUBLIC, ZoneRole.APPLICATION,
            ZoneRole.APPLICATION, ZoneRole.DATA, ZoneRole.MANAGEMENT};
    private static final ServiceKind[][] KINDS = {
            {ServiceKind.EXTERNAL_API}, {ServiceKind.LOAD_BALANCER, ServiceKind.REVERSE_PROXY},
            {ServiceKind.API, ServiceKind.WEB, ServiceKind.WORKER}, {ServiceKind.API, ServiceKind.WORKER},
            {ServiceKind.DATABASE, ServiceKind.CACHE, ServiceKind.BROKER}, {ServiceKind.MONITORING, ServiceKind.BASTION}};
    private static final int[] SHARE = {2, 8, 40, 30, 15, 5};

    private GeneratedTopologies() {
    }

    /** A design of the size written {@code services:connections}, as the benchmarks take it. */
    public static Topology ofSize(String size) {
        String[] parts = size.split(":");
        return generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1);
    }

    /** The same design as {@link #ofSize}, written and read back: as a design comes from its file, with lines. */
    public static Topology loadedOfSize(String size) {
        LoadResult loaded = TopologyReader.parse(TopologyWriter.toYaml(ofSize(size)), "generated.yaml");
        if (!loaded.isValid()) {
            throw new IllegalStateException(loaded.errors().toString());
        }
        return loaded.topology();
    }

    public static Topology generate(int serviceCount, int connectionCount, long seed) {
        Random random = new Random(seed);
        List<Zone> zones = new ArrayList<>();
        for (int z = 0; z < ROLES.length; z++) {
            zones.add(new Zone("zone" + z, "Zone " + z, "", ROLES[z], z * 10,
                    List.of(Cidr.parse(z == 0 ? "0.0.0.0/0" : "10." + z + ".0.0/16")), SourceLocation.UNKNOWN));
        }
        List<List<Service>> byZone = new ArrayList<>();
        zones.forEach(z -> byZone.add(new ArrayList<>()));
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < serviceCount; i++) {
            int z = pickZone(random);
            ServiceKind kind = KINDS[z][random.nextInt(KINDS[z].length)];
            Service s = new Service("svc" + i, "Service " + i, zones.get(z).id(), kind,
                    List.of(ROLES[z] == ZoneRole.PUBLIC ? PortSpec.tcp(443) : PortSpec.tcp(1024 + random.nextInt(50_000))),
                    List.of(Cidr.parse("10." + Math.max(z, 1) + "." + (i >> 8 & 0xff) + "." + (i & 0xff))),
                    Deployment.NONE, SourceLocation.UNKNOWN);
            services.add(s);
            byZone.get(z).add(s);
        }
        List<Connection> connections = new ArrayList<>();
        Set<String> flows = new HashSet<>();
        while (connections.size() < connectionCount) {
            int fromZone = pickZone(random);
            boolean stray = random.nextInt(50) == 0;
            int toZone = stray ? random.nextInt(ROLES.length) : Math.min(fromZone + random.nextInt(2), 4);
            if (byZone.get(fromZone).isEmpty() || byZone.get(toZone).isEmpty()) {
                continue;
            }
            Service from = byZone.get(fromZone).get(random.nextInt(byZone.get(fromZone).size()));
            Service to = byZone.get(toZone).get(random.nextInt(byZone.get(toZone).size()));
            PortSpec port = to.listens().get(0);
            boolean quietWorker = to.kind() == ServiceKind.WORKER && !stray;
            if (from == to || quietWorker || !flows.add(from.id() + ">" + to.id())) {
                continue;
            }
            connections.add(new Connection("", new Endpoint.ServiceRef(from.id()), new Endpoint.ServiceRef(to.id()), port,
                    "Flow " + connections.size(), stray ? Authentication.NONE : Authentication.MTLS,
                    List.of(), SourceLocation.UNKNOWN));
        }
        List<PolicyRule> policy = new ArrayList<>();
        for (int z = 0; z < 4; z++) {
            policy.add(new PolicyRule(zones.get(z).id(), zones.get(z + 1).id(), List.of(), SourceLocation.UNKNOWN));
        }
        policy.add(new PolicyRule(zones.get(5).id(), zones.get(4).id(), List.of(), SourceLocation.UNKNOWN));
        return new Topology("generated " + serviceCount, "", zones, services, connections, policy, List.of(), Map.of());
    }

    /**
     * The same design with a third of the services running in Kubernetes (a namespace per zone) and a
     * security group named on every fifth: what the exporters of every target have to work with.
     */
    public static Topology withDeployments(Topology t) {
        List<Service> services = new ArrayList<>(t.services().size());
        for (int i = 0; i < t.services().size(); i++) {
            Service s = t.services().get(i);
            KubernetesBinding k = i % 3 == 0 ? KubernetesBinding.of(s.zone(), Map.of("app", s.id())) : null;
            String group = i % 5 == 0 ? "sg-" + s.id() : null;
            services.add(new Service(s.id(), s.name(), s.zone(), s.kind(), s.listens(), s.addresses(),
                    new Deployment(k, group, null), s.location()));
        }
        return new Topology(t.name(), t.description(), t.zones(), services, t.connections(), t.policy(), t.waivers(), t.layout());
    }

    private static int pickZone(Random random) {
        int r = random.nextInt(100);
        for (int z = 0; z < SHARE.length; z++) {
            r -= SHARE[z];
            if (r < 0) {
                return z;
            }
        }
        return SHARE.length - 1;
    }
}
