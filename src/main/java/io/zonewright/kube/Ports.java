package io.zonewright.kube;

import io.zonewright.model.PortSet;

import java.util.List;

/** The ports a policy rule or a service port stands for on a given pod, its named ports resolved there. */
final class Ports {

    private Ports() {
    }

    /**
     * What a rule's ports admit towards {@code destination}: every port when it lists none; a named port is the
     * destination's container port of that name and protocol (nothing when the destination is outside the
     * cluster, or {@code null}, or has no such port).
     */
    static PortSet admitted(List<NetworkPolicy.Port> ports, Workload destination) {
        if (ports.isEmpty()) {
            return PortSet.ALL;
        }
        PortSet out = PortSet.NONE;
        for (NetworkPolicy.Port p : ports) {
            if (p.protocol() == null) {
                continue;
            }
            if (p.name() != null) {
                out = out.union(named(p.name(), p.protocol(), destination));
            } else if (p.number() == null) {
                out = out.union(PortSet.whole(p.protocol()));
            } else {
                out = out.union(PortSet.of(p.protocol(), p.number(), p.endPort()));
            }
        }
        return out;
    }

    /** The pod port a service port leads to: its target port, by number or container port name, else its own. */
    static PortSet target(KubeService.Port port, Workload pod) {
        if (port.targetPortName() != null) {
            return named(port.targetPortName(), port.protocol(), pod);
        }
        int number = port.targetPort() != null ? port.targetPort() : port.port();
        return number >= 1 && number <= 65535 ? PortSet.of(port.protocol(), number, number) : PortSet.NONE;
    }

    private static PortSet named(String name, PortSet.Transport protocol, Workload pod) {
        PortSet out = PortSet.NONE;
        if (pod != null) {
            for (ContainerPort c : pod.ports()) {
                if (c.name().equals(name) && c.protocol() == protocol) {
                    out = out.union(PortSet.of(protocol, c.port(), c.port()));
                }
            }
        }
        return out;
    }
}
