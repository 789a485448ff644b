package io.zonewright.imports;

import io.zonewright.kube.Allowed;
import io.zonewright.kube.ContainerPort;
import io.zonewright.kube.Connectivity;
import io.zonewright.kube.End;
import io.zonewright.kube.Workload;
import io.zonewright.model.AddressSet;
import io.zonewright.model.Cidr;
import io.zonewright.model.CloudMetadata;
import io.zonewright.model.Deployment;
import io.zonewright.model.Endpoint;
import io.zonewright.model.KubernetesBinding;
import io.zonewright.model.KubernetesNames;
import io.zonewright.model.PortSet;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A design from a cluster's objects: namespaces (or the values of a namespace label) become zones,
 * workloads services bound to their pods, and what the policies allow becomes connections. Where every
 * service, or every service of a zone, may call a workload on the same ports, one connection from
 * {@code *} or {@code zone:X} says so, which keeps an unpoliced cluster drawable and lets the analysis
 * flag the broad source.
 */
public final class KubernetesImport {

    /** Labels that change with every rollout or belong to one pod: a binding selects by the others. */
    private static final Set<String> VOLATILE_LABELS = Set.of("pod-template-hash", "controller-revision-hash",
            "statefulset.kubernetes.io/pod-name", "pod-template-generation", "job-name", "controller-uid",
            "batch.kubernetes.io/job-name", "batch.kubernetes.io/controller-uid");

    private final Connectivity connectivity;
    private final String zoneLabel;
    private final DesignDraft draft = new DesignDraft();
    /** The design's service for each workload, by its connectivity id. */
    private final Map<String, String> serviceOf = new LinkedHashMap<>();
    private final Map<String, List<String>> membersOfZone = new TreeMap<>();
    private final Map<String, String> zoneIds = new HashMap<>();
    private String controller;
    private String outside;
    private boolean ipv6Outside;

    private KubernetesImport(Connectivity connectivity, String zoneLabel) {
        this.connectivity = connectivity;
        this.zoneLabel = zoneLabel;
    }

    /** The design of the cluster; {@code zoneLabel} (may be null) groups namespaces into zones by a label's value. */
    public static Imported of(Connectivity connectivity, String zoneLabel, String name) {
        return new KubernetesImport(connectivity, zoneLabel).build(name);
    }

    private Imported build(String name) {
        for (Workload w : connectivity.workloads()) {
            addService(w);
        }
        for (Allowed a : connectivity.allowed()) {
            if (a.from() instanceof End.IngressController && controller == null) {
                draft.zone("ingress", "Ingress", "Where the cluster's ingress controller admits traffic from outside.",
                        ZoneRole.PUBLIC, List.of());
                controller = draft.freshId("ingress-controller", "s-");
                draft.service(new Service(controller, "Ingress controller", "ingress", ServiceKind.REVERSE_PROXY,
                        List.of(), List.of(), Deployment.NONE, SourceLocation.UNKNOWN));
            }
            if (a.from() instanceof End.External e) {
                ipv6Outside |= e.range().ipv6();
            }
            if (a.to() instanceof End.External e) {
                ipv6Outside |= e.range().ipv6();
            }
        }
        if (connectivity.allowed().stream().anyMatch(a -> a.from() instanceof End.External || a.to() instanceof End.External)) {
            outside = draft.freshId("outside", "z-");
            List<Cidr> everything = ipv6Outside ? List.of(Cidr.parse("0.0.0.0/0"), Cidr.parse("::/0")) : List.of(Cidr.parse("0.0.0.0/0"));
            draft.zone(outside, "Outside the cluster", "Addresses outside the cluster.", ZoneRole.EXTERNAL, everything);
        }
        connect();
        return new Imported(draft.toTopology(name, "Imported from Kubernetes objects: what their network policies allow."),
                draft.notes());
    }

