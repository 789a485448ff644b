package io.zonewright.kube;

import io.zonewright.model.AddressSet;
import io.zonewright.model.PortSet.Transport;
import io.zonewright.model.SourceLocation;

import java.util.List;

/**
 * A NetworkPolicy (networking.k8s.io/v1) as the API server reads it: the pods of its namespace it selects,
 * whether it isolates them for ingress and for egress (its {@code policyTypes}, with their defaults), and
 * its rules. A rule with no peers admits every peer; a rule with no ports admits every port.
 */
record NetworkPolicy(String namespace, String name, Selector podSelector, boolean ingress, boolean egress,
                     List<Rule> ingressRules, List<Rule> egressRules, SourceLocation location) {

    String id() {
        return namespace + "/" + name;
    }

    record Rule(List<Peer> peers, List<Port> ports, SourceLocation location) {

        boolean allPeers() {
            return peers.isEmpty();
        }
    }

    /**
     * A peer: pods by pod selector in the policy's namespace, or in the namespaces a namespace selector picks
     * (both given: both hold); or addresses outside the cluster. A peer that could not be read matches nothing.
     */
    record Peer(Selector pods, Selector namespaces, AddressSet addresses) {

        static final Peer NOTHING = new Peer(Selector.NOTHING, Selector.NOTHING, null);

        boolean isAddresses() {
            return addresses != null;
        }
    }

    /**
     * A port of a rule: a number (with {@code endPort}, a range), a name resolved on the destination's
     * containers, or every port of the protocol.
     */
    record Port(Transport protocol, Integer number, Integer endPort, String name) {
    }
}
