package io.zonewright.hostfw;

import io.zonewright.model.PortSet;
import io.zonewright.model.PortSet.Transport;

/** The transports a protocol name or number stands for, as nft and iptables write them. */
final class NftProtocols {

    private NftProtocols() {
    }

    static PortSet of(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "tcp", "6" -> PortSet.whole(Transport.TCP);
            case "udp", "17" -> PortSet.whole(Transport.UDP);
            case "sctp", "132" -> PortSet.whole(Transport.SCTP);
            case "icmp", "1", "icmpv6", "ipv6-icmp", "58" -> PortSet.whole(Transport.ICMP);
            case "all", "0" -> PortSet.ALL;
            default -> PortSet.whole(Transport.OTHER);
        };
    }
}
