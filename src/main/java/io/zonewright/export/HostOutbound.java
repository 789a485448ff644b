package io.zonewright.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a host opens for itself besides its documented connections: with an output policy of drop it can
 * otherwise not resolve names, keep time or renew its address.
 */
public enum HostOutbound {
    DNS, NTP, DHCP;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HostOutbound parse(String text) {
        for (HostOutbound h : values()) {
            if (h.cliName().equals(text)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown host outbound service '" + text + "' (expected "
                + Arrays.stream(values()).map(HostOutbound::cliName).collect(Collectors.joining(", ")) + " or none)");
    }
}
