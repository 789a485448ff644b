package io.zonewright.export;


import java.util.EnumSet;
import java.util.Set;

/**
 * How targets adapt to where they run.
 *
 * @param nftPriority  base-chain priority relative to {@code filter}; negative runs before Docker's and CNI chains
 * @param forward      also filter forwarded traffic, on hosts that route containers
 * @param hostOutbound what every host may open besides its documented connections
 */
public record ExportOptions(int nftPriority, boolean forward, Set<HostOutbound> hostOutbound) {

    public ExportOptions {
        hostOutbound = hostOutbound.isEmpty() ? EnumSet.noneOf(HostOutbound.class) : EnumSet.copyOf(hostOutbound);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(0, false, EnumSet.allOf(HostOutbound.class));
    }
}
