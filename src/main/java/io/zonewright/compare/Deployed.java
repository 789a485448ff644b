package io.zonewright.compare;

import io.zonewright.export.ExportOptions;
import io.zonewright.hostfw.HostFile;
import io.zonewright.hostfw.Ruleset;
import io.zonewright.io.Diagnostic;
import io.zonewright.io.Progress;
import io.zonewright.kube.Connectivity;
import io.zonewright.kube.Manifests;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What is deployed, read once: a cluster's objects and hosts' rulesets. Any version of a design can then be
 * audited against it, as the editor does after each edit, without reading the files again.
 */
public final class Deployed {

    private final List<Path> kubernetes;
    private final Connectivity cluster;
    private final List<HostFile> hostFiles;
    private final List<Ruleset> rulesets;
    private final List<Diagnostic> problems;

    private Deployed(List<Path> kubernetes, Connectivity cluster, List<HostFile> hostFiles, List<Ruleset> rulesets,
                     List<Diagnostic> problems) {
        this.kubernetes = List.copyOf(kubernetes);
        this.cluster = cluster;
        this.hostFiles = List.copyOf(hostFiles);
        this.rulesets = List.copyOf(rulesets);
        this.problems = List.copyOf(problems);
    }

    /** Reads the manifests (files or folders) and the hosts' rulesets, telling {@code progress} file by file. */
    public static Deployed read(List<Path> kubernetes, List<HostFile> hosts, Progress progress) {
        List<Diagnostic> problems = new ArrayList<>();
        Connectivity cluster = null;
        if (!kubernetes.isEmpty()) {
            Manifests manifests = Manifests.read(kubernetes, progress);
            problems.addAll(manifests.problems().all());
            if (manifests.problems().isEmpty()) {
                progress.step(1, 1, "Computing what the NetworkPolicies allow");
                cluster = Connectivity.of(manifests);
            }
        }
        // Hosts are read, and audited, side by side: each is its own.
        AtomicInteger read = new AtomicInteger();
        List<Ruleset> rulesets = hosts.parallelStream().map(h -> {
            progress.step(read.getAndIncrement(), hosts.size(), "Reading " + h.file());
            return h.read();
        }).toList();
        rulesets.forEach(r -> problems.addAll(r.problems()));
        return new Deployed(kubernetes, cluster, hosts, rulesets, problems);
    }

    /** What could not be read, with file, line and column; a deployment with problems is not audited. */
    public List<Diagnostic> problems() {
        return problems;
    }

    public List<Ruleset> rulesets() {
        return rulesets;
    }

    public Connectivity cluster() {
        return cluster;
    }

    /** The hosts named by neither a service id nor an address of {@code design}. */
    public List<String> unknownHosts(Topology design) {
        return hostFiles.stream().map(HostFile::host).filter(h -> HostAudit.locate(design, h) == null).distinct().toList();
    }

    /**
     * The design's drift from the cluster, then from each host (the rulesets of one service together: each
     * decides its family), with the drift the design waives on {@code today} set apart. A host the design no
     * longer has is left out with a note.
     */
    public List<AuditResult> audit(Topology design, ExportOptions options, LocalDate today) {
        List<AuditResult> out = new ArrayList<>();
        if (cluster != null) {
            out.add(KubernetesAudit.of(design, cluster, "Kubernetes objects (" + String.join(", ",
                    kubernetes.stream().map(Path::toString).toList()) + ")"));
        }
        Map<Service, List<Integer>> byService = new LinkedHashMap<>();
        for (int i = 0; i < hostFiles.size(); i++) {
            Service host = HostAudit.locate(design, hostFiles.get(i).host());
            if (host == null) {
                out.add(new AuditResult("host " + hostFiles.get(i).host(), List.of(),
                        List.of("no service of the design has this id or address: not audited")));
            } else {
                byService.computeIfAbsent(host, k -> new ArrayList<>()).add(i);
            }
        }
        HostAudit.Documented documented = byService.isEmpty() ? null : HostAudit.Documented.of(design, options);
        out.addAll(byService.entrySet().parallelStream().map(host -> HostAudit.of(documented, host.getKey(),
                host.getValue().stream().map(rulesets::get).toList(), "host " + host.getKey().id() + " ("
                        + String.join(", ", host.getValue().stream().map(i -> hostFiles.get(i).file().toString()).toList()) + ")"))
                .toList());
        out.replaceAll(a -> DriftWaivers.apply(a, design.waivers(), today));
        return out;
    }
}
