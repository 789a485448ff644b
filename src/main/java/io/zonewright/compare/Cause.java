package io.zonewright.compare;

import io.zonewright.flows.Flow;
import io.zonewright.model.SourceLocation;

/**
 * Where something is allowed: a connection of the design, a NetworkPolicy, a firewall rule.
 * {@code connection} is the id of the design's connection, empty for what a deployment allows.
 */
public record Cause(String text, SourceLocation location, String connection) {

    public Cause(String text, SourceLocation location) {
        this(text, location, "");
    }

    /** The design's connection behind a flow. */
    public static Cause of(Flow flow) {
        return new Cause("connection " + flow.id(), flow.connection().location(), flow.id());
    }

    public boolean isDocumented() {
        return !connection.isEmpty();
    }

    @Override
    public String toString() {
        return location.isKnown() ? text + " (" + location + ")" : text;
    }
}
