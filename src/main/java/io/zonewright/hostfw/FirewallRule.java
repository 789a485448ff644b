package io.zonewright.hostfw;

import io.zonewright.model.SourceLocation;

import java.util.List;

/**
 * One rule: the packets it matches (a union of parts; none when it can never match a new connection, as a
 * conntrack or loopback rule), its verdict, the chain it jumps to, and how a report names it. A part of a
 * set element may carry the element's comment, which names the connection it was written for.
 */
public record FirewallRule(List<Part> parts, Verdict verdict, String target, String text, SourceLocation location) {

    /** Some of the packets a rule matches, and the comment of the set element they come from (or null). */
    public record Part(Box box, String label) {
    }

    public FirewallRule {
        parts = List.copyOf(parts);
    }

    public List<Box> boxes() {
        return parts.stream().map(Part::box).toList();
    }
}
