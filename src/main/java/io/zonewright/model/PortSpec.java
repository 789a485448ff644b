package io.zonewright.model;

import java.util.Comparator;

/**
 * A protocol with its ports, written {@code 443/tcp}, {@code 8000-8090/udp}, {@code icmp} or {@code any}.
 * A bare number means TCP, the protocol of nearly every documented flow.
 */
public record PortSpec(PortRange ports, Protocol protocol) implements Comparable<PortSpec> {

    public static final PortSpec ANY = new PortSpec(PortRange.ALL, Protocol.ANY);
    public static final PortSpec ICMP = new PortSpec(PortRange.ALL, Protocol.ICMP);

    private static final Comparator<PortSpec> ORDER =
            Comparator.comparing(PortSpec::ports).thenComparing(PortSpec::protocol);

    public PortSpec {
        if (!protocol.hasPorts()) {
            ports = PortRange.ALL;
        }
    }

    public static PortSpec tcp(int port) {
        return new PortSpec(PortRange.single(port), Protocol.TCP);
    }

    public static PortSpec parse(String text) {
        String t = text.trim();
        if (t.equals("any")) {
            return ANY;
        }
        if (t.equals("icmp")) {
            return ICMP;
        }
        int slash = t.indexOf('/');
        if (slash < 0) {
            return new PortSpec(PortRange.parse(t), Protocol.TCP);
        }
        Protocol protocol = Protocol.parse(t.substring(slash + 1));
        if (!protocol.hasPorts()) {
            throw new IllegalArgumentException("'" + protocol.yamlName() + "' takes no port: write '" + protocol.yamlName() + "'");
        }
        return new PortSpec(PortRange.parse(t.substring(0, slash)), protocol);
    }

    /** Whether every packet this spec describes is also described by {@code this}. */
    public boolean contains(PortSpec other) {
        return protocol.covers(other.protocol) && ports.contains(other.ports);
    }

    public boolean overlaps(PortSpec other) {
        boolean protocolsMeet = protocol.covers(other.protocol) || other.protocol.covers(protocol);
        return protocolsMeet && ports.overlaps(other.ports);
    }

    /** Whether the given TCP or UDP port is part of this spec. */
    public boolean includesPort(int port) {
        return (protocol == Protocol.ANY || protocol.hasPorts()) && ports.contains(port) && protocol != Protocol.ICMP;
    }

    @Override
    public int compareTo(PortSpec o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return protocol.hasPorts() ? ports + "/" + protocol.yamlName() : protocol.yamlName();
    }
}
