package io.zonewright.export.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonewright.export.Target;
import io.zonewright.export.Unexpressed;
import io.zonewright.flows.Flow;
import io.zonewright.model.PortRange;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Protocol;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.text.Visible;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.zonewright.export.kubernetes.KubernetesExporter.JSON;

/** The policies of one namespace, as one YAML file of several documents. */
final class NamespacePolicies {

    private static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    private static final String ANNOTATION = "zonewright.io/";

    private final String namespace;
    private final Topology topology;
    private final Peers peers;
    private final StringBuilder documents = new StringBuilder();
    private final List<Unexpressed> unexpressed = new ArrayList<>();
    private int rules;

    NamespacePolicies(String namespace, Topology topology) {
        this.namespace = namespace;
        this.topology = topology;
        this.peers = new Peers(namespace);
        documents.append("# NetworkPolicies of namespace ").append(namespace).append(", made by Zonewright from the design \"")
                .append(Visible.truncated(topology.name(), 160)).append("\". Export again rather than edit it.\n");
        documents.append("---\n").append(YamlDocuments.document(defaultDeny()));
        documents.append("---\n").append(YamlDocuments.document(clusterDns()));
    }

    String namespace() {
        return namespace;
    }

    String render() {
        return documents.toString();
    }

    int rules() {
        return rules;
    }

    List<Unexpressed> unexpressed() {
        return unexpressed;
    }

    /** The policy of one service: ingress from what reaches it, egress to what it opens. */
    void add(Service service, List<Flow> into, List<Flow> outOf) {
        String name = PolicyNames.of(service.id());
        List<String> notes = new ArrayList<>();
        if (service.deployment().kubernetes().labels().isEmpty()) {
            String reason = "its kubernetes binding has no labels, so a policy would select every pod of namespace " + namespace;
            for (Flow f : into) {
                note(notes, f, "ingress of " + namespace + "/" + name, reason);
            }
            for (Flow f : outOf) {
                note(notes, f, "egress of " + namespace + "/" + name, reason);
            }
            comments(notes);
            return;
        }
        ArrayNode ingressIds = JSON.arrayNode();
        ArrayNode ingress = rules(into, true, "ingress of " + namespace + "/" + name, notes, ingressIds);
        ArrayNode egressIds = JSON.arrayNode();
        ArrayNode egress = rules(outOf, false, "egress of " + namespace + "/" + name, notes, egressIds);
        if (ingress.isEmpty() && egress.isEmpty()) {
            comments(notes);
            return;
        }
        ObjectNode policy = header(name, "Allows what the design documents for " + service.displayName() + ".");
        ObjectNode annotations = (ObjectNode) policy.get("metadata").get("annotations");
        annotations.put(ANNOTATION + "service", service.id());
        annotations.put(ANNOTATION + "ingress-connections", ingressIds.toString());
        annotations.put(ANNOTATION + "egress-connections", egressIds.toString());
        ObjectNode spec = policy.putObject("spec");
        spec.set("podSelector", Peers.matchLabels(service.deployment().kubernetes().labels()));
        ArrayNode types = spec.putArray("policyTypes");
        if (!ingress.isEmpty()) {
            types.add("Ingress");
            spec.set("ingress", ingress);
        }
        if (!egress.isEmpty()) {
            types.add("Egress");
            spec.set("egress", egress);
        }
        rules += ingress.size() + egress.size();
        documents.append("---\n");
        comments(notes);
        documents.append(YamlDocuments.document(policy));
    }

    /** The peers and connections of one rule: the flows on one port, as a rule lists them. */
    private record RuleParts(Set<ObjectNode> peers, ArrayNode ids) {
    }

