package io.zonewright.model;

import java.util.List;

/**
 * An allowed flow: {@code from} may open connections to {@code to} on {@code port}. The id is optional in
 * the file; without one it is derived from the flow ({@code api->postgres:5432/tcp}), which stays stable
 * as long as the flow does.
 */
public record Connection(String id, Endpoint from, Endpoint to, PortSpec port, String purpose,
                         Authentication auth, List<String> tags, SourceLocation location) {

    public Connection {
        tags = List.copyOf(tags);
        if (id == null || id.isEmpty()) {
            id = derivedId(from, to, port);
        }
    }

    public static String derivedId(Endpoint from, Endpoint to, PortSpec port) {
        return from.text() + "->" + to.text() + ":" + port;
    }

    public boolean hasDerivedId() {
        return id.equals(derivedId(from, to, port));
    }

    /**
     * The same flow with other details. An explicit id is kept; a derived one follows the new port, so
     * that the id keeps describing the flow.
     */
    public Connection withDetails(PortSpec newPort, String newPurpose, Authentication newAuth) {
        return new Connection(hasDerivedId() ? "" : id, from, to, newPort, newPurpose, newAuth, tags, location);
    }

    public boolean hasPurpose() {
        return !purpose.isBlank();
    }
}
