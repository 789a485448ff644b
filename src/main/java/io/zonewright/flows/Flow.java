package io.zonewright.flows;

import io.zonewright.model.Connection;
import io.zonewright.model.PortSpec;

/** A documented connection with both ends resolved: what every exporter, the audit and the diff read. */
public record Flow(Connection connection, FlowEnd from, FlowEnd to) {

    public String id() {
        return connection.id();
    }

    public PortSpec port() {
        return connection.port();
    }
}
