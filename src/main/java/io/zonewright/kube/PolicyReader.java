package io.zonewright.kube;

import io.zonewright.io.DocumentNode;
import io.zonewright.model.AddressSet;
import io.zonewright.model.PortRange;
import io.zonewright.model.PortSet.Transport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a NetworkPolicy as the API server does: {@code policyTypes} defaults (Ingress always, Egress when
 * there are egress rules), selectors with {@code matchLabels} and {@code matchExpressions}, peers, ipBlocks
 * with exceptions, ports with {@code endPort} and names. What the server would refuse is reported, and read
 * so that it admits nothing rather than everything.
 */
final class PolicyReader {

    private static final Map<String, Selector.Operator> OPERATORS = Map.of("In", Selector.Operator.IN,
            "NotIn", Selector.Operator.NOT_IN, "Exists", Selector.Operator.EXISTS, "DoesNotExist", Selector.Operator.DOES_NOT_EXIST);

    /** A port a rule lists that could not be read: the rule keeps a port list, and it matches no port. */
    static final NetworkPolicy.Port NO_PORT = new NetworkPolicy.Port(null, null, null, null);

    private PolicyReader() {
    }

    static NetworkPolicy read(KubeObject o) {
        DocumentNode spec = o.content().get("spec");
        boolean hasEgressRules = !spec.list("egress").isEmpty();
        boolean ingress = true;
        boolean egress = hasEgressRules;
        if (spec.has("policyTypes")) {
            ingress = false;
            egress = false;
            for (DocumentNode type : spec.list("policyTypes")) {
                switch (type.text()) {
                    case "Ingress" -> ingress = true;
                    case "Egress" -> egress = true;
                    default -> type.problem("a policy type is Ingress or Egress, not '" + type.text() + "'");
                }
            }
        }
        Selector pods = spec.has("podSelector") ? selector(spec.get("podSelector")) : Selector.EVERYTHING;
        return new NetworkPolicy(o.namespace(), o.name(), pods, ingress, egress, rules(spec.list("ingress"), "from"),
                rules(spec.list("egress"), "to"), o.location());
    }

    private static List<NetworkPolicy.Rule> rules(List<DocumentNode> nodes, String peersKey) {
        List<NetworkPolicy.Rule> rules = new ArrayList<>();
        for (DocumentNode rule : nodes) {
            List<NetworkPolicy.Peer> peers = new ArrayList<>();
            for (DocumentNode peer : rule.list(peersKey)) {
                peers.add(peer(peer));
            }
            List<NetworkPolicy.Port> ports = new ArrayList<>();
            for (DocumentNode port : rule.list("ports")) {
                ports.add(port(port));
            }
            rules.add(new NetworkPolicy.Rule(peers, ports, rule.location()));
        }
        return rules;
    }

    private static NetworkPolicy.Peer peer(DocumentNode peer) {
        boolean pods = peer.has("podSelector");
        boolean namespaces = peer.has("namespaceSelector");
        boolean block = peer.has("ipBlock");
        if (block && (pods || namespaces)) {
            peer.problem("an ipBlock cannot be combined with a selector in one peer; this peer matches nothing");
            return NetworkPolicy.Peer.NOTHING;
        }
        if (block) {
            AddressSet addresses = ClusterReader.block(peer.get("ipBlock"));
            return new NetworkPolicy.Peer(null, null, addresses);
        }
        if (!pods && !namespaces) {
            peer.problem("a peer needs a podSelector, a namespaceSelector or an ipBlock; this one matches nothing");
            return NetworkPolicy.Peer.NOTHING;
        }
        return new NetworkPolicy.Peer(pods ? selector(peer.get("podSelector")) : null,
                namespaces ? selector(peer.get("namespaceSelector")) : null, null);
    }

    static Selector selector(DocumentNode node) {
        if (node.isPresent() && !node.isMap()) {
            node.problem("a selector is a mapping, found " + node.describe() + "; it selects nothing");
            return Selector.NOTHING;
        }
        Map<String, String> labels = node.strings("matchLabels");
        List<Selector.Requirement> expressions = new ArrayList<>();
        boolean valid = true;
        for (DocumentNode term : node.list("matchExpressions")) {
            Selector.Operator operator = OPERATORS.get(term.text("operator"));
            Set<String> values = new LinkedHashSet<>();
            term.list("values").forEach(v -> values.add(v.text()));
            if (operator == null) {
                term.get("operator").problem("unknown operator '" + term.text("operator")
                        + "' (In, NotIn, Exists or DoesNotExist); the selector selects nothing");
                valid = false;
                continue;
            }
            boolean takesValues = operator == Selector.Operator.IN || operator == Selector.Operator.NOT_IN;
            if (takesValues == values.isEmpty()) {
                term.problem(takesValues ? "In and NotIn need values; the selector selects nothing"
                        : "Exists and DoesNotExist take no values; the selector selects nothing");
                valid = false;
                continue;
            }
            expressions.add(new Selector.Requirement(term.text("key"), operator, values));
        }
        return valid ? new Selector(new HashMap<>(labels), expressions, true) : Selector.NOTHING;
    }

    private static NetworkPolicy.Port port(DocumentNode port) {
        Transport protocol = ClusterReader.protocol(port.get("protocol"));
        if (protocol == null) {
            return NO_PORT;
        }
        DocumentNode value = port.get("port");
        DocumentNode end = port.get("endPort");
        if (!value.isPresent()) {
            if (end.isPresent()) {
                end.problem("endPort needs a port; this port matches nothing");
                return NO_PORT;
            }
            return new NetworkPolicy.Port(protocol, null, null, null);
        }
        if (!value.isNumber()) {
            String name = value.text();
            if (end.isPresent()) {
                end.problem("endPort needs a numeric port, not the name '" + name + "'; this port matches nothing");
                return NO_PORT;
            }
            if (!name.matches(".*[a-z].*")) {
                value.problem("'" + name + "' is written as text, so it is a port name, and a port name has a letter: "
                        + "write the number without quotes; this port matches nothing");
            }
            return new NetworkPolicy.Port(protocol, null, null, name);
        }
        Integer first = value.integer();
        Integer last = end.isPresent() ? end.integer() : first;
        if (first == null || last == null || first < PortRange.MIN || last > PortRange.MAX || last < first) {
            port.problem("a port is from 1 to 65535 and endPort not below it; this port matches nothing");
            return NO_PORT;
        }
        return new NetworkPolicy.Port(protocol, first, last, null);
    }
}
