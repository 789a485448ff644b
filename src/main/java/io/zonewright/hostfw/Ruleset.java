package io.zonewright.hostfw;

import io.zonewright.io.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * A host's ruleset as read: its chains by name (table and chain), what could not be read exactly (with
 * its place), and notes on what was read as wider or narrower than it may be.
 */
public record Ruleset(String file, Map<String, FirewallChain> chains, List<Diagnostic> problems, List<String> notes) {
}
