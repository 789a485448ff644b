package io.zonewright.model;

import java.util.List;

/** One allowed zone-to-zone crossing; with no ports, any port is allowed across it. */
public record PolicyRule(String from, String to, List<PortSpec> ports, SourceLocation location) {

    public PolicyRule {
        ports = List.copyOf(ports);
    }

    /** Whether every port of {@code port} may cross, one listed port holding it or several together. */
    public boolean allows(PortSpec port) {
        if (ports.isEmpty() || ports.stream().anyMatch(p -> p.contains(port))) {
            return true;
        }
        PortSet listed = PortSet.NONE;
        for (PortSpec p : ports) {
            listed = listed.union(PortSet.of(p));
        }
        return listed.containsAll(PortSet.of(port));
    }
}