    private void addService(Workload w) {
        Map<String, String> nsLabels = connectivity.namespaceLabels(w.namespace());
        String zoneName = zoneLabel != null && nsLabels.containsKey(zoneLabel) ? nsLabels.get(zoneLabel) : w.namespace();
        String zone = zoneId(zoneName);
        boolean shared = connectivity.workloads().stream().filter(o -> o.name().equals(w.name())).count() > 1;
        String id = draft.freshId(shared ? w.namespace() + "." + w.name() : w.name(), "w-");
        List<PortSpec> listens = new ArrayList<>();
        for (ContainerPort p : w.ports()) {
            if (p.protocol() == PortSet.Transport.SCTP) {
                draft.note(w.id() + " listens on SCTP " + p.port() + ", which a design cannot hold");
                continue;
            }
            PortSpec spec = PortSpec.parse(p.port() + "/" + p.protocol().name().toLowerCase(Locale.ROOT));
            if (!listens.contains(spec)) {
                listens.add(spec);
            }
        }
        Map<String, String> labels = new TreeMap<>();
        w.labels().forEach((k, v) -> {
            if (!VOLATILE_LABELS.contains(k) && KubernetesNames.isLabelKey(k) && KubernetesNames.isLabelValue(v)) {
                labels.put(k, v);
            }
        });
        if (labels.isEmpty()) {
            draft.note(w.id() + " has no labels to select it by: its service stands for every pod of namespace " + w.namespace());
        }
        draft.service(new Service(id, w.id(), zone, Guesses.kind(w.name(), w.labels().getOrDefault("app", "")), listens,
                List.of(), new Deployment(KubernetesBinding.of(w.namespace(), labels), null, null), SourceLocation.UNKNOWN));
        serviceOf.put(w.id(), id);
        membersOfZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(id);
    }

    private String zoneId(String zoneName) {
        return zoneIds.computeIfAbsent(zoneName, n -> draft.zone(draft.freshId(n, "z-"), n,
                zoneLabel == null ? "Namespace " + n + "." : "Namespaces labelled " + zoneLabel + "=" + n + ".",
                Guesses.role(n), List.of()));
    }

    /** What each design service may send to {@code to}, and what the outside ranges may. */
    private void connect() {
        Map<End, Map<String, PortSet>> intoWorkload = new LinkedHashMap<>();
        Map<End, Map<AddressSet.Range, PortSet>> fromOutside = new LinkedHashMap<>();
        Map<AddressSet.Range, Map<String, PortSet>> toOutside = new LinkedHashMap<>();
        for (Allowed a : connectivity.allowed()) {
            if (a.to() instanceof End.External e) {
                toOutside.computeIfAbsent(e.range(), r -> new LinkedHashMap<>()).put(serviceOf(a.from()), a.ports());
            } else if (a.from() instanceof End.External e) {
                fromOutside.computeIfAbsent(a.to(), t -> new LinkedHashMap<>()).put(e.range(), a.ports());
            } else {
                intoWorkload.computeIfAbsent(a.to(), t -> new LinkedHashMap<>()).put(serviceOf(a.from()), a.ports());
            }
        }
        intoWorkload.forEach((to, sources) -> {
            Endpoint target = new Endpoint.ServiceRef(serviceOf(to));
            aggregate(sources, serviceOf(to)).forEach((source, ports) -> connect(source, target, ports));
        });
        fromOutside.forEach((to, ranges) -> {
            Endpoint target = new Endpoint.ServiceRef(serviceOf(to));
            Map<PortSet, AddressSet> byPorts = new LinkedHashMap<>();
            ranges.forEach((range, ports) -> byPorts.merge(ports, AddressSet.range(range.ipv6(), range.first(), range.last()), AddressSet::union));
            byPorts.forEach((ports, addresses) -> outsideEnds(addresses).forEach(source -> connect(source, target, ports)));
        });
        Map<Endpoint, Map<PortSet, AddressSet>> bySource = new LinkedHashMap<>();
        toOutside.forEach((range, sources) -> aggregate(sources, null).forEach((source, ports) -> bySource
                .computeIfAbsent(source, s -> new LinkedHashMap<>())
                .merge(ports, AddressSet.range(range.ipv6(), range.first(), range.last()), AddressSet::union)));
        bySource.forEach((source, groups) -> groups.forEach((ports, addresses) -> {
            List<Endpoint> targets = new ArrayList<>(outsideEnds(addresses));
            // A broad destination leaves the cloud metadata service out unless a connection names it: what
            // reaches it in the cluster is said as such, and the analysis flags it.
            CloudMetadata.coveredUnnamed(addresses.toCidrs()).forEach(m -> targets.add(new Endpoint.Network(m)));
            targets.forEach(target -> connect(source, target, ports));
        }));
    }

