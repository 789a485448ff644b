package io.zonewright.analysis;

import io.zonewright.model.Connection;

/** A connection with its two endpoints resolved, computed once per analysis and shared by every rule. */
public record ResolvedConnection(Connection connection, EndpointScope from, EndpointScope to) {
}
