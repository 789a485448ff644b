package io.zonewright.hostfw;

import io.zonewright.model.SourceLocation;

/** Packets a host's ruleset lets through on a hook, and the rule (or the chain policy) that lets them. */
public record Admitted(Box box, String rule, SourceLocation location, boolean byPolicy) {
}