    private String serviceOf(End end) {
        return end instanceof End.IngressController ? controller : serviceOf.get(end.id());
    }

    /**
     * The sources of one destination, as few as they can be said: the ports every design service may use
     * come from {@code *}, those every service of a zone may use from {@code zone:X}, the rest per service.
     */
    private Map<Endpoint, PortSet> aggregate(Map<String, PortSet> sources, String destination) {
        Map<Endpoint, PortSet> out = new LinkedHashMap<>();
        Map<String, PortSet> rest = new LinkedHashMap<>(sources);
        List<String> everyService = new ArrayList<>(serviceOf.values());
        if (controller != null) {
            everyService.add(controller);
        }
        PortSet common = commonTo(everyService, rest, destination);
        if (!common.isEmpty()) {
            out.put(Endpoint.AllServices.INSTANCE, common);
            rest.replaceAll((s, p) -> p.minus(common));
        }
        membersOfZone.forEach((zone, members) -> {
            PortSet zoneCommon = commonTo(members, rest, destination);
            if (!zoneCommon.isEmpty()) {
                out.put(new Endpoint.ZoneRef(zone), zoneCommon);
                members.forEach(m -> rest.computeIfPresent(m, (s, p) -> p.minus(zoneCommon)));
            }
        });
        rest.forEach((s, p) -> {
            if (!p.isEmpty()) {
                out.put(new Endpoint.ServiceRef(s), p);
            }
        });
        return out;
    }

    /**
     * What every one of {@code members} may send, when there are two or more of them besides the destination
     * (a workload is never its own source, so it does not count).
     */
    private static PortSet commonTo(List<String> members, Map<String, PortSet> sources, String destination) {
        PortSet common = PortSet.ALL;
        int counted = 0;
        for (String m : members) {
            if (m.equals(destination)) {
                continue;
            }
            PortSet p = sources.get(m);
            if (p == null) {
                return PortSet.NONE;
            }
            common = common.intersection(p);
            counted++;
        }
        return counted >= 2 ? common : PortSet.NONE;
    }

    /** The outside zone when the addresses are all of it, else the networks they make. */
    private List<Endpoint> outsideEnds(AddressSet addresses) {
        AddressSet all = ipv6Outside ? AddressSet.ALL : AddressSet.ALL_IPV4;
        if (addresses.equals(all)) {
            return List.of(new Endpoint.ZoneRef(outside));
        }
        return addresses.toCidrs().stream().<Endpoint>map(Endpoint.Network::new).toList();
    }

    private void connect(Endpoint from, Endpoint to, PortSet ports) {
        for (PortSpec spec : ports.toPortSpecs()) {
            draft.connect(from, to, spec);
        }
        PortSet said = PortSet.NONE;
        for (PortSpec spec : ports.toPortSpecs()) {
            said = said.union(PortSet.of(spec));
        }
        PortSet unsaid = ports.minus(said);
        if (!unsaid.isEmpty()) {
            draft.note(from.text() + " -> " + to.text() + ": " + unsaid + " allowed, which a design cannot hold");
        }
    }
}
