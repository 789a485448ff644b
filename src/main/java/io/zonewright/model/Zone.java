package io.zonewright.model;

import java.util.List;

/** A trust zone, drawn as a swimlane; {@code trust} orders the lanes from the outside in. */
public record Zone(String id, String name, String description, ZoneRole role, int trust, List<Cidr> addresses,
                   SourceLocation location) {

    public Zone {
        addresses = List.copyOf(addresses);
    }

    public String displayName() {
        return name.isEmpty() ? id : name;
    }
}
