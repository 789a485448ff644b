package io.zonewright.export.host;

import io.zonewright.flows.Flow;

/** A flow a host's firewall cannot enforce (wholly or in part), in the chain where it would have stood. */
public record HostGap(Flow flow, Direction direction, String reason) {
}
