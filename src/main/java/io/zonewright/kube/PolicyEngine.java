package io.zonewright.kube;

import io.zonewright.model.AddressSet;
import io.zonewright.model.PortSet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the network policies of a cluster allow, by their semantics: a connection from A to B is allowed
 * when A's egress allows it (or no policy isolates A for egress) and B's ingress allows it (or no policy
 * isolates B for ingress). Policies only add; a named port is resolved on the destination's containers.
 * Addresses outside the cluster are cut into ranges at every boundary the ipBlocks mention (those of
 * ingress rules for sources, of egress rules for destinations), so that each range is allowed whole or not.
 */
final class PolicyEngine {

    /** The namespace the ingress controller is taken to run in: it has no labels but its name. */
    static final String CONTROLLER_NAMESPACE = "ingress-controller-ns";

    private final Cluster cluster;
    private final List<Workload> workloads;
    private final Map<Workload, Integer> workloadIndex = new IdentityHashMap<>();
    private final List<Map<String, String>> namespaceLabels = new ArrayList<>();
    private final List<List<NetworkPolicy>> ingressPolicies = new ArrayList<>();
    private final List<List<NetworkPolicy>> egressPolicies = new ArrayList<>();
    private final List<AddressSet.Range> sourceRanges;
    private final List<AddressSet.Range> destinationRanges;
    /** Per peer of a rule, the workloads it matches, found once. */
    private final Map<NetworkPolicy.Peer, BitSet> peerWorkloads = new IdentityHashMap<>();
    private final Map<NetworkPolicy.Peer, BitSet> peerSources = new IdentityHashMap<>();
    private final Map<NetworkPolicy.Peer, BitSet> peerDestinations = new IdentityHashMap<>();

    /** What one side of every connection of a workload admits; absent entries admit nothing. */
    private static final class Side {
        final PortSet[] workloads;
        final PortSet[] ranges;
        PortSet controller = PortSet.NONE;

        Side(int workloadCount, int rangeCount) {
            workloads = new PortSet[workloadCount];
            ranges = new PortSet[rangeCount];
        }

        static PortSet add(PortSet[] into, int i, PortSet ports) {
            return into[i] = into[i] == null ? ports : into[i].union(ports);
        }

        static PortSet get(PortSet[] from, int i) {
            return from[i] == null ? PortSet.NONE : from[i];
        }
    }

    PolicyEngine(Cluster cluster) {
        this.cluster = cluster;
        this.workloads = cluster.workloads();
        for (Workload w : workloads) {
            workloadIndex.put(w, workloadIndex.size());
            namespaceLabels.add(cluster.namespaceLabels(w.namespace()));
            ingressPolicies.add(selecting(w, true));
            egressPolicies.add(selecting(w, false));
        }
        sourceRanges = ranges(true);
        destinationRanges = ranges(false);
    }

    private List<NetworkPolicy> selecting(Workload w, boolean ingress) {
        List<NetworkPolicy> out = new ArrayList<>();
        for (NetworkPolicy p : cluster.policies()) {
            if ((ingress ? p.ingress() : p.egress()) && p.namespace().equals(w.namespace()) && p.podSelector().matches(w.labels())) {
                out.add(p);
            }
        }
        return out;
    }

    /** Outside addresses cut at the ipBlocks of ingress rules (sources) or egress rules (destinations). */
    private List<AddressSet.Range> ranges(boolean ingress) {
        List<AddressSet> blocks = new ArrayList<>();
        for (NetworkPolicy p : cluster.policies()) {
            for (NetworkPolicy.Rule r : ingress ? p.ingressRules() : p.egressRules()) {
                r.peers().stream().filter(NetworkPolicy.Peer::isAddresses).forEach(peer -> blocks.add(peer.addresses()));
            }
        }
        boolean ipv6 = blocks.stream().anyMatch(b -> b.hasFamily(true));
        return AddressSet.atoms(ipv6 ? AddressSet.ALL : AddressSet.ALL_IPV4, blocks);
    }

