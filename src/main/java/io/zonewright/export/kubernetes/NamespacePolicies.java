package io.zonewright.export.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonewright.export.Target;
import io.zonewright.export.Unexpressed;
import io.zonewright.flows.Flow;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.text.Visible;

import java.util.ArrayList;
import java.util.List;

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
        ArrayNode ingress = JSON.arrayNode();
        ArrayNode ingressIds = JSON.arrayNode();
        for (Flow f : into) {
            ObjectNode rule = rule(f, f.from(), "from", "ingress of " + namespace + "/" + name, notes);
            if (rule != null) {
                ingress.add(rule);
                ingressIds.add(f.id());
            }
        }
        ArrayNode egress = JSON.arrayNode();
        ArrayNode egressIds = JSON.arrayNode();
        for (Flow f : outOf) {
            ObjectNode rule = rule(f, f.to(), "to", "egress of " + namespace + "/" + name, notes);
            if (rule != null) {
                egress.add(rule);
                egressIds.add(f.id());
            }
        }
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

    /** One ingress or egress rule, or null when nothing of the peer can be expressed. */
    private ObjectNode rule(Flow flow, io.zonewright.flows.FlowEnd peer, String side, String place, List<String> notes) {
        PortSpec port = flow.port();
        if (port.protocol() == io.zonewright.model.Protocol.ICMP) {
            note(notes, flow, place, "NetworkPolicy cannot select ICMP");
            return null;
        }
        Peers.Resolved resolved = peers.of(peer, side.equals("to"));
        if (resolved.gap() != null) {
            note(notes, flow, place, resolved.gap());
        }
        if (resolved.peers().isEmpty()) {
            return null;
        }
        ObjectNode rule = JSON.objectNode();
        rule.set(side, resolved.peers());
        if (port.protocol().hasPorts()) {
            ObjectNode p = rule.putArray("ports").addObject();
            p.put("protocol", port.protocol().yamlName().toUpperCase(java.util.Locale.ROOT));
            if (!port.ports().equals(io.zonewright.model.PortRange.ALL)) {
                p.put("port", port.ports().first());
                if (!port.ports().isSingle()) {
                    p.put("endPort", port.ports().last());
                }
            }
        }
        return rule;
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
