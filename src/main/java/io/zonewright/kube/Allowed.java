package io.zonewright.kube;

import io.zonewright.model.PortSet;

/** What the policies allow from one end to another. */
public record Allowed(End from, End to, PortSet ports) {
}