    List<Allowed> allowed() {
        int n = workloads.size();
        Side[] ingress = new Side[n];
        for (int d = 0; d < n; d++) {
            ingress[d] = ingressPolicies.get(d).isEmpty() ? null : ingressOf(d);
        }
        List<Allowed> out = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Side egress = egressPolicies.get(s).isEmpty() ? null : egressOf(s);
            End from = new End.Pods(workloads.get(s));
            for (int d = 0; d < n; d++) {
                if (d == s) {
                    continue;
                }
                PortSet out1 = egress == null ? PortSet.ALL : Side.get(egress.workloads, d);
                if (out1.isEmpty()) {
                    continue;
                }
                PortSet in = ingress[d] == null ? PortSet.ALL : Side.get(ingress[d].workloads, s);
                add(out, from, new End.Pods(workloads.get(d)), out1.intersection(in));
            }
            for (int r = 0; r < destinationRanges.size(); r++) {
                add(out, from, new End.External(destinationRanges.get(r)), egress == null ? PortSet.ALL : Side.get(egress.ranges, r));
            }
        }
        for (int d = 0; d < n; d++) {
            End to = new End.Pods(workloads.get(d));
            for (int r = 0; r < sourceRanges.size(); r++) {
                add(out, new End.External(sourceRanges.get(r)), to, ingress[d] == null ? PortSet.ALL : Side.get(ingress[d].ranges, r));
            }
            PortSet exposed = exposedPorts(workloads.get(d));
            if (!exposed.isEmpty()) {
                add(out, End.IngressController.INSTANCE, to, exposed.intersection(ingress[d] == null ? PortSet.ALL : ingress[d].controller));
            }
        }
        return out;
    }

    /**
     * Why {@code allowed} is allowed: on the destination's side the ingress rules that admit the source on
     * some of its ports (or that no policy isolates it), on the source's side the egress rules (or none),
     * and for the ingress controller the Ingresses and Routes that lead to the destination.
     */
    List<Reason> reasons(Allowed allowed) {
        List<Reason> out = new ArrayList<>();
        if (allowed.to() instanceof End.Pods to) {
            int d = index(to.workload());
            if (ingressPolicies.get(d).isEmpty()) {
                out.add(new Reason("no NetworkPolicy isolates " + to.id() + " for ingress", to.workload().location()));
            }
            for (NetworkPolicy p : ingressPolicies.get(d)) {
                List<NetworkPolicy.Rule> rules = p.ingressRules();
                for (int r = 0; r < rules.size(); r++) {
                    if (admits(rules.get(r), p.namespace(), allowed.from(), true)
                            && Ports.admitted(rules.get(r).ports(), to.workload()).overlaps(allowed.ports())) {
                        out.add(new Reason("NetworkPolicy " + p.id() + ", ingress rule " + (r + 1), rules.get(r).location()));
                    }
                }
            }
            if (allowed.from() instanceof End.IngressController) {
                cluster.exposures().stream().filter(e -> e.namespace().equals(to.workload().namespace()))
                        .forEach(e -> out.add(new Reason(e.source(), e.location())));
            }
        }
        if (allowed.from() instanceof End.Pods from) {
            int s = index(from.workload());
            if (egressPolicies.get(s).isEmpty()) {
                out.add(new Reason("no NetworkPolicy isolates " + from.id() + " for egress", from.workload().location()));
            }
            Workload destination = allowed.to() instanceof End.Pods to ? to.workload() : null;
            for (NetworkPolicy p : egressPolicies.get(s)) {
                List<NetworkPolicy.Rule> rules = p.egressRules();
                for (int r = 0; r < rules.size(); r++) {
                    if (admits(rules.get(r), p.namespace(), allowed.to(), false)
                            && Ports.admitted(rules.get(r).ports(), destination).overlaps(allowed.ports())) {
                        out.add(new Reason("NetworkPolicy " + p.id() + ", egress rule " + (r + 1), rules.get(r).location()));
                    }
                }
            }
        }
        return out;
    }

    private int index(Workload w) {
        return workloadIndex.get(w);
    }

    /** Whether a rule's peers take in an end (as a source of ingress, or a destination of egress). */
    private boolean admits(NetworkPolicy.Rule rule, String namespace, End end, boolean ingress) {
        if (rule.allPeers()) {
            return true;
        }
        for (NetworkPolicy.Peer peer : rule.peers()) {
            if (end instanceof End.Pods p && !peer.isAddresses() && workloadsOf(peer, namespace).get(index(p.workload()))
                    || end instanceof End.External e && peer.isAddresses()
                    && peer.addresses().containsAll(AddressSet.range(e.range().ipv6(), e.range().first(), e.range().last()))
                    || end instanceof End.IngressController && ingress && !peer.isAddresses() && matchesController(peer, namespace)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Allowed> out, End from, End to, PortSet ports) {
        if (!ports.isEmpty()) {
            out.add(new Allowed(from, to, ports));
        }
    }

    private Side ingressOf(int d) {
        Side side = new Side(workloads.size(), sourceRanges.size());
        Workload target = workloads.get(d);
        for (NetworkPolicy p : ingressPolicies.get(d)) {
            for (NetworkPolicy.Rule rule : p.ingressRules()) {
                PortSet ports = Ports.admitted(rule.ports(), target);
                if (ports.isEmpty()) {
                    continue;
                }
                if (rule.allPeers()) {
                    addAll(side, ports);
                    continue;
                }
                for (NetworkPolicy.Peer peer : rule.peers()) {
                    if (peer.isAddresses()) {
                        BitSet ranges = peerSources.computeIfAbsent(peer, x -> inside(x.addresses(), sourceRanges));
                        ranges.stream().forEach(r -> Side.add(side.ranges, r, ports));
                    } else {
                        workloadsOf(peer, p.namespace()).stream().forEach(s -> Side.add(side.workloads, s, ports));
                        if (matchesController(peer, p.namespace())) {
                            side.controller = side.controller.union(ports);
                        }
                    }
                }
            }
        }
        return side;
    }

    private Side egressOf(int s) {
        Side side = new Side(workloads.size(), destinationRanges.size());
        for (NetworkPolicy p : egressPolicies.get(s)) {
            for (NetworkPolicy.Rule rule : p.egressRules()) {
                boolean named = rule.ports().stream().anyMatch(port -> port.name() != null);
                PortSet unnamed = Ports.admitted(rule.ports(), null);
                if (rule.allPeers()) {
                    for (int d = 0; d < workloads.size(); d++) {
                        Side.add(side.workloads, d, named ? Ports.admitted(rule.ports(), workloads.get(d)) : unnamed);
                    }
                    for (int r = 0; r < destinationRanges.size(); r++) {
                        Side.add(side.ranges, r, unnamed);
                    }
                    continue;
                }
                for (NetworkPolicy.Peer peer : rule.peers()) {
                    if (peer.isAddresses()) {
                        BitSet ranges = peerDestinations.computeIfAbsent(peer, x -> inside(x.addresses(), destinationRanges));
                        ranges.stream().forEach(r -> Side.add(side.ranges, r, unnamed));
                    } else {
                        workloadsOf(peer, p.namespace()).stream().forEach(d ->
                                Side.add(side.workloads, d, named ? Ports.admitted(rule.ports(), workloads.get(d)) : unnamed));
                    }
                }
            }
        }
        return side;
    }

    private void addAll(Side side, PortSet ports) {
        for (int i = 0; i < side.workloads.length; i++) {
            Side.add(side.workloads, i, ports);
        }
        for (int i = 0; i < side.ranges.length; i++) {
            Side.add(side.ranges, i, ports);
        }
        side.controller = side.controller.union(ports);
    }

    private static BitSet inside(AddressSet addresses, List<AddressSet.Range> ranges) {
        BitSet out = new BitSet();
        for (int i = 0; i < ranges.size(); i++) {
            AddressSet.Range r = ranges.get(i);
            if (addresses.containsAll(AddressSet.range(r.ipv6(), r.first(), r.last()))) {
                out.set(i);
            }
        }
        return out;
    }

    /** The workloads a selector peer matches: pods of the policy's namespace, or of the namespaces selected. */
    private BitSet workloadsOf(NetworkPolicy.Peer peer, String policyNamespace) {
        return peerWorkloads.computeIfAbsent(peer, x -> {
            BitSet out = new BitSet();
            for (int i = 0; i < workloads.size(); i++) {
                Workload w = workloads.get(i);
                boolean namespace = peer.namespaces() == null ? w.namespace().equals(policyNamespace)
                        : peer.namespaces().matches(namespaceLabels.get(i));
                if (namespace && (peer.pods() == null || peer.pods().matches(w.labels()))) {
                    out.set(i);
                }
            }
            return out;
        });
    }

    /** Whether a peer admits the ingress controller: a pod with no labels in a namespace of its own. */
    private static boolean matchesController(NetworkPolicy.Peer peer, String policyNamespace) {
        boolean namespace = peer.namespaces() == null ? policyNamespace.equals(CONTROLLER_NAMESPACE)
                : peer.namespaces().matches(Map.of(ClusterReader.NAME_LABEL, CONTROLLER_NAMESPACE));
        return namespace && (peer.pods() == null || peer.pods().matches(Map.of()));
    }

    /** The pod ports of a workload that Ingresses and Routes lead to, through the services that select it. */
    private PortSet exposedPorts(Workload w) {
        PortSet out = PortSet.NONE;
        for (Exposure e : cluster.exposures()) {
            if (!e.namespace().equals(w.namespace())) {
                continue;
            }
            for (KubeService service : cluster.services()) {
                if (!service.namespace().equals(e.namespace()) || !service.name().equals(e.service())
                        || service.selector().isEmpty() || !new Selector(service.selector(), List.of(), true).matches(w.labels())) {
                    continue;
                }
                for (KubeService.Port port : service.ports()) {
                    if (e.selects(port)) {
                        out = out.union(Ports.target(port, w));
                    }
                }
            }
        }
        return out;
    }
}
