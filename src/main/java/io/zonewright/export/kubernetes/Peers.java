package io.zonewright.export.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonewright.flows.FlowEnd;
import io.zonewright.model.Cidr;
import io.zonewright.model.CloudMetadata;
import io.zonewright.model.Endpoint;
import io.zonewright.model.KubernetesBinding;
import io.zonewright.model.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.zonewright.export.kubernetes.KubernetesExporter.JSON;

/**
 * The peers of a NetworkPolicy rule for one end of a flow. A service that runs in Kubernetes is a pod
 * selector (with its namespace's name label when it runs in another namespace); one that does not is an
 * ipBlock of its addresses. A zone whose services all run in Kubernetes is the union of their selectors,
 * any other zone its address ranges. As a destination, a range that covers the cloud metadata service
 * without naming it leaves it out ({@code except}).
 */
final class Peers {

    static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    private final String namespace;

    Peers(String namespace) {
        this.namespace = namespace;
    }

    /** The peers, and what of the end they cannot express (null when all of it). */
    record Resolved(ArrayNode peers, String gap) {
    }

    Resolved of(FlowEnd end, boolean destination) {
        List<ObjectNode> peers = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (end.endpoint() instanceof Endpoint.Network) {
            ipBlocks(peers, end.addresses().all(), destination);
        } else if (end.endpoint() instanceof Endpoint.ZoneRef) {
            List<Service> members = end.services();
            if (!members.isEmpty() && members.stream().allMatch(s -> s.deployment().kubernetes() != null)) {
                members.forEach(s -> selector(peers, missing, s));
            } else if (end.addresses().isEmpty()) {
                missing.add("zone " + end.zone().id() + " has no addresses and not all of its services run in Kubernetes");
            } else {
                ipBlocks(peers, end.addresses().all(), destination);
            }
        } else {
            for (Service s : end.services()) {
                if (s.deployment().kubernetes() != null) {
                    selector(peers, missing, s);
                } else if (!s.addresses().isEmpty()) {
                    ipBlocks(peers, s.addresses(), destination);
                } else {
                    missing.add("service " + s.id() + " neither runs in Kubernetes nor has addresses");
                }
            }
        }
        Set<ObjectNode> distinct = new LinkedHashSet<>(peers);
        ArrayNode out = JSON.arrayNode();
        distinct.forEach(out::add);
        return new Resolved(out, gap(missing));
    }

    private static String gap(List<String> missing) {
        if (missing.isEmpty()) {
            return null;
        }
        String named = String.join("; ", missing.subList(0, Math.min(3, missing.size())));
        return missing.size() <= 3 ? named : named + "; and " + (missing.size() - 3) + " more";
    }

    private void selector(List<ObjectNode> peers, List<String> missing, Service s) {
        KubernetesBinding k = s.deployment().kubernetes();
        if (k.labels().isEmpty()) {
            missing.add("service " + s.id() + " has no labels to select its pods by");
            return;
        }
        ObjectNode peer = JSON.objectNode();
        if (!k.namespace().equals(namespace)) {
            peer.putObject("namespaceSelector").putObject("matchLabels").put(NAMESPACE_NAME_LABEL, k.namespace());
        }
        peer.set("podSelector", matchLabels(k.labels()));
        peers.add(peer);
    }

    private static void ipBlocks(List<ObjectNode> peers, List<Cidr> ranges, boolean destination) {
        for (Cidr range : ranges) {
            ObjectNode block = JSON.objectNode();
            ObjectNode ipBlock = block.putObject("ipBlock");
            ipBlock.put("cidr", range.toPrefixString());
            if (destination) {
                List<Cidr> carved = CloudMetadata.coveredUnnamed(List.of(range));
                if (!carved.isEmpty()) {
                    ArrayNode except = ipBlock.putArray("except");
                    carved.forEach(c -> except.add(c.toPrefixString()));
                }
            }
            peers.add(block);
        }
    }

    static ObjectNode matchLabels(Map<String, String> labels) {
        ObjectNode selector = JSON.objectNode();
        ObjectNode match = selector.putObject("matchLabels");
        labels.forEach(match::put);
        return selector;
    }
}
