package io.zonewright.export.host;

import io.zonewright.flows.Family;
import io.zonewright.flows.Flow;
import io.zonewright.model.Cidr;
import io.zonewright.model.PortSpec;

import java.util.List;

/** A flow as one host's firewall enforces it, for one address family: the peer's ranges and the port. */
public record HostRule(Flow flow, Direction direction, Family family, List<Cidr> peers) {

    public HostRule {
        peers = List.copyOf(peers);
    }

    public PortSpec port() {
        return flow.port();
    }
}