    /**
     * The ingress (or egress) rules for the flows: one per port, its peers the union of theirs, which is
     * exactly what the flows allow together. Each rule's connection ids go into {@code ids}, in rule order.
     */
    private ArrayNode rules(List<Flow> flows, boolean ingress, String place, List<String> notes, ArrayNode ids) {
        Map<PortSpec, RuleParts> byPort = new LinkedHashMap<>();
        for (Flow flow : flows) {
            PortSpec port = flow.port();
            if (port.protocol() == Protocol.ICMP) {
                note(notes, flow, place, "NetworkPolicy cannot select ICMP");
                continue;
            }
            Peers.Resolved resolved = peers.of(ingress ? flow.from() : flow.to(), !ingress);
            if (resolved.gap() != null) {
                note(notes, flow, place, resolved.gap());
            }
            if (resolved.peers().isEmpty()) {
                continue;
            }
            RuleParts parts = byPort.computeIfAbsent(port, p -> new RuleParts(new LinkedHashSet<>(), JSON.arrayNode()));
            resolved.peers().forEach(p -> parts.peers().add((ObjectNode) p));
            parts.ids().add(flow.id());
        }
        ArrayNode rules = JSON.arrayNode();
        for (Map.Entry<PortSpec, RuleParts> e : byPort.entrySet()) {
            ObjectNode rule = rules.addObject();
            ArrayNode peerList = rule.putArray(ingress ? "from" : "to");
            e.getValue().peers().forEach(peerList::add);
            PortSpec port = e.getKey();
            if (port.protocol().hasPorts()) {
                ObjectNode p = rule.putArray("ports").addObject();
                p.put("protocol", port.protocol().yamlName().toUpperCase(Locale.ROOT));
                if (!port.ports().equals(PortRange.ALL)) {
                    p.put("port", port.ports().first());
                    if (!port.ports().isSingle()) {
                        p.put("endPort", port.ports().last());
                    }
                }
            }
            ids.add(e.getValue().ids());
        }
        return rules;
    }

    private void note(List<String> notes, Flow flow, String place, String reason) {
        unexpressed.add(new Unexpressed(Target.KUBERNETES, flow.id(), place, reason));
        notes.add("NOT ENFORCED " + flow.id() + " (" + place + "): " + reason);
    }

    private void comments(List<String> notes) {
        for (String n : notes) {
            documents.append("# ").append(Visible.truncated(n, 200)).append('\n');
        }
    }

    private ObjectNode defaultDeny() {
        ObjectNode policy = header("zonewright-default-deny", "Default deny: no pod of the namespace accepts or opens "
                + "anything that a policy does not allow.");
        ObjectNode spec = policy.putObject("spec");
        spec.putObject("podSelector");
        spec.putArray("policyTypes").add("Ingress").add("Egress");
        return policy;
    }

    private ObjectNode clusterDns() {
        ObjectNode policy = header("zonewright-allow-dns", "Every pod of the namespace may resolve names with the cluster DNS.");
        ObjectNode spec = policy.putObject("spec");
        spec.putObject("podSelector");
        spec.putArray("policyTypes").add("Egress");
        ObjectNode rule = spec.putArray("egress").addObject();
        ObjectNode peer = rule.putArray("to").addObject();
        peer.putObject("namespaceSelector").putObject("matchLabels").put(Peers.NAMESPACE_NAME_LABEL, "kube-system");
        peer.putObject("podSelector").putObject("matchLabels").put("k8s-app", "kube-dns");
        ArrayNode ports = rule.putArray("ports");
        ports.addObject().put("protocol", "UDP").put("port", 53);
        ports.addObject().put("protocol", "TCP").put("port", 53);
        return policy;
    }

    private ObjectNode header(String name, String description) {
        ObjectNode policy = JSON.objectNode();
        policy.put("apiVersion", "networking.k8s.io/v1");
        policy.put("kind", "NetworkPolicy");
        ObjectNode metadata = policy.putObject("metadata");
        metadata.put("name", name);
        metadata.put("namespace", namespace);
        metadata.putObject("labels").put(MANAGED_BY, "zonewright");
        metadata.putObject("annotations").put(ANNOTATION + "description", Visible.of(description));
        return policy;
    }
}
