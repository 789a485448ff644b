package io.zonewright.compare;

import io.zonewright.model.SourceLocation;

/** Where something is allowed: a connection of the design, a NetworkPolicy, a firewall rule. */
public record Cause(String text, SourceLocation location) {

    @Override
    public String toString() {
        return location.isKnown() ? text + " (" + location + ")" : text;
    }
}
