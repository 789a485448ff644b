package io.zonewright.model;

import java.util.Locale;

/** Transport protocol of a connection; {@code ANY} means every protocol and every port. */
public enum Protocol {
    TCP, UDP, ICMP, ANY;

    private final String yamlName = name().toLowerCase(Locale.ROOT);

    /** The name as written in design files. */
    public String yamlName() {
        return yamlName;
    }

    /** Whether traffic of {@code other} is included in this protocol. */
    public boolean covers(Protocol other) {
        return this == ANY || this == other;
    }

    /** Whether this protocol has port numbers at all. */
    public boolean hasPorts() {
        return this == TCP || this == UDP;
    }

    public static Protocol parse(String text) {
        for (Protocol p : values()) {
            if (p.yamlName().equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + text + "' (expected tcp, udp, icmp or any)");
    }
}
