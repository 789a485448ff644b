package io.zonewright.compare;

import io.zonewright.flows.Flow;
import io.zonewright.flows.Flows;
import io.zonewright.flows.KubernetesEnd;
import io.zonewright.kube.Allowed;
import io.zonewright.kube.Connectivity;
import io.zonewright.kube.End;
import io.zonewright.kube.Reason;
import io.zonewright.kube.Workload;
import io.zonewright.model.AddressSet;
import io.zonewright.model.KubernetesBinding;
import io.zonewright.model.PortSet;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.Topology;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A design audited against a cluster's objects. Both sides are read in the design's terms: a workload is
 * the design service whose binding selects its pods (the most specific one), a workload no service
 * selects is named as the connectivity list names it, addresses outside the cluster are addresses. Only
 * what NetworkPolicies can say is compared (TCP, UDP and SCTP), and only flows with an end in the
 * cluster. Traffic admitted through an Ingress or a Route comes from the design's ingress: a load
 * balancer or reverse proxy of a public zone.
 */
public final class KubernetesAudit {

    /** All NetworkPolicies can allow: ICMP and other protocols are the CNI's business, not theirs. */
    private static final PortSet SAYABLE = PortSet.whole(PortSet.Transport.TCP).union(PortSet.whole(PortSet.Transport.UDP))
            .union(PortSet.whole(PortSet.Transport.SCTP));

    private final Topology design;
    private final Connectivity deployed;
    private final Map<Workload, List<Party>> workloadParties = new IdentityHashMap<>();
    private final Service ingress;
    private final List<String> notes = new ArrayList<>();

    private KubernetesAudit(Topology design, Connectivity deployed) {
        this.design = design;
        this.deployed = deployed;
        for (Workload w : deployed.workloads()) {
            workloadParties.put(w, parties(w));
        }
        this.ingress = design.services().stream()
                .filter(s -> (s.kind() == ServiceKind.LOAD_BALANCER || s.kind() == ServiceKind.REVERSE_PROXY)
                        && design.zone(s.zone()).role() == ZoneRole.PUBLIC)
                .min(Comparator.comparing(Service::id)).orElse(null);
    }

    public static AuditResult of(Topology design, Connectivity deployed, String against) {
        KubernetesAudit audit = new KubernetesAudit(design, deployed);
        return new AuditResult(against, Comparison.of(audit.documented(), audit.deployedGrants()), audit.notes);
    }

    /**
     * The design services a workload is: every one whose binding selects its pods (a policy written for any
     * of them applies to these pods), or, when none does, the workload under its own name.
     */
    private List<Party> parties(Workload w) {
        List<Party> out = design.services().stream().filter(s -> selects(s.deployment().kubernetes(), w))
                .<Party>map(KubernetesAudit::named).toList();
        return out.isEmpty() ? List.of(new Party.Named("kubernetes:" + w.id(), w.id())) : out;
    }

    private static boolean selects(KubernetesBinding binding, Workload w) {
        return binding != null && !binding.labels().isEmpty() && binding.namespace().equals(w.namespace())
                && binding.labels().entrySet().stream().allMatch(e -> e.getValue().equals(w.labels().get(e.getKey())));
    }

    private static Party named(Service s) {
        return new Party.Named(s.id(), s.id());
    }

    private List<Grant> documented() {
        List<Grant> out = new ArrayList<>();
        for (Flow f : Flows.of(design).all()) {
            KubernetesEnd from = KubernetesEnd.of(f.from());
            KubernetesEnd to = KubernetesEnd.of(f.to());
            if (from.selected().isEmpty() && to.selected().isEmpty()) {
                continue;
            }
            PortSet ports = PortSet.of(f.port()).intersection(SAYABLE);
            if (ports.isEmpty()) {
                notes.add(f.id() + ": " + f.port() + " is not something a NetworkPolicy can allow; not compared");
                continue;
            }
            for (KubernetesEnd end : List.of(from, to)) {
                end.missing().stream().filter(m -> ingress == null || !m.contains("service " + ingress.id() + " "))
                        .forEach(m -> notes.add(f.id() + ": " + m + "; that part is not compared"));
            }
            Cause cause = Cause.of(f);
            for (Party source : parties(f.from().services(), from, false)) {
                for (Party target : parties(f.to().services(), to, true)) {
                    out.add(new Grant(source, target, ports, cause));
                }
            }
        }
        return out;
    }

    /** The parties of a design end: its selected services, its ranges, and the ingress when it is among its services. */
    private List<Party> parties(List<Service> services, KubernetesEnd end, boolean destination) {
        List<Party> out = new ArrayList<>();
        end.selected().forEach(s -> out.add(named(s)));
        if (ingress != null && services.contains(ingress) && !end.selected().contains(ingress)) {
            out.add(named(ingress));
        }
        AddressSet addresses = end.addresses(destination);
        if (!addresses.isEmpty()) {
            out.add(new Party.Addresses(addresses));
        }
        return out;
    }

    private List<Grant> deployedGrants() {
        List<Grant> out = new ArrayList<>();
        for (Allowed a : deployed.allowed()) {
            PortSet ports = a.ports().intersection(SAYABLE);
            List<Cause> causes = deployed.reasons(a).stream().map(r -> new Cause(r.text(), r.location())).toList();
            for (Party from : parties(a.from())) {
                for (Party to : parties(a.to())) {
                    causes.forEach(cause -> out.add(new Grant(from, to, ports, cause)));
                }
            }
        }
        return out;
    }

    private List<Party> parties(End end) {
        if (end instanceof End.Pods p) {
            return workloadParties.get(p.workload());
        }
        if (end instanceof End.External e) {
            return List.of(new Party.Addresses(AddressSet.range(e.range().ipv6(), e.range().first(), e.range().last())));
        }
        return List.of(ingress != null ? named(ingress) : new Party.Named("kubernetes:{ingress-controller}", "{ingress-controller}"));
    }
}
