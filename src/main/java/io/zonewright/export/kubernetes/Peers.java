package io.zonewright.export.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonewright.flows.FlowEnd;
import io.zonewright.flows.KubernetesEnd;
import io.zonewright.model.Cidr;
import io.zonewright.model.KubernetesBinding;
import io.zonewright.model.Service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.zonewright.export.kubernetes.KubernetesExporter.JSON;

/**
 * The peers of a NetworkPolicy rule for one end of a flow, as {@link KubernetesEnd} reads the end: a pod
 * selector per selected service (with its namespace's name label when it runs in another namespace), an
 * ipBlock per range. As a destination, a range that covers the cloud metadata service without naming it
 * leaves it out ({@code except}).
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
        KubernetesEnd seen = KubernetesEnd.of(end);
        Set<ObjectNode> peers = new LinkedHashSet<>();
        seen.selected().forEach(s -> peers.add(selector(s)));
        for (Cidr range : seen.ranges()) {
            ObjectNode block = JSON.objectNode();
            ObjectNode ipBlock = block.putObject("ipBlock");
            ipBlock.put("cidr", range.toPrefixString());
            List<Cidr> carved = destination ? KubernetesEnd.carvedOut(range) : List.of();
            if (!carved.isEmpty()) {
                ArrayNode except = ipBlock.putArray("except");
                carved.forEach(c -> except.add(c.toPrefixString()));
            }
            peers.add(block);
        }
        ArrayNode out = JSON.arrayNode();
        peers.forEach(out::add);
        return new Resolved(out, seen.gap());
    }

    private ObjectNode selector(Service s) {
        KubernetesBinding k = s.deployment().kubernetes();
        ObjectNode peer = JSON.objectNode();
        if (!k.namespace().equals(namespace)) {
            peer.putObject("namespaceSelector").putObject("matchLabels").put(NAMESPACE_NAME_LABEL, k.namespace());
        }
        peer.set("podSelector", matchLabels(k.labels()));
        return peer;
    }

    static ObjectNode matchLabels(Map<String, String> labels) {
        ObjectNode selector = JSON.objectNode();
        ObjectNode match = selector.putObject("matchLabels");
        labels.forEach(match::put);
        return selector;
    }
}
