package io.zonewright.layout;

import io.zonewright.model.PortSpec;
import io.zonewright.model.Protocol;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Ports as the diagram writes them: TCP, which nearly every service uses, goes without saying (the legend
 * says so), so that an arrow's label fits between neighbours and a box's ports on its line.
 */
public final class PortLabels {

    private PortLabels() {
    }

    /** {@code 443} for 443/tcp, {@code 53/udp} as it is. */
    public static String of(PortSpec port) {
        return port.protocol() == Protocol.TCP ? port.ports().toString() : port.toString();
    }

    /** What a service listens on: {@code 80 443 9090}, {@code 53/udp 53}. */
    public static String listens(List<PortSpec> ports) {
        return ports.stream().map(PortLabels::of).collect(Collectors.joining(" "));
    }
}
