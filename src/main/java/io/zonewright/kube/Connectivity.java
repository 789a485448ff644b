package io.zonewright.kube;

import io.zonewright.model.PortSet;
import io.zonewright.text.Visible;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The allowed connectivity of a cluster's manifests: one entry per pair of ends with something allowed,
 * a workload never paired with itself, in the order of the connectivity list's lines. A line is
 * {@code ns/a[Deployment] => ns/b[Deployment] : TCP 8080}, as np-guard's netpol-analyzer prints it; a
 * control character in a name is shown, never written, so that a name cannot start a line of its own.
 */
public final class Connectivity {

    private final Manifests manifests;
    private final Cluster cluster;
    private final PolicyEngine engine;
    private final List<Allowed> allowed;
    private final List<String> lines;

    private Connectivity(Manifests manifests, Cluster cluster, PolicyEngine engine, List<Allowed> allowed, List<String> lines) {
        this.manifests = manifests;
        this.cluster = cluster;
        this.engine = engine;
        this.allowed = allowed;
        this.lines = lines;
    }

    public static Connectivity of(Manifests manifests) {
        Cluster cluster = ClusterReader.read(manifests);
        PolicyEngine engine = new PolicyEngine(cluster);
        // Each line is written once, its ends and ports once each: a large cluster has hundreds of
        // thousands of lines over a few thousand ends and port sets.
        Map<End, String> ends = new HashMap<>();
        Map<PortSet, String> ports = new HashMap<>();
        Map<Allowed, String> lineOf = new IdentityHashMap<>();
        List<Allowed> allowed = new ArrayList<>(engine.allowed());
        for (Allowed a : allowed) {
            lineOf.put(a, ends.computeIfAbsent(a.from(), e -> Visible.of(e.id())) + " => "
                    + ends.computeIfAbsent(a.to(), e -> Visible.of(e.id())) + " : " + ports.computeIfAbsent(a.ports(), Connectivity::text));
        }
        allowed.sort(Comparator.comparing(lineOf::get));
        return new Connectivity(manifests, cluster, engine, List.copyOf(allowed), allowed.stream().map(lineOf::get).toList());
    }

    public List<Allowed> allowed() {
        return allowed;
    }

    /** The connectivity list's lines, one for each of {@link #allowed()}, in the same order. */
    public List<String> lines() {
        return lines;
    }

    public List<Workload> workloads() {
        return cluster.workloads();
    }

    /** The labels of a namespace, the automatic {@code kubernetes.io/metadata.name} included. */
    public Map<String, String> namespaceLabels(String namespace) {
        return cluster.namespaceLabels(namespace);
    }

    /** The policies, Ingresses and Routes that allow a connection of this list, or the absence of any policy. */
    public List<Reason> reasons(Allowed allowed) {
        return engine.reasons(allowed);
    }

    public Manifests manifests() {
        return manifests;
    }

    /**
     * {@code All Connections} when TCP, UDP and SCTP are all open, else each protocol's ports:
     * {@code TCP 10053,UDP 10053}, {@code TCP 1-79,81-65535}.
     */
    public static String text(PortSet ports) {
        if (ports.hasWhole(PortSet.Transport.TCP, PortSet.Transport.UDP, PortSet.Transport.SCTP)) {
            return "All Connections";
        }
        List<String> parts = new ArrayList<>();
        for (PortSet.Transport t : List.of(PortSet.Transport.SCTP, PortSet.Transport.TCP, PortSet.Transport.UDP)) {
            List<String> ranges = ports.ranges(t).stream().map(Object::toString).toList();
            if (!ranges.isEmpty()) {
                parts.add(t + " " + String.join(",", ranges));
            }
        }
        return parts.isEmpty() ? "No Connections" : String.join(",", parts);
    }
}
