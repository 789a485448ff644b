package io.zonewright.compare;

import io.zonewright.model.PortSet;

/** What one side allows from one party to another, and where it says so. */
public record Grant(Party from, Party to, PortSet ports, Cause cause) {
}
