package io.zonewright.model;

import java.util.List;

/** One allowed zone-to-zone crossing; with no ports, any port is allowed across it. */
public record PolicyRule(String from, String to, List<PortSpec> ports, SourceLocation location) {

    public PolicyRule {
        ports = List.copyOf(ports);
    }

    public boolean allows(PortSpec port) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> p.contains(port));
    }
}
