package io.zonewright.flows;

import io.zonewright.model.AddressSet;
import io.zonewright.model.Cidr;
import io.zonewright.model.CloudMetadata;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One end of a flow as Kubernetes sees it, decided once for the exporter and the audit: a service that
 * runs in Kubernetes is selected by its pods' labels; one that does not is its addresses; a zone whose
 * services all run in Kubernetes is their selectors, any other zone its ranges. What cannot be said (a
 * service with neither, a binding without labels) is listed, never widened.
 */
public record KubernetesEnd(List<Service> selected, List<Cidr> ranges, List<String> missing) {

    public static KubernetesEnd of(FlowEnd end) {
        Set<Service> selected = new LinkedHashSet<>();
        Set<Cidr> ranges = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        if (end.endpoint() instanceof Endpoint.Network) {
            ranges.addAll(end.addresses().all());
        } else if (end.endpoint() instanceof Endpoint.ZoneRef) {
            List<Service> members = end.services();
            if (!members.isEmpty() && members.stream().allMatch(s -> s.deployment().kubernetes() != null)) {
                members.forEach(s -> select(s, selected, missing));
            } else if (end.addresses().isEmpty()) {
                missing.add("zone " + end.zone().id() + " has no addresses and not all of its services run in Kubernetes");
            } else {
                ranges.addAll(end.addresses().all());
            }
        } else {
            for (Service s : end.services()) {
                if (s.deployment().kubernetes() != null) {
                    select(s, selected, missing);
                } else if (!s.addresses().isEmpty()) {
                    ranges.addAll(s.addresses());
                } else {
                    missing.add("service " + s.id() + " neither runs in Kubernetes nor has addresses");
                }
            }
        }
        return new KubernetesEnd(List.copyOf(selected), List.copyOf(ranges), List.copyOf(missing));
    }

    private static void select(Service s, Set<Service> selected, List<String> missing) {
        if (s.deployment().kubernetes().labels().isEmpty()) {
            missing.add("service " + s.id() + " has no labels to select its pods by");
        } else {
            selected.add(s);
        }
    }

    /** What of a range a destination leaves out: the cloud metadata service, unless the range names it. */
    public static List<Cidr> carvedOut(Cidr range) {
        return CloudMetadata.coveredUnnamed(List.of(range));
    }

    /** The addresses of the ranges; as a destination, without what {@link #carvedOut} leaves out. */
    public AddressSet addresses(boolean destination) {
        AddressSet out = AddressSet.NONE;
        for (Cidr range : ranges) {
            AddressSet a = AddressSet.of(range);
            if (destination) {
                for (Cidr hole : carvedOut(range)) {
                    a = a.minus(AddressSet.of(hole));
                }
            }
            out = out.union(a);
        }
        return out;
    }

    /** What cannot be said, in a few words: the first three reasons, then how many more. */
    public String gap() {
        if (missing.isEmpty()) {
            return null;
        }
        String named = String.join("; ", missing.subList(0, Math.min(3, missing.size())));
        return missing.size() <= 3 ? named : named + "; and " + (missing.size() - 3) + " more";
    }
}
